package org.inkwell.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.inkwell.platform.JdbcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PrintBatchRepository {

    public record Batch(UUID id, UUID facilityId, String housingUnit, int messageCount, Instant createdAt, int downloads,
                        Instant firstDownloadedAt, Instant confirmedAt) {
    }

    private final JdbcClient jdbc;

    PrintBatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One batch generation at a time per facility, so two admins clicking at once make one set of batches. */
    public void lockFacility(UUID facilityId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:facility, 1))").param("facility", facilityId.toString())
                .query(Object.class).single();
    }

    public Set<UUID> alreadyBatched(Collection<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT message_id FROM print_batch_item WHERE message_id IN (:ids)")
                .param("ids", messageIds).query(UUID.class).list());
    }

    public void insert(UUID id, UUID facilityId, String housingUnit, List<UUID> messageIds, UUID by, Instant now) {
        jdbc.sql("""
                INSERT INTO print_batch (id, facility_id, housing_unit, message_count, created_at, created_by)
                VALUES (:id, :facility, :housing, :count, :now, :by)
                """)
                .param("id", id).param("facility", facilityId).param("housing", housingUnit)
                .param("count", messageIds.size()).param("now", Timestamp.from(now)).param("by", by)
                .update();
        for (UUID messageId : messageIds) {
            jdbc.sql("INSERT INTO print_batch_item (batch_id, message_id) VALUES (:batch, :message)")
                    .param("batch", id).param("message", messageId).update();
        }
    }

    public List<Batch> forFacility(UUID facilityId, int limit) {
        return jdbc.sql("SELECT * FROM print_batch WHERE facility_id = :facility ORDER BY created_at DESC, housing_unit LIMIT :limit")
                .param("facility", facilityId).param("limit", limit).query(PrintBatchRepository::map).list();
    }

    public Optional<Batch> lock(UUID id) {
        return jdbc.sql("SELECT * FROM print_batch WHERE id = :id FOR UPDATE").param("id", id)
                .query(PrintBatchRepository::map).optional();
    }

    public List<UUID> messagesOf(UUID batchId) {
        return jdbc.sql("SELECT message_id FROM print_batch_item WHERE batch_id = :batch").param("batch", batchId)
                .query(UUID.class).list();
    }

    public void recordDownload(UUID id, Instant now) {
        jdbc.sql("""
                UPDATE print_batch SET downloads = downloads + 1, first_downloaded_at = COALESCE(first_downloaded_at, :now)
                WHERE id = :id
                """).param("now", Timestamp.from(now)).param("id", id).update();
    }

    public void confirm(UUID id, UUID by, Instant now) {
        jdbc.sql("UPDATE print_batch SET confirmed_at = :now, confirmed_by = :by WHERE id = :id")
                .param("now", Timestamp.from(now)).param("by", by).param("id", id).update();
    }

    private static Batch map(ResultSet rs, int row) throws SQLException {
        return new Batch(rs.getObject("id", UUID.class), rs.getObject("facility_id", UUID.class),
                rs.getString("housing_unit"), rs.getInt("message_count"), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("downloads"),
                JdbcTime.instant(rs, "first_downloaded_at"),
                JdbcTime.instant(rs, "confirmed_at"));
    }
}
