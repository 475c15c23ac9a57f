package org.inkwell.messaging;

import java.time.Instant;
import java.util.UUID;

/** What review needs to queue a message: where, how risky, since when, and whether the screen was clean. */
public record SubmittedMessage(UUID messageId, UUID facilityId, int riskScore, boolean clean, Instant submittedAt,
                               int reviewTargetHours) {
}
