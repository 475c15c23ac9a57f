package org.inkwell.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.SessionRefusal;
import org.inkwell.platform.TokenAuthenticator;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. An unknown, expired or revoked token leaves the
 * request anonymous, so an endpoint that needs a caller answers 401 and a public one still works.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "bearer ";

    private final TokenAuthenticator authenticator;

    BearerTokenFilter(TokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.length() > PREFIX.length()
                && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            try {
                authenticator.authenticate(header.substring(PREFIX.length()).trim()).ifPresent(caller -> {
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
