package org.inkwell.legal;

import java.time.Instant;
import java.time.LocalDate;

import org.inkwell.platform.Role;

/** One status a registration took, as kept in its history. */
public record RegistrationChange(RegistrationStatus status, Instant at, String byName, Role byRole,
        boolean everywhere, LocalDate recheckOn, String reason) {
}
