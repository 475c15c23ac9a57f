package org.inkwell.review.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.inkwell.messaging.MessageReview;
import org.inkwell.messaging.SubmittedMessage;
import org.inkwell.review.Decision;
import org.springframework.stereotype.Component;

/**
 * Where messages enter review. A facility that auto-approves clean messages has them decided here at
 * once, as a decision by the system, and says so to the sender's side, which applies it; everything else
 * waits in the queue.
 */
@Component
class ReviewQueue implements MessageReview {

    static final String SYSTEM = "Automatic approval (nothing flagged)";

    private final ReviewTasks tasks;
    private final Clock clock;

    ReviewQueue(ReviewTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public Entry submitted(SubmittedMessage message) {
        tasks.insert(message.messageId(), message.facilityId(), message.riskScore(), message.submittedAt(),
                message.submittedAt().plus(Duration.ofHours(message.reviewTargetHours())));
        if (!message.clean() || !message.autoApproveClean()) {
            return Entry.QUEUED;
        }
        tasks.recordDecision(message.messageId(), message.facilityId(), Decision.APPROVE, null, null, null, SYSTEM,
                message.submittedAt(), clock.instant());
        return Entry.APPROVED;
    }

    @Override
    public boolean withdrawIfUnclaimed(UUID messageId) {
        return tasks.removeIfUnclaimed(messageId, clock.instant());
    }
}
