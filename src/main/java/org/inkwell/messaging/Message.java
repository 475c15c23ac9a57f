package org.inkwell.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as stored, with the screening result kept as JSON in {@code screeningFlags}. A privileged
 * legal message ({@code privileged}) is stored here without its body (''): only its parties read it,
 * filled in through the legal module's {@code PrivilegedLetters}. {@code photoCount} is how many photos were
 * attached when it was sent: with none, nothing about it needs the photo module asked.
 */
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
        RejectionReason rejection,
        boolean privileged,
        int photoCount) {

    /** The same message with the text its reader may see. */
    public Message withBody(String text) {
        return new Message(id, contactId, direction, accountId, inmateId, facilityId, agencyId, text, characters, units,
                costCents, currency, chargeReference, status, riskScore, screeningFlags, submittedAt, decidedAt,
                deliveredAt, readAt, rejection, privileged, photoCount);
    }
}
