package org.inkwell.platform;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller of a request: a public account, a person in custody, or a staff member.
 * {@code facilityId} is set for inmates, reviewers and facility admins; {@code agencyId} for everyone
 * scoped to an agency (all but public accounts and platform admins).
 */
public record Caller(UUID id, Role role, String name, UUID facilityId, UUID agencyId) {

    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }

    /** The caller of a handler that method security already restricted to authenticated roles. */
    public static Caller required() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
