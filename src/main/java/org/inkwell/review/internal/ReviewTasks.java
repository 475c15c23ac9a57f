package org.inkwell.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.messaging.RejectionReason;
import org.inkwell.platform.JdbcTime;
import org.inkwell.review.DayFigures;
import org.inkwell.review.Decision;
import org.inkwell.review.RecordedDecision;
import org.inkwell.review.ReviewStats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReviewTasks {

    /** A task as a decision needs it; {@code reserved} is true while it is held for a reviewer but not shown yet. */
    public record Task(UUID messageId, UUID facilityId, UUID claimedBy, Instant claimedUntil, boolean reserved,
                       Instant decidedAt, Instant submittedAt) {
    }

    public record Held(UUID messageId, Instant claimedUntil) {
    }

    private record Claimed(Held held, boolean reserved) {
    }

    /** A decision as {@code review_decision} keeps it. */
    public record Recorded(Decision decision, RejectionReason reason) {
    }

    private final JdbcClient jdbc;

    ReviewTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Held held(ResultSet rs, int row) throws SQLException {
        return new Held(rs.getObject("message_id", UUID.class), rs.getTimestamp("claimed_until").toInstant());
    }

    public void insert(UUID messageId, UUID facilityId, int riskScore, Instant submittedAt, Instant dueAt) {
        jdbc.sql("""
                INSERT INTO review_task (message_id, facility_id, risk_score, submitted_at, due_at)
                VALUES (:message, :facility, :risk, :submitted, :due)
                """)
                .param("message", messageId).param("facility", facilityId).param("risk", riskScore)
                .param("submitted", Timestamp.from(submittedAt)).param("due", Timestamp.from(dueAt))
                .update();
    }

    /** The message this reviewer is shown now (an unexpired claim, not merely reserved), if any. */
    public Optional<Held> shownTo(UUID reviewer, Instant now) {
        return jdbc.sql("""
                SELECT message_id, claimed_until FROM review_task
                WHERE claimed_by = :reviewer AND decided_at IS NULL AND claimed_until > :now AND NOT reserved
                LIMIT 1
                """)
                .param("reviewer", reviewer).param("now", Timestamp.from(now))
                .query(ReviewTasks::held)
                .optional();
    }

    /**
     * The message this reviewer is shown, or else the first of the messages reserved for them, which is shown
     * from now on with a lease of its own until {@code until}; empty when they hold nothing unexpired. Their
     * rows are locked in the queue's order and waited for, so a reservation another reviewer is taking at this
     * moment is passed over once that reviewer has it.
     */
    public Optional<Held> showHeld(UUID reviewer, Instant now, Instant until) {
        return jdbc.sql("""
                WITH mine AS (
                    SELECT message_id, claimed_until, reserved FROM review_task
                    WHERE claimed_by = :reviewer AND decided_at IS NULL AND claimed_until > :now
                    ORDER BY reserved, (due_at <= :now) DESC, risk_score DESC, submitted_at, message_id
                    LIMIT 1
                    FOR UPDATE),
                shown AS (
                    UPDATE review_task t SET reserved = FALSE, claimed_until = :until
                    FROM mine WHERE t.message_id = mine.message_id AND mine.reserved
                    RETURNING t.message_id, t.claimed_until)
                SELECT message_id, claimed_until FROM mine WHERE NOT reserved
                UNION ALL
                SELECT message_id, claimed_until FROM shown
                """)
                .param("reviewer", reviewer).param("now", Timestamp.from(now)).param("until", Timestamp.from(until))
                .query(ReviewTasks::held)
                .optional();
    }

    /**
     * Claims the next messages of the facility's queue, overdue first, then highest risk, then oldest: the
     * first is shown to the reviewer, up to {@code batch - 1} more are reserved for them. Only when no message
     * is free does it take one, to show, from another reviewer's reservations (those are still waiting, and
     * must not wait behind a reviewer who has not reached them). Rows another transaction is taking are
     * skipped, so concurrent claims never get the same message. Answers the message shown.
     */
    public Optional<Held> claimNext(UUID facilityId, UUID reviewer, Instant now, Instant until, int batch) {
        return jdbc.sql("""
                WITH next AS (
                    SELECT message_id, reserved AND coalesce(claimed_until > :now, FALSE) AS taken, due_at <= :now AS overdue,
                           risk_score, submitted_at
                    FROM review_task
                    WHERE facility_id = :facility AND decided_at IS NULL
                      AND (claimed_until IS NULL OR claimed_until <= :now OR (reserved AND claimed_by <> :reviewer))
                    ORDER BY reserved AND coalesce(claimed_until > :now, FALSE), (due_at <= :now) DESC, risk_score DESC,
                             submitted_at, message_id
                    LIMIT :batch
                    FOR UPDATE SKIP LOCKED),
                ranked AS (
                    SELECT message_id, taken, row_number() OVER (
                        ORDER BY taken, overdue DESC, risk_score DESC, submitted_at, message_id) AS place
                    FROM next)
                UPDATE review_task t SET claimed_by = :reviewer, claimed_until = :until, reserved = ranked.place > 1
                FROM ranked
                WHERE t.message_id = ranked.message_id AND (ranked.place = 1 OR NOT ranked.taken)
                RETURNING t.message_id, t.claimed_until, t.reserved
                """)
                .param("reviewer", reviewer).param("until", Timestamp.from(until)).param("facility", facilityId)
                .param("now", Timestamp.from(now)).param("batch", batch)
                .query((rs, n) -> new Claimed(held(rs, n), rs.getBoolean("reserved")))
                .list().stream().filter(claimed -> !claimed.reserved()).map(Claimed::held).findFirst();
    }

    public Optional<Task> lock(UUID messageId) {
        return jdbc.sql("SELECT * FROM review_task WHERE message_id = :id FOR UPDATE").param("id", messageId)
                .query((rs, n) -> new Task(rs.getObject("message_id", UUID.class), rs.getObject("facility_id", UUID.class),
                        rs.getObject("claimed_by", UUID.class),
                        JdbcTime.instant(rs, "claimed_until"), rs.getBoolean("reserved"),
                        JdbcTime.instant(rs, "decided_at"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .optional();
    }

    /** Whether the message ever entered the facility's queue. */
    public boolean queuedAt(UUID messageId, UUID facilityId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM review_task WHERE message_id = :id AND facility_id = :facility)")
                .param("id", messageId).param("facility", facilityId).query(Boolean.class).single();
    }

    /**
     * Takes an undecided message no reviewer is shown out of the queue (a reservation is not a reading);
     * answers whether it did.
     */
    public boolean removeIfUnclaimed(UUID messageId, Instant now) {
        return jdbc.sql("""
                DELETE FROM review_task
                WHERE message_id = :id AND decided_at IS NULL
                  AND (claimed_until IS NULL OR claimed_until <= :now OR reserved)
                """)
                .param("id", messageId).param("now", Timestamp.from(now)).update() == 1;
    }

    /**
     * Ends a claim without a decision. The task keeps its due time, risk and submission time, so the
     * queue's order puts it back where it stood.
     */
    public void release(UUID messageId) {
        jdbc.sql("UPDATE review_task SET claimed_by = NULL, claimed_until = NULL, reserved = FALSE WHERE message_id = :id")
                .param("id", messageId).update();
    }

    /** The decision and reason this reviewer recorded on the message, if they decided it. */
    public Optional<Recorded> decisionBy(UUID messageId, UUID reviewerId) {
        return jdbc.sql("SELECT decision, reason_code FROM review_decision WHERE message_id = :id AND reviewer_id = :reviewer")
                .param("id", messageId).param("reviewer", reviewerId)
                .query((rs, n) -> new Recorded(Decision.valueOf(rs.getString("decision")),
                        rs.getString("reason_code") == null ? null : RejectionReason.valueOf(rs.getString("reason_code"))))
                .optional();
    }

    /**
     * The one way a decision is recorded, by a reviewer or by the automatic approval alike ({@code reviewerId}
     * null, {@code reviewerName} naming it): the task leaves the queue and its decision is written, in one
     * statement. The decision row is unique per message (V12), so a second decision fails as a whole.
     */
    public void recordDecision(UUID messageId, UUID facilityId, Decision decision, RejectionReason reason, String note,
            UUID reviewerId, String reviewerName, Instant submittedAt, Instant decidedAt) {
        jdbc.sql("""
                WITH decided AS (UPDATE review_task SET decided_at = :decided WHERE message_id = :message)
                INSERT INTO review_decision (message_id, facility_id, decision, reason_code, note, reviewer_id,
                                             reviewer_name, submitted_at, decided_at)
                VALUES (:message, :facility, :decision, :reason, :note, :reviewer, :name, :submitted, :decided)
                """)
                .param("message", messageId).param("facility", facilityId).param("decision", decision.name())
                .param("reason", reason == null ? null : reason.name()).param("note", note).param("reviewer", reviewerId)
                .param("name", reviewerName).param("submitted", Timestamp.from(submittedAt))
                .param("decided", Timestamp.from(decidedAt))
                .update();
    }

    /** Clears the reviewer's note on the decisions of these messages (V36 lets only that through the append-only trigger). */
    public int clearNotes(Collection<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE review_decision SET note = NULL WHERE message_id IN (:ids) AND note IS NOT NULL")
                .param("ids", messageIds).update();
    }

    public List<RecordedDecision> decisions(UUID messageId) {
        return jdbc.sql("""
                SELECT decision, reason_code, note, reviewer_name, decided_at FROM review_decision
                WHERE message_id = :message ORDER BY decided_at, id
                """)
                .param("message", messageId)
                .query((rs, n) -> new RecordedDecision(Decision.valueOf(rs.getString("decision")),
                        rs.getString("reason_code"), rs.getString("note"), rs.getString("reviewer_name"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /**
     * The facility's review day by day: for each day starting at {@code days[i]} (and ending at the next
     * one, or at {@code end}), how many messages were waiting at its end and how fast that day's decisions
     * came. Decided tasks stay in {@code review_task}, so the backlog at any past moment can be counted
     * (withdrawn messages leave the table and are not counted).
     */
    public List<DayFigures> days(UUID facilityId, List<Instant> starts, Instant end, List<LocalDate> labels) {
        List<DayFigures> figures = new java.util.ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Instant from = starts.get(i);
            Instant to = i + 1 < starts.size() ? starts.get(i + 1) : end;
            LocalDate label = labels.get(i);
            long waiting = jdbc.sql("""
                    SELECT count(*) FROM review_task
                    WHERE facility_id = :facility AND submitted_at < :at AND (decided_at IS NULL OR decided_at >= :at)
                    """).param("facility", facilityId).param("at", Timestamp.from(to)).query(Long.class).single();
            figures.add(jdbc.sql("""
                    SELECT count(*) AS decided,
                           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at)) AS median,
                           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at)) AS p90
                    FROM review_decision WHERE facility_id = :facility AND decided_at >= :from AND decided_at < :to
                    """)
                    .param("facility", facilityId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                    .query((rs, n) -> new DayFigures(label, waiting, rs.getLong("decided"),
                            rs.getObject("median") == null ? null : Math.round(rs.getDouble("median")),
                            rs.getObject("p90") == null ? null : Math.round(rs.getDouble("p90"))))
                    .single());
        }
        return figures;
    }

    public ReviewStats stats(UUID facilityId, Instant now, Instant startOfDay) {
        record Queue(long queued, long claimed, long overdue, Instant oldest) {
        }
        Queue queue = jdbc.sql("""
                SELECT count(*) FILTER (WHERE claimed_until IS NULL OR claimed_until <= :now OR reserved) AS queued,
                       count(*) FILTER (WHERE claimed_until > :now AND NOT reserved) AS claimed,
                       count(*) FILTER (WHERE due_at <= :now) AS overdue,
                       min(submitted_at) FILTER (WHERE claimed_until IS NULL OR claimed_until <= :now OR reserved) AS oldest
                FROM review_task WHERE facility_id = :facility AND decided_at IS NULL
                """)
                .param("now", Timestamp.from(now)).param("facility", facilityId)
                .query((rs, n) -> new Queue(rs.getLong("queued"), rs.getLong("claimed"), rs.getLong("overdue"),
                        JdbcTime.instant(rs, "oldest")))
                .single();
        record Decided(long today, Long median, Long p90) {
        }
        Decided decided = jdbc.sql("""
                SELECT (SELECT count(*) FROM review_decision WHERE facility_id = :facility AND decided_at >= :startOfDay) AS today,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at)) AS median,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at)) AS p90
                FROM review_decision WHERE facility_id = :facility AND decided_at >= :dayAgo
                """)
                .param("facility", facilityId).param("startOfDay", Timestamp.from(startOfDay))
                .param("dayAgo", Timestamp.from(now.minusSeconds(86_400)))
                .query((rs, n) -> new Decided(rs.getLong("today"),
                        rs.getObject("median") == null ? null : Math.round(rs.getDouble("median")),
                        rs.getObject("p90") == null ? null : Math.round(rs.getDouble("p90"))))
                .single();
        return new ReviewStats(queue.queued(), queue.claimed(), queue.overdue(), queue.oldest(), decided.today(),
                decided.median(), decided.p90());
    }
}
