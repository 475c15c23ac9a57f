package org.inkwell.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.inkwell.platform.ClientAddress;
import org.inkwell.platform.JdbcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit entries in the caller's transaction, so an entry exists exactly when what it describes
 * was committed. The source address is the current request's client, as {@link ClientAddress} reads it.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ClientAddress clientAddress;

    AuditLog(JdbcClient jdbc, Clock clock, ClientAddress clientAddress) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.clientAddress = clientAddress;
    }

    public void record(AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_event (at, actor_id, actor_name, actor_role, action, target, outcome, source_ip,
                                         facility_id, agency_id, detail)
                VALUES (:at, :actorId, :actorName, :actorRole, :action, :target, :outcome, :ip, :facility, :agency, :detail)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actorId", entry.actorId())
                .param("actorName", entry.actorName())
                .param("actorRole", entry.actorRole())
                .param("action", entry.action())
                .param("target", entry.target())
                .param("outcome", entry.outcome().name())
                .param("ip", clientAddress.current())
                .param("facility", entry.facilityId())
                .param("agency", entry.agencyId())
                .param("detail", entry.detail())
                .update();
    }

    /**
     * Records a refusal in a transaction of its own: the request's transaction rolls back, the record
     * of what was tried stays.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(AuditEntry entry) {
        record(entry);
    }

    /**
     * The newest entries first, optionally only one action and only one facility's (null: all).
     */
    public List<AuditRecord> recent(String action, UUID facilityId, int limit) {
        return find(new AuditQuery(facilityId, action, null, null, null, null, limit));
    }

    /** One page of entries, newest first; the next page starts before the last id of this one. */
    public List<AuditRecord> find(AuditQuery query) {
        return jdbc.sql("""
                SELECT id, at, actor_id, actor_name, actor_role, action, target, outcome, source_ip, detail
                FROM audit_event
                WHERE (CAST(:action AS TEXT) IS NULL OR action = :action)
                  AND (CAST(:facility AS UUID) IS NULL OR facility_id = :facility)
                  AND (CAST(:actor AS TEXT) IS NULL OR lower(actor_name) = lower(:actor))
                  AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR at >= :from)
                  AND (CAST(:until AS TIMESTAMPTZ) IS NULL OR at < :until)
                  AND (CAST(:before AS BIGINT) IS NULL OR id < :before)
                ORDER BY id DESC
                LIMIT :limit
                """)
                .param("action", query.action())
                .param("facility", query.facilityId())
                .param("actor", query.actor())
                .param("from", JdbcTime.timestamp(query.from()))
                .param("until", JdbcTime.timestamp(query.until()))
                .param("before", query.beforeId())
                .param("limit", query.limit())
                .query((rs, n) -> new AuditRecord(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("actor_role"),
                        rs.getString("action"), rs.getString("target"), AuditOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("source_ip"), rs.getString("detail")))
                .list();
    }

    /** The actions that appear in the log (of one facility, or all), for choosing one. */
    public List<String> actions(UUID facilityId) {
        return jdbc.sql("""
                SELECT DISTINCT action FROM audit_event
                WHERE CAST(:facility AS UUID) IS NULL OR facility_id = :facility
                ORDER BY action
                """)
                .param("facility", facilityId)
                .query(String.class)
                .list();
    }
}
