package org.inkwell.legal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.legal.LegalRegistration;
import org.inkwell.legal.RegistrationChange;
import org.inkwell.legal.RegistrationStatus;
import org.inkwell.platform.Caller;
import org.inkwell.platform.JdbcTime;
import org.inkwell.platform.Role;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RegistrationRepository {

    private static final String COLUMNS = "id, account_id, bar_number, bar_state, firm, phone, agency_id, status, everywhere,"
            + " applied_at, recheck_on, decided_by, decided_by_name, decided_at, reason";

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the account already has a live (pending or approved) registration. */
    public boolean insertIfNoneLive(LegalRegistration r) {
        return jdbc.sql("""
                INSERT INTO legal_registration (id, account_id, bar_number, bar_state, firm, phone, agency_id, status,
                                                everywhere, applied_at)
                VALUES (:id, :account, :bar, :state, :firm, :phone, :agency, 'PENDING', FALSE, :at)
                ON CONFLICT (account_id) WHERE status IN ('PENDING', 'APPROVED') DO NOTHING
                """)
                .param("id", r.id()).param("account", r.accountId()).param("bar", r.barNumber())
                .param("state", r.barState()).param("firm", r.firm()).param("phone", r.phone())
                .param("agency", r.agencyId()).param("at", Timestamp.from(r.appliedAt()))
                .update() == 1;
    }

    /** The account's live registration, or else its newest one. */
    public Optional<LegalRegistration> currentOf(UUID accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_registration WHERE account_id = :account"
                        + " ORDER BY (status IN ('PENDING', 'APPROVED')) DESC, applied_at DESC, id LIMIT 1")
                .param("account", accountId).query(RegistrationRepository::map).optional();
    }

    public Optional<LegalRegistration> approvedOf(UUID accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_registration WHERE account_id = :account AND status = 'APPROVED'")
                .param("account", accountId).query(RegistrationRepository::map).optional();
    }

    public Optional<LegalRegistration> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_registration WHERE id = :id FOR UPDATE")
                .param("id", id).query(RegistrationRepository::map).optional();
    }

    /** Registrations in that status, oldest first; with an agency, only those its facility admins decide. */
    public List<LegalRegistration> withStatus(RegistrationStatus status, UUID agencyId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_registration WHERE (CAST(:status AS TEXT) IS NULL OR status = :status)"
                        + " AND (CAST(:agency AS UUID) IS NULL OR agency_id = :agency) ORDER BY applied_at, id LIMIT :limit")
                .param("status", status == null ? null : status.name()).param("agency", agencyId).param("limit", limit)
                .query(RegistrationRepository::map).list();
    }

    /** Approved registrations whose privilege may hold at a facility of that agency (null: all). */
    public List<LegalRegistration> approvedFor(UUID agencyId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_registration WHERE status = 'APPROVED'"
                        + " AND (CAST(:agency AS UUID) IS NULL OR everywhere OR agency_id = :agency)"
                        + " ORDER BY decided_at DESC, id LIMIT :limit")
                .param("agency", agencyId).param("limit", limit).query(RegistrationRepository::map).list();
    }

    public void decide(UUID id, RegistrationStatus status, boolean everywhere, LocalDate recheckOn, Caller by,
            Instant at, String reason) {
        jdbc.sql("""
                UPDATE legal_registration SET status = :status, everywhere = :everywhere, recheck_on = :recheck,
                       decided_by = :by, decided_by_name = :name, decided_at = :at, reason = :reason
                WHERE id = :id
                """)
                .param("status", status.name()).param("everywhere", everywhere)
                .param("recheck", JdbcTime.date(recheckOn))
                .param("by", by.id()).param("name", by.name()).param("at", Timestamp.from(at)).param("reason", reason)
                .param("id", id)
                .update();
    }

    /** Erasure of a closed account: what identifies the attorney goes; status, dates and decisions stay. */
    public int forget(UUID accountId) {
        return jdbc.sql("UPDATE legal_registration SET bar_number = '', firm = '', phone = '' WHERE account_id = :account")
                .param("account", accountId).update();
    }

    public void recordChange(UUID registrationId, RegistrationStatus status, Caller by, Instant at, UUID agencyId,
            boolean everywhere, LocalDate recheckOn, String reason) {
        jdbc.sql("""
                INSERT INTO legal_registration_history (registration_id, status, at, by_id, by_name, by_role, agency_id,
                                                        everywhere, recheck_on, reason)
                VALUES (:registration, :status, :at, :by, :name, :role, :agency, :everywhere, :recheck, :reason)
                """)
                .param("registration", registrationId).param("status", status.name()).param("at", Timestamp.from(at))
                .param("by", by.id()).param("name", by.name()).param("role", by.role().name()).param("agency", agencyId)
                .param("everywhere", everywhere).param("recheck", JdbcTime.date(recheckOn))
                .param("reason", reason)
                .update();
    }

    /** The histories of these registrations, each oldest first. */
    public Map<UUID, List<RegistrationChange>> histories(Collection<UUID> registrationIds) {
        if (registrationIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<RegistrationChange>> histories = new HashMap<>();
        jdbc.sql("SELECT registration_id, status, at, by_name, by_role, everywhere, recheck_on, reason"
                        + " FROM legal_registration_history WHERE registration_id IN (:ids) ORDER BY id")
                .param("ids", registrationIds)
                .query((RowCallbackHandler) rs -> histories
                        .computeIfAbsent(rs.getObject("registration_id", UUID.class), id -> new ArrayList<>())
                        .add(new RegistrationChange(RegistrationStatus.valueOf(rs.getString("status")),
                                rs.getTimestamp("at").toInstant(), rs.getString("by_name"), Role.valueOf(rs.getString("by_role")),
                                rs.getBoolean("everywhere"), JdbcTime.localDate(rs, "recheck_on"), rs.getString("reason"))));
        return histories;
    }

    private static LegalRegistration map(ResultSet rs, int row) throws SQLException {
        return new LegalRegistration(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("bar_number"), rs.getString("bar_state"), rs.getString("firm"), rs.getString("phone"),
                rs.getObject("agency_id", UUID.class), RegistrationStatus.valueOf(rs.getString("status")),
                rs.getBoolean("everywhere"), rs.getTimestamp("applied_at").toInstant(), JdbcTime.localDate(rs, "recheck_on"),
                rs.getObject("decided_by", UUID.class), rs.getString("decided_by_name"),
                JdbcTime.instant(rs, "decided_at"), rs.getString("reason"));
    }
}
