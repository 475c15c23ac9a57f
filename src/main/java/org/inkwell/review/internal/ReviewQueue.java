package org.inkwell.review.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.inkwell.messaging.MessageReview;
import org.inkwell.messaging.Messages;
import org.inkwell.messaging.SubmittedMessage;
import org.inkwell.review.Decision;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Where messages enter review. A facility that auto-approves clean messages has them decided here at
 * once, as a decision by the system; everything else waits in the queue.
 */
@Component
class ReviewQueue implements MessageReview {

    static final String SYSTEM = "Automatic approval (nothing flagged)";

    private final ReviewTasks tasks;
    private final Messages messages;
    private final Clock clock;

    /** Messages depends on this queue and this queue on Messages: the cycle is broken by a lazy proxy. */
    ReviewQueue(ReviewTasks tasks, @Lazy Messages messages, Clock clock) {
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public boolean submitted(SubmittedMessage message) {
        tasks.insert(message.messageId(), message.facilityId(), message.riskScore(), message.submittedAt(),
                message.submittedAt().plus(Duration.ofHours(message.reviewTargetHours())));
        boolean autoApprove = message.clean() && message.autoApproveClean();
        if (autoApprove) {
            tasks.markDecided(message.messageId(), clock.instant());
            tasks.recordDecision(message.messageId(), message.facilityId(), Decision.APPROVE, null, null, null, SYSTEM,
                    message.submittedAt(), clock.instant());
            messages.approve(message.messageId());
        }
        return autoApprove;
    }

    @Override
    public boolean withdrawIfUnclaimed(UUID messageId) {
        return tasks.removeIfUnclaimed(messageId, clock.instant());
    }
}
