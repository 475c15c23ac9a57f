package org.inkwell.records;

import java.util.List;
import java.util.UUID;

/**
 * Retention erased these messages' text (at most one batch). Published inside the batch's transaction:
 * a module keeping more of a message elsewhere (a privileged letter's body, photos) erases it in a plain
 * synchronous {@code @EventListener}, so the batch commits with every part erased or rolls back with none.
 * Not for {@code @ApplicationModuleListener}, which runs after the commit.
 */
public record MessagesErased(List<UUID> messageIds) {

    public MessagesErased {
        messageIds = List.copyOf(messageIds);
    }
}
