package org.inkwell.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * What review needs to queue a message: where, how risky, since when, whether the screen was clean, and
 * whether that facility lets clean messages through without a reviewer (read with the facility the send
 * already loaded, so review need not look it up again).
 */
public record SubmittedMessage(UUID messageId, UUID facilityId, int riskScore, boolean clean, Instant submittedAt,
                               int reviewTargetHours, boolean autoApproveClean) {
}
