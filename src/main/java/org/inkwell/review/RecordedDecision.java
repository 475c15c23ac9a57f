package org.inkwell.review;

import java.time.Instant;

/** A decision as it was recorded: what, why, by whom (a reviewer's name, or the automatic approval), when. */
public record RecordedDecision(Decision decision, String reasonCode, String note, String reviewerName,
                               Instant decidedAt) {
}
