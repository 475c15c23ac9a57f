package org.inkwell.audit;

import java.time.Instant;

/** An entry as it stands in the log. */
public record AuditRecord(
        long id,
        Instant at,
        String actorId,
        String actorName,
        String actorRole,
        String action,
        String target,
        AuditOutcome outcome,
        String sourceIp,
        String detail) {
}
