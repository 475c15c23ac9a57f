package org.inkwell.contacts;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact with its status as of now. {@code statusReason} says, in words the family can read, why a
 * contact is denied, blocked, suspended or closed.
 */
public record Contact(
        UUID id,
        UUID accountId,
        UUID inmateId,
        UUID facilityId,
        Relationship relationship,
        ContactStatus status,
        String statusReason,
        String origin,
        Side blockedBy,
        Instant suspendedUntil,
        Instant requestedAt,
        Instant decidedAt) {

    public boolean belongsTo(Side side, UUID partyId) {
        return side == Side.FAMILY ? accountId.equals(partyId) : inmateId.equals(partyId);
    }
}
