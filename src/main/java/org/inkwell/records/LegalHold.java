package org.inkwell.records;

import java.time.Instant;
import java.util.UUID;

/**
 * A platform admin's hold on a person in custody (facility and number) or an outside account (email),
 * with the reference (a court order, a litigation matter) and reason it was placed for; a lifted hold
 * keeps who lifted it and when.
 */
public record LegalHold(UUID id, UUID inmateId, String facility, String inmateNumber, UUID accountId, String email,
                        String reference, String reason, String placedBy, Instant placedAt, String liftedBy,
                        Instant liftedAt) {

    public HoldStatus status() {
        return liftedAt == null ? HoldStatus.OPEN : HoldStatus.LIFTED;
    }
}
