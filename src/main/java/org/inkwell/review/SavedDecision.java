package org.inkwell.review;

import java.util.UUID;

import org.inkwell.messaging.RejectionReason;

/**
 * A decision as the reviewer who made it is told once it is saved: on which message, between whom, what and
 * why. A returned value, never published: what a decision changes is published by messaging.
 */
public record SavedDecision(UUID messageId, Decision decision, RejectionReason reason, String senderName,
                            String recipientName) {
}
