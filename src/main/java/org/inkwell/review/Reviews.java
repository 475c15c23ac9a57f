package org.inkwell.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.Facilities;
import org.inkwell.messaging.Messages;
import org.inkwell.messaging.RejectionReason;
import org.inkwell.messaging.ReviewContent;
import org.inkwell.photos.Photos;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FieldChecks;
import org.inkwell.review.internal.ReviewTasks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's work: claim the next message (shown one at a time), then approve or reject it while the lease
 * lasts. A claim may reserve the next few messages of the queue for the same reviewer, so the queue is sorted
 * once for several messages; those are shown one by one, and stay waiting (withdrawable, counted as queued,
 * taken by another reviewer when nothing else is left) until they are. Showing a message is content access and
 * is audited, as are decisions.
 */
@Service
public class Reviews {

    private static final int MAX_NOTE = 2000;

    private final ReviewTasks tasks;
    private final Messages messages;
    private final Facilities facilities;
    private final AuditLog audit;
    private final Photos photos;
    private final Clock clock;
    private final Duration lease;
    private final int claimBatch;

    Reviews(ReviewTasks tasks, Messages messages, Facilities facilities, AuditLog audit,
            Photos photos, Clock clock, @Value("${inkwell.review.lease:PT10M}") Duration lease,
            @Value("${inkwell.review.claim-batch:4}") int claimBatch) {
        if (claimBatch < 1) {
            throw new IllegalArgumentException("inkwell.review.claim-batch must be at least 1, not " + claimBatch);
        }
        this.photos = photos;
        this.claimBatch = claimBatch;
        this.tasks = tasks;
        this.messages = messages;
        this.facilities = facilities;
        this.audit = audit;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * The message the reviewer is shown, else the next one reserved for them, else the next of their facility's
     * queue (reserving up to {@code inkwell.review.claim-batch - 1} more); empty when there is none.
     */
    @Transactional
    public Optional<Claim> claim(Caller reviewer) {
        Instant now = clock.instant();
        Instant until = now.plus(lease);
        Optional<ReviewTasks.Held> held = tasks.showHeld(reviewer.id(), now, until)
                .or(() -> tasks.claimNext(reviewer.facilityId(), reviewer.id(), now, until, claimBatch));
        return held.map(h -> read(reviewer, h));
    }

    /**
     * The message the reviewer holds, never a new one: a page that shows the held message must not take
     * another from the queue just because the lease ran out while it was open.
     */
    @Transactional
    public Optional<Claim> held(Caller reviewer) {
        return tasks.shownTo(reviewer.id(), clock.instant()).map(h -> read(reviewer, h));
    }

    private Claim read(Caller reviewer, ReviewTasks.Held held) {
        audit.record(AuditEntry.by(reviewer, "MESSAGE_VIEWED", held.messageId().toString(), AuditOutcome.SUCCESS)
                .withDetail("claimed for review until " + held.claimedUntil()));
        return new Claim(messages.reviewContent(held.messageId()), held.claimedUntil());
    }

    /**
     * Approves or rejects the message the reviewer holds. Every field is checked before anything else, so
     * a page shows all that is wrong at once; a message of another facility is not found.
     */
    @Transactional
    public RecordedDecision decide(Caller reviewer, UUID messageId, Decision decision, RejectionReason reason, String note) {
        return decide(reviewer, messageId, decision, reason, note, List.of());
    }

    /**
     * {@link #decide} with a word on each photo: with APPROVE, the photos listed as REJECT (each with its
     * reason) are rejected and refunded on their own, every other photo is approved; with REJECT, every photo
     * is rejected, for its own listed reason or else the message's. A photo not on the message is refused.
     */
    @Transactional
    public RecordedDecision decide(Caller reviewer, UUID messageId, Decision decision, RejectionReason reason, String note,
            List<PhotoDecision> photoDecisions) {
        FieldChecks checks = new FieldChecks();
        checks.check(() -> {
            if (decision == null) {
                throw ApiException.invalidField("review.decision-required", "decision", "must be APPROVE or REJECT");
            }
        });
        checks.check(() -> {
            if (decision == Decision.REJECT && reason == null) {
                throw ApiException.invalidField("review.reason-required", "reasonCode",
                        "is required to reject; the sender is told the reason");
            }
        });
        checks.check(() -> {
            if (note != null && note.length() > MAX_NOTE) {
                throw ApiException.invalidField("review.note-too-long", "note", "must be at most " + MAX_NOTE + " characters");
            }
        });
        checks.check(() -> {
            for (PhotoDecision photo : photoDecisions) {
                if (photo == null || photo.photoId() == null || photo.decision() == null) {
                    throw ApiException.invalidField("review.photo-decision-incomplete", "photoDecisions",
                            "each needs a photoId and a decision (APPROVE or REJECT)");
                }
                if (decision == Decision.APPROVE && photo.decision() == Decision.REJECT && photo.reasonCode() == null) {
                    throw ApiException.invalidField("review.photo-reason-required", "photoDecisions",
                            "a rejected photo needs a reasonCode; the sender is told the reason");
                }
            }
            if (photoDecisions.stream().map(PhotoDecision::photoId).distinct().count() != photoDecisions.size()) {
                throw ApiException.invalidField("review.photo-named-twice", "photoDecisions", "must name each photo once");
            }
        });
        checks.done();
        Instant now = clock.instant();
        ReviewTasks.Task task = heldTask(reviewer, messageId, now, "decided");
        // Only a decision that names photos needs them looked up: approving or rejecting decides them all.
        java.util.Set<UUID> onMessage = photoDecisions.isEmpty() ? java.util.Set.of()
                : photos.onMessages(List.of(messageId)).getOrDefault(messageId, List.of()).stream()
                        .map(org.inkwell.photos.MessagePhoto::id).collect(java.util.stream.Collectors.toSet());
        for (PhotoDecision photo : photoDecisions) {
            if (!onMessage.contains(photo.photoId())) {
                throw ApiException.invalidField("review.photo-not-on-message", "photoDecisions",
                        "names " + photo.photoId() + ", which is not a photo of this message");
            }
        }
        // With APPROVE: the photos rejected, each with its reason. With REJECT every photo goes; listed
        // reasons say why each one did, the others take the message's.
        java.util.Map<UUID, RejectionReason> rejectedPhotos = new java.util.HashMap<>();
        for (PhotoDecision photo : photoDecisions) {
            if (decision == Decision.APPROVE ? photo.decision() == Decision.REJECT : photo.reasonCode() != null) {
                rejectedPhotos.put(photo.photoId(), photo.reasonCode());
            }
        }
        tasks.recordDecision(messageId, task.facilityId(), decision, reason, note, reviewer.id(), reviewer.name(),
                task.submittedAt(), now);
        if (decision == Decision.APPROVE) {
            messages.approve(messageId, rejectedPhotos);
        } else {
            messages.reject(messageId, reason, rejectedPhotos);
        }
        audit.record(AuditEntry.by(reviewer, "MESSAGE_DECIDED", messageId.toString(), AuditOutcome.SUCCESS)
                .withDetail(decision + (reason == null ? "" : " " + reason)
                        + (rejectedPhotos.isEmpty() ? "" : "; photos rejected: " + rejectedPhotos)));
        return new RecordedDecision(decision, reason == null ? null : reason.name(), note, reviewer.name(), now);
    }

    /**
     * Gives a held message back undecided: it waits in the queue where its due time, risk and age put it,
     * for any reviewer of the facility. Audited like the claim it ends.
     */
    @Transactional
    public void release(Caller reviewer, UUID messageId) {
        heldTask(reviewer, messageId, clock.instant(), "given back");
        tasks.release(messageId);
        audit.record(AuditEntry.by(reviewer, "MESSAGE_RELEASED", messageId.toString(), AuditOutcome.SUCCESS)
                .withDetail("given back to the queue undecided"));
    }

    /**
     * Refuses as not found a message that never entered the reviewer's facility's queue: another
     * facility's, or privileged legal mail, which is never reviewed.
     */
    @Transactional(readOnly = true)
    public void requireQueuedHere(Caller reviewer, UUID messageId) {
        if (!tasks.queuedAt(messageId, reviewer.facilityId())) {
            throw ApiException.notFound("review.not-found", "No such message in your facility's queue.");
        }
    }

    /** The decision this reviewer made on the message, to tell them what was saved; empty for anyone else's. */
    @Transactional(readOnly = true)
    public Optional<SavedDecision> decidedBy(Caller reviewer, UUID messageId) {
        return tasks.decisionBy(messageId, reviewer.id()).map(r -> made(messageId, r.decision(), r.reason()));
    }

    private SavedDecision made(UUID messageId, Decision decision, RejectionReason reason) {
        ReviewContent content = messages.reviewContent(messageId);
        return new SavedDecision(messageId, decision, reason, content.senderName(), content.recipientName());
    }

    /** The task, locked, when this reviewer holds it now; refused otherwise (not found across facilities). */
    private ReviewTasks.Task heldTask(Caller reviewer, UUID messageId, Instant now, String what) {
        ReviewTasks.Task task = tasks.lock(messageId)
                .filter(t -> t.facilityId().equals(reviewer.facilityId()))
                .orElseThrow(() -> ApiException.notFound("review.not-found", "No such message in your facility's queue."));
        boolean holds = reviewer.id().equals(task.claimedBy()) && !task.reserved() && task.decidedAt() == null
                && task.claimedUntil() != null && task.claimedUntil().isAfter(now);
        if (!holds) {
            throw ApiException.conflict("review.not-held", "You do not hold this message, so it cannot be " + what
                    + ": claim it first (a claim lasts " + lease.toMinutes()
                    + " minutes, and a decided message cannot be decided again).");
        }
        return task;
    }

    /** Every decision recorded on a message, oldest first: for a message's history, not for a reviewer's screen. */
    @Transactional(readOnly = true)
    public List<RecordedDecision> decisionsOn(UUID messageId) {
        return tasks.decisions(messageId);
    }

    /** The last seven days of the staff member's facility, oldest first, days in the facility's time zone. */
    @Transactional(readOnly = true)
    public List<DayFigures> lastSevenDays(Caller staff) {
        ZoneId zone = timeZone(staff);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<LocalDate> days = new java.util.ArrayList<>();
        List<Instant> starts = new java.util.ArrayList<>();
        for (int back = 6; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            days.add(day);
            starts.add(day.atStartOfDay(zone).toInstant());
        }
        return tasks.days(staff.facilityId(), starts, now, days);
    }

    @Transactional(readOnly = true)
    public ReviewStats stats(Caller staff) {
        Instant now = clock.instant();
        ZoneId zone = timeZone(staff);
        Instant startOfDay = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        return tasks.stats(staff.facilityId(), now, startOfDay);
    }

    /**
     * Retention: the reviewers' notes on these messages' decisions go with the messages' text; the decision
     * itself (who, when, what, which reason) stays. Runs in the retention batch's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int clearNotes(Collection<UUID> messageIds) {
        return tasks.clearNotes(messageIds);
    }

    /** The zone of the staff member's facility, in which "today" and the times staff read are counted. */
    public ZoneId timeZone(Caller staff) {
        return facilities.findById(staff.facilityId()).map(f -> ZoneId.of(f.timeZone())).orElse(ZoneId.of("UTC"));
    }
}
