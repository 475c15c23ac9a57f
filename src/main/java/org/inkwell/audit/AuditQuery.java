package org.inkwell.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which entries to read, newest first: null fields do not filter. {@code beforeId} is the keyset
 * cursor (the id of the last entry already shown); {@code actor} matches the actor's name ignoring case.
 */
public record AuditQuery(UUID facilityId, String action, String actor, Instant from, Instant until, Long beforeId,
        int limit) {
}
