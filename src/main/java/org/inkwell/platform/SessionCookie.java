package org.inkwell.platform;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseCookie;

/**
 * The browser session: an HttpOnly, SameSite cookie carrying an API token, so pages and the API share
 * one set of sessions (in PostgreSQL, with the same expiry and revocation) and no instance keeps state.
 */
public final class SessionCookie {

    public static final String NAME = "inkwell_session";

    private SessionCookie() {
    }

    public static ResponseCookie issue(String token, Duration maxAge, HttpServletRequest request) {
        return ResponseCookie.from(NAME, token).httpOnly(true).secure(request.isSecure()).sameSite("Lax").path("/")
                .maxAge(maxAge).build();
    }

    public static ResponseCookie clear(HttpServletRequest request) {
        return ResponseCookie.from(NAME, "").httpOnly(true).secure(request.isSecure()).sameSite("Lax").path("/")
                .maxAge(0).build();
    }

    public static String read(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
