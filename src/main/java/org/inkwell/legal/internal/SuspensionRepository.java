package org.inkwell.legal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.legal.Suspension;
import org.inkwell.platform.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SuspensionRepository {

    private static final String COLUMNS = "id, account_id, facility_id, reason, suspended_by_name, suspended_at";

    private final JdbcClient jdbc;

    SuspensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the privilege is already suspended there. */
    public boolean insertIfNoneLive(Suspension s, Caller by) {
        return jdbc.sql("""
                INSERT INTO legal_suspension (id, account_id, facility_id, reason, suspended_by, suspended_by_name, suspended_at)
                VALUES (:id, :account, :facility, :reason, :by, :name, :at)
                ON CONFLICT (account_id, facility_id) WHERE lifted_at IS NULL DO NOTHING
                """)
                .param("id", s.id()).param("account", s.accountId()).param("facility", s.facilityId())
                .param("reason", s.reason()).param("by", by.id()).param("name", by.name())
                .param("at", Timestamp.from(s.suspendedAt()))
                .update() == 1;
    }

    /** The suspension lifted, or empty when there was none in force. */
    public Optional<Suspension> lift(UUID accountId, UUID facilityId, Caller by, Instant at) {
        return jdbc.sql("UPDATE legal_suspension SET lifted_by = :by, lifted_by_name = :name, lifted_at = :at"
                        + " WHERE account_id = :account AND facility_id = :facility AND lifted_at IS NULL RETURNING " + COLUMNS)
                .param("by", by.id()).param("name", by.name()).param("at", Timestamp.from(at))
                .param("account", accountId).param("facility", facilityId)
                .query(SuspensionRepository::map).optional();
    }

    public boolean inForce(UUID accountId, UUID facilityId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM legal_suspension WHERE account_id = :account"
                        + " AND facility_id = :facility AND lifted_at IS NULL)")
                .param("account", accountId).param("facility", facilityId).query(Boolean.class).single();
    }

    /** The suspensions in force for these accounts; at one facility only when it is given. */
    public List<Suspension> inForceFor(Collection<UUID> accountIds, UUID facilityId) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_suspension WHERE account_id IN (:accounts) AND lifted_at IS NULL"
                        + " AND (CAST(:facility AS UUID) IS NULL OR facility_id = :facility) ORDER BY suspended_at, id")
                .param("accounts", accountIds).param("facility", facilityId)
                .query(SuspensionRepository::map).list();
    }

    private static Suspension map(ResultSet rs, int row) throws SQLException {
        return new Suspension(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getObject("facility_id", UUID.class), rs.getString("reason"), rs.getString("suspended_by_name"),
                rs.getTimestamp("suspended_at").toInstant());
    }
}
