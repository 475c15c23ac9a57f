package org.inkwell.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.directory.TransferRequest;
import org.inkwell.directory.TransferStatus;
import org.inkwell.platform.JdbcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TransferRequestRepository {

    private static final String SELECT = """
            SELECT t.*, i.number, i.first_name AS held_first, i.last_name AS held_last,
                   ff.code AS from_code, tf.code AS to_code
            FROM transfer_request t
            JOIN inmate i ON i.id = t.inmate_id
            JOIN facility ff ON ff.id = t.from_facility_id
            JOIN facility tf ON tf.id = t.to_facility_id
            """;

    private final JdbcClient jdbc;

    TransferRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The data a confirmation applies; the PIN only as its hash. */
    public record Requested(UUID id, UUID inmateId, UUID fromFacilityId, UUID toFacilityId, String firstName,
                            String lastName, String housingUnit, String pinHash, UUID requestedBy, Instant at) {
    }

    public void insert(Requested request) {
        jdbc.sql("""
                INSERT INTO transfer_request (id, inmate_id, from_facility_id, to_facility_id, first_name, last_name,
                                              housing_unit, pin_hash, status, requested_by, requested_at)
                VALUES (:id, :inmate, :from, :to, :first, :last, :housing, :pin, 'PENDING', :by, :at)
                """)
                .param("id", request.id())
                .param("inmate", request.inmateId())
                .param("from", request.fromFacilityId())
                .param("to", request.toFacilityId())
                .param("first", request.firstName())
                .param("last", request.lastName())
                .param("housing", request.housingUnit())
                .param("pin", request.pinHash())
                .param("by", request.requestedBy())
                .param("at", Timestamp.from(request.at()))
                .update();
    }

    public Optional<TransferRequest> pendingFor(UUID inmateId) {
        return jdbc.sql(SELECT + " WHERE t.inmate_id = :inmate AND t.status = 'PENDING'")
                .param("inmate", inmateId).query(TransferRequestRepository::map).optional();
    }

    public Optional<TransferRequest> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query(TransferRequestRepository::map).optional();
    }

    /** Locked on its own, then read, like the person (see InmateRepository#lockInAgency). */
    public Optional<TransferRequest> lock(UUID id) {
        return jdbc.sql("SELECT id FROM transfer_request WHERE id = :id FOR UPDATE").param("id", id)
                .query(UUID.class).optional().flatMap(this::find);
    }

    public Optional<String> pinHash(UUID id) {
        return jdbc.sql("SELECT pin_hash FROM transfer_request WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** Pending requests that involve the facility, whether it holds the person or asked for them; oldest first. */
    public List<TransferRequest> pendingInvolving(UUID facilityId, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE t.status = 'PENDING' AND (t.from_facility_id = :facility OR t.to_facility_id = :facility)
                 ORDER BY t.requested_at, t.id LIMIT :limit
                """).param("facility", facilityId).param("limit", limit).query(TransferRequestRepository::map).list();
    }

    public List<TransferRequest> allPending(int limit) {
        return jdbc.sql(SELECT + " WHERE t.status = 'PENDING' ORDER BY t.requested_at, t.id LIMIT :limit")
                .param("limit", limit).query(TransferRequestRepository::map).list();
    }

    /** Records the decision and forgets the PIN hash, which is no use once decided. */
    public void decide(UUID id, TransferStatus status, UUID by, String byName, String reason, Instant now) {
        jdbc.sql("""
                UPDATE transfer_request SET status = :status, decided_by = :by, decided_by_name = :name,
                       decided_at = :now, reason = :reason, pin_hash = NULL
                WHERE id = :id
                """)
                .param("id", id)
                .param("status", status.name())
                .param("by", by)
                .param("name", byName)
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void withdrawPendingFor(UUID inmateId, String reason, Instant now) {
        jdbc.sql("""
                UPDATE transfer_request SET status = 'WITHDRAWN', decided_at = :now, reason = :reason, pin_hash = NULL
                WHERE inmate_id = :inmate AND status = 'PENDING'
                """)
                .param("inmate", inmateId)
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static TransferRequest map(ResultSet rs, int row) throws SQLException {
        return new TransferRequest(
                rs.getObject("id", UUID.class),
                TransferStatus.valueOf(rs.getString("status")),
                rs.getObject("inmate_id", UUID.class),
                rs.getString("number"),
                rs.getString("held_first") + " " + rs.getString("held_last"),
                rs.getObject("from_facility_id", UUID.class),
                rs.getString("from_code"),
                rs.getObject("to_facility_id", UUID.class),
                rs.getString("to_code"),
                rs.getString("first_name") + " " + rs.getString("last_name"),
                rs.getString("housing_unit"),
                rs.getString("pin_hash") != null,
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decided_by_name"),
                JdbcTime.instant(rs, "decided_at"),
                rs.getString("reason"));
    }
}
