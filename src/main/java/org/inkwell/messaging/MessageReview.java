package org.inkwell.messaging;

import java.util.UUID;

/**
 * How messages reach review, implemented by the review module. Both calls run in the send or
 * withdraw transaction, so a message is never stored without its place in the queue.
 */
public interface MessageReview {

    /**
     * Queues a new message, or decides it at once where the facility auto-approves clean messages;
     * answers whether it was decided.
     */
    boolean submitted(SubmittedMessage message);

    /** Takes a message out of the queue unless a reviewer holds it; answers whether it did. */
    boolean withdrawIfUnclaimed(UUID messageId);
}
