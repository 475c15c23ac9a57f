package org.inkwell.review;

import java.util.UUID;

import org.inkwell.messaging.RejectionReason;

/** A decision as the reviewer who made it is told: on which message, between whom, what and why. */
public record DecisionMade(UUID messageId, Decision decision, RejectionReason reason, String senderName,
                           String recipientName) {
}
