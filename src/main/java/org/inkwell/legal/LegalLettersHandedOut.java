package org.inkwell.legal;

import java.util.List;
import java.util.UUID;

/**
 * Staff confirmed a legal print batch was handed out, each letter opened in front of its addressee.
 * Published in the confirming transaction; the messaging module marks those messages delivered in it.
 */
public record LegalLettersHandedOut(List<UUID> messageIds) {

    public LegalLettersHandedOut {
        messageIds = List.copyOf(messageIds);
    }
}
