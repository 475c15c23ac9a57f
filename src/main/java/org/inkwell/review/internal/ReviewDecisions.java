package org.inkwell.review.internal;

import java.time.Instant;
import java.util.UUID;

import org.inkwell.messaging.RejectionReason;
import org.inkwell.review.Decision;
import org.springframework.stereotype.Component;

/**
 * The one way a decision is recorded, by a reviewer or by the automatic approval alike: the task leaves the
 * queue and the decision row is written, once per message (V12 keeps it unique and append-only).
 */
@Component
public class ReviewDecisions {

    private final ReviewTasks tasks;

    ReviewDecisions(ReviewTasks tasks) {
        this.tasks = tasks;
    }

    /** {@code reviewerId} is null for the automatic approval, which {@code reviewerName} then names. */
    public void record(UUID messageId, UUID facilityId, Decision decision, RejectionReason reason, String note,
            UUID reviewerId, String reviewerName, Instant submittedAt, Instant decidedAt) {
        tasks.recordDecision(messageId, facilityId, decision, reason, note,
                reviewerId, reviewerName, submittedAt, decidedAt);
    }
}
