package org.inkwell.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.platform.JdbcTime;
import org.inkwell.records.RetentionRun;
import org.inkwell.records.RetentionTrigger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RunRepository {

    private final JdbcClient jdbc;

    RunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a run's start. A nightly run names its night, and only the first instance to claim that
     * night gets to run it: answers false for the others.
     */
    public boolean start(UUID id, RetentionTrigger trigger, LocalDate night, String startedBy, Instant at) {
        return jdbc.sql("""
                INSERT INTO retention_run (id, trigger, night, started_by, started_at)
                VALUES (:id, :trigger, :night, :by, :at)
                ON CONFLICT (night) DO NOTHING
                """)
                .param("id", id).param("trigger", trigger.name()).param("night", night).param("by", startedBy)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Records what a run did; {@code at} is null for a run that failed part way. */
    public void finish(UUID id, Instant at, int erased, int batches, int skippedHeld, int draftsDeleted) {
        jdbc.sql("""
                UPDATE retention_run SET finished_at = CAST(:at AS TIMESTAMPTZ), erased = :erased, batches = :batches,
                       skipped_held = :skipped, drafts_deleted = :drafts
                WHERE id = :id
                """)
                .param("at", JdbcTime.timestamp(at)).param("erased", erased).param("batches", batches)
                .param("skipped", skippedHeld).param("drafts", draftsDeleted).param("id", id)
                .update();
    }

    public Optional<RetentionRun> find(UUID id) {
        return jdbc.sql("SELECT * FROM retention_run WHERE id = :id").param("id", id).query(RunRepository::map).optional();
    }

    public List<RetentionRun> recent(int limit) {
        return jdbc.sql("SELECT * FROM retention_run ORDER BY started_at DESC, id LIMIT :limit").param("limit", limit)
                .query(RunRepository::map).list();
    }

    private static RetentionRun map(ResultSet rs, int row) throws SQLException {
        return new RetentionRun(rs.getObject("id", UUID.class), RetentionTrigger.valueOf(rs.getString("trigger")),
                rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                JdbcTime.instant(rs, "finished_at"), rs.getInt("erased"), rs.getInt("batches"),
                rs.getInt("skipped_held"), rs.getInt("drafts_deleted"));
    }
}
