package org.inkwell.records;

import java.util.Set;
import java.util.UUID;

/**
 * Who and what is on hold now, so retention leaves it: people in custody and outside accounts (legal holds,
 * subjects of investigation cases not yet ended) and single messages (evidence tagged into such cases).
 */
public record HeldParties(Set<UUID> inmateIds, Set<UUID> accountIds, Set<UUID> messageIds) {

    public HeldParties {
        inmateIds = Set.copyOf(inmateIds);
        accountIds = Set.copyOf(accountIds);
        messageIds = Set.copyOf(messageIds);
    }

    /** Whether a draft between this person and this account is held. */
    public boolean holds(UUID inmateId, UUID accountId) {
        return inmateIds.contains(inmateId) || accountIds.contains(accountId);
    }

    /** Whether this message, between this person and this account, is held. */
    public boolean holds(UUID messageId, UUID inmateId, UUID accountId) {
        return messageIds.contains(messageId) || holds(inmateId, accountId);
    }
}
