package org.inkwell.messaging;

import java.time.Instant;
import java.util.UUID;

/** A message as stored, with the screening result kept as JSON in {@code screeningFlags}. */
public record Message(
        UUID id,
        UUID contactId,
        Direction direction,
        UUID accountId,
        UUID inmateId,
        UUID facilityId,
        UUID agencyId,
        String body,
        int characters,
        int units,
        long costCents,
        String currency,
        String chargeReference,
        MessageStatus status,
        int riskScore,
        String screeningFlags,
        Instant submittedAt,
        Instant decidedAt,
        Instant deliveredAt,
        Instant readAt,
        RejectionReason rejection) {
}
