package org.inkwell.platform;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A token that is genuine but may not be used right now (a person inside outside kiosk hours). The
 * request goes on without a caller; where a caller is needed, this refusal is the answer instead of a
 * request to log in.
 */
public final class SessionRefusal {

    private static final String ATTRIBUTE = SessionRefusal.class.getName();

    private SessionRefusal() {
    }

    public static void remember(HttpServletRequest request, ApiException refusal) {
        request.setAttribute(ATTRIBUTE, refusal);
    }

    public static Optional<ApiException> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof ApiException refusal ? Optional.of(refusal) : Optional.empty();
    }
}
