package org.inkwell.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.inkwell.platform.SessionCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A new session gets a new CSRF token: whenever a response sets or clears the session cookie (a login,
 * a registration, a kiosk login, a logout) it also deletes the CSRF cookie, so the next page hands out
 * a fresh token and one planted or read before the login is worth nothing after it. Watching the
 * response rather than each login page keeps a new way of logging in from forgetting it.
 */
final class CsrfRotation extends OncePerRequestFilter {

    private final CsrfTokenRepository tokens;

    CsrfRotation(CsrfTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            private boolean rotated;

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, value);
                rotateIfSessionCookie(name, value);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, value);
                rotateIfSessionCookie(name, value);
            }

            @Override
            public void addCookie(Cookie cookie) {
                super.addCookie(cookie);
                if (SessionCookie.NAME.equals(cookie.getName())) {
                    rotate();
                }
            }

            private void rotateIfSessionCookie(String name, String value) {
                if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null
                        && value.startsWith(SessionCookie.NAME + "=")) {
                    rotate();
                }
            }

            private void rotate() {
                if (!rotated) {
                    rotated = true;
                    tokens.saveToken(null, request, response);
                }
            }
        });
    }
}
