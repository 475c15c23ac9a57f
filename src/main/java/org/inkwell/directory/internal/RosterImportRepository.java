package org.inkwell.directory.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.directory.RosterImportResult;
import org.inkwell.directory.RosterImportResult.RejectedRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Results of roster uploads, kept for a while so the page showing one can be reloaded. */
@Repository
public class RosterImportRepository {

    private static final Duration KEPT_FOR = Duration.ofDays(30);

    private final JdbcClient jdbc;

    RosterImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the result and forgets the facility's results older than the retention. */
    public void insert(UUID id, UUID facilityId, UUID importedBy, Instant at, RosterImportResult result) {
        jdbc.sql("DELETE FROM roster_import WHERE facility_id = :facility AND imported_at < :before")
                .param("facility", facilityId)
                .param("before", Timestamp.from(at.minus(KEPT_FOR)))
                .update();
        jdbc.sql("""
                INSERT INTO roster_import (id, facility_id, imported_by, imported_at, added, updated, awaiting_transfer, released)
                VALUES (:id, :facility, :by, :at, :added, :updated, :awaiting, :released)
                """)
                .param("id", id)
                .param("facility", facilityId)
                .param("by", importedBy)
                .param("at", Timestamp.from(at))
                .param("added", result.added())
                .param("updated", result.updated())
                .param("awaiting", result.awaitingTransfer())
                .param("released", result.released())
                .update();
        if (!result.rejected().isEmpty()) {
            List<RejectedRow> rows = result.rejected();
            jdbc.sql("""
                    INSERT INTO roster_import_rejection (import_id, line, number, reason)
                    SELECT :id, r.line, r.number, r.reason
                    FROM unnest(:lines::bigint[], :numbers::text[], :reasons::text[]) AS r(line, number, reason)
                    """)
                    .param("id", id)
                    .param("lines", rows.stream().map(RejectedRow::line).toArray(Long[]::new))
                    .param("numbers", rows.stream().map(RejectedRow::number).toArray(String[]::new))
                    .param("reasons", rows.stream().map(RejectedRow::reason).toArray(String[]::new))
                    .update();
        }
    }

    /** The result, if it is one of this facility's. */
    public Optional<RosterImportResult> find(UUID id, UUID facilityId) {
        List<RejectedRow> rejected = jdbc.sql("""
                        SELECT line, number, reason FROM roster_import_rejection WHERE import_id = :id ORDER BY line
                        """)
                .param("id", id)
                .query((rs, n) -> new RejectedRow(rs.getLong("line"), rs.getString("number"), rs.getString("reason")))
                .list();
        return jdbc.sql("""
                        SELECT added, updated, awaiting_transfer, released FROM roster_import
                        WHERE id = :id AND facility_id = :facility
                        """)
                .param("id", id)
                .param("facility", facilityId)
                .query((rs, n) -> new RosterImportResult(rs.getInt("added"), rs.getInt("updated"),
                        rs.getInt("awaiting_transfer"), rs.getInt("released"), rejected))
                .optional();
    }
}
