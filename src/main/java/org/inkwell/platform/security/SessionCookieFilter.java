package org.inkwell.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.platform.SessionCookie;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.SessionRefusal;
import org.inkwell.platform.TokenAuthenticator;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates browser pages from the session cookie, through the same token check as the API. */
final class SessionCookieFilter extends OncePerRequestFilter {

    private final TokenAuthenticator authenticator;

    SessionCookieFilter(TokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = SessionCookie.read(request);
        if (token != null) {
            try {
                authenticator.authenticate(token).ifPresent(caller -> {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(new CallerAuthentication(caller));
                    SecurityContextHolder.setContext(context);
                });
            } catch (ApiException refused) {
                SessionRefusal.remember(request, refused);
            }
        }
        chain.doFilter(request, response);
    }
}
