package org.inkwell.messaging;

import java.util.UUID;

/**
 * How messages reach review, implemented by the review module. Both calls run in the send or
 * withdraw transaction, so a message is never stored without its place in the queue.
 */
public interface MessageReview {

    /** Where a new message stands once review has taken it. */
    enum Entry {
        /** Waiting in the facility's queue for a reviewer. */
        QUEUED,
        /** Approved at once, recorded as the system's decision: the facility lets clean messages through. */
        APPROVED
    }

    /**
     * Queues a new message, or decides it at once where the facility auto-approves clean messages; the
     * sender's side then applies an approval, so review never calls back into messaging.
     */
    Entry submitted(SubmittedMessage message);

    /** Takes a message out of the queue unless a reviewer holds it; answers whether it did. */
    boolean withdrawIfUnclaimed(UUID messageId);
}
