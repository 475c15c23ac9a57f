package org.inkwell.review;

import java.util.UUID;

import org.inkwell.messaging.RejectionReason;

/** A reviewer's word on one photo of the message they decide; {@code reasonCode} is required to reject it. */
public record PhotoDecision(UUID photoId, Decision decision, RejectionReason reasonCode) {
}
