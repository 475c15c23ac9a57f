package org.inkwell.legal;

import java.time.Instant;
import java.time.LocalDate;

/** One status a registration took, as kept in its history. */
public record RegistrationChange(RegistrationStatus status, Instant at, String byName, String byRole,
        boolean everywhere, LocalDate recheckOn, String reason) {
}
