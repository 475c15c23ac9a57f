package org.inkwell.platform.security;

import java.security.MessageDigest;
import java.util.function.Supplier;

import org.inkwell.platform.Role;
import org.inkwell.platform.Sha256;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read the metrics: a platform admin, or a Prometheus server presenting the scrape token
 * ({@code inkwell.metrics.scrape-token}) as a bearer token. The metrics name routes, error counts and
 * pool sizes, which is a map of the installation, so they are not public.
 */
final class MetricsScrapers implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String PREFIX = "bearer ";
    private static final String PLATFORM_ADMIN = "ROLE_" + Role.PLATFORM_ADMIN.name();

    private final byte[] scrapeTokenDigest;

    /** @param scrapeToken the token Prometheus sends; blank when only platform admins may read the metrics */
    MetricsScrapers(String scrapeToken) {
        this.scrapeTokenDigest = scrapeToken == null || scrapeToken.isBlank() ? null : digest(scrapeToken);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        boolean admin = caller != null && caller.getAuthorities().stream().anyMatch(a -> PLATFORM_ADMIN.equals(a.getAuthority()));
        return new AuthorizationDecision(admin || presentsScrapeToken(context.getRequest().getHeader(HttpHeaders.AUTHORIZATION)));
    }

    /** Compared as digests of equal length in constant time, so the answer's timing reveals nothing of the token. */
    private boolean presentsScrapeToken(String header) {
        if (scrapeTokenDigest == null || header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        return MessageDigest.isEqual(scrapeTokenDigest, digest(header.substring(PREFIX.length()).trim()));
    }

    private static byte[] digest(String token) {
        return Sha256.of(token);
    }
}
