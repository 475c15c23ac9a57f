package org.inkwell.records;

import java.util.Set;
import java.util.UUID;

/** The people in custody and outside accounts whose records are on hold now: retention leaves them. */
public record HeldParties(Set<UUID> inmateIds, Set<UUID> accountIds) {

    public HeldParties {
        inmateIds = Set.copyOf(inmateIds);
        accountIds = Set.copyOf(accountIds);
    }

    /** Whether a message or draft between this person and this account is held. */
    public boolean holds(UUID inmateId, UUID accountId) {
        return inmateIds.contains(inmateId) || accountIds.contains(accountId);
    }
}
