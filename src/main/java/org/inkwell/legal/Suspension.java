package org.inkwell.legal;

import java.time.Instant;
import java.util.UUID;

/** A legal sender's privilege suspended at one facility, until a facility admin there lifts it. */
public record Suspension(UUID id, UUID accountId, UUID facilityId, String reason, String suspendedByName,
        Instant suspendedAt) {
}
