package org.inkwell.contacts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.contacts.Invitation;
import org.inkwell.contacts.InvitationStatus;
import org.inkwell.contacts.Relationship;
import org.inkwell.platform.JdbcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InvitationRepository {

    /** An invitation as the code's holder or the reviewing staff act on it. */
    public record Stored(UUID id, UUID inmateId, UUID facilityId, String email, String fullName,
                         Relationship relationship, InvitationStatus status, Instant expiresAt, String locale,
                         String heldBecause, Instant createdAt) {
    }

    /** How many invitations a person created since an instant, and when the oldest of them was. */
    public record Recent(int count, Instant oldest) {
    }

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID inmateId, UUID facilityId, String email, String fullName, Relationship relationship,
            String locale, String heldBecause, Instant now) {
        jdbc.sql("""
                INSERT INTO contact_invitation (id, inmate_id, facility_id, email, full_name, relationship, status,
                                                locale, held_because, created_at)
                VALUES (:id, :inmate, :facility, :email, :name, :relationship, 'AWAITING_APPROVAL', :locale, :held, :now)
                """)
                .param("id", id).param("inmate", inmateId).param("facility", facilityId).param("email", email)
                .param("name", fullName).param("relationship", relationship.name()).param("locale", locale)
                .param("held", heldBecause).param("now", Timestamp.from(now))
                .update();
    }

    /** The email goes out now: the code's hash and its expiry are kept; {@code staffId} is null without review. */
    public void markSent(UUID id, byte[] codeHash, Instant expiresAt, UUID staffId, Instant now) {
        jdbc.sql("""
                UPDATE contact_invitation SET status = 'SENT', code_hash = :code, expires_at = :expires, sent_at = :now,
                       decided_by = :staff, decided_at = :decidedAt
                WHERE id = :id
                """)
                .param("code", codeHash).param("expires", Timestamp.from(expiresAt)).param("now", Timestamp.from(now))
                .param("staff", staffId).param("decidedAt", staffId == null ? null : Timestamp.from(now)).param("id", id)
                .update();
    }

    public void refuse(UUID id, UUID staffId, String reason, Instant now) {
        jdbc.sql("""
                UPDATE contact_invitation SET status = 'REFUSED', decided_by = :staff, decided_at = :now,
                       decision_reason = :reason
                WHERE id = :id
                """)
                .param("staff", staffId).param("now", Timestamp.from(now)).param("reason", reason).param("id", id)
                .update();
    }

    public Optional<Stored> lockByCode(byte[] codeHash) {
        return jdbc.sql("SELECT * FROM contact_invitation WHERE code_hash = :code FOR UPDATE")
                .param("code", codeHash).query(InvitationRepository::stored).optional();
    }

    public Optional<Stored> lock(UUID id) {
        return jdbc.sql("SELECT * FROM contact_invitation WHERE id = :id FOR UPDATE")
                .param("id", id).query(InvitationRepository::stored).optional();
    }

    /** A facility's invitations waiting for staff, oldest first. */
    public List<Stored> awaitingAt(UUID facilityId, int limit) {
        return jdbc.sql("""
                SELECT * FROM contact_invitation WHERE facility_id = :facility AND status = 'AWAITING_APPROVAL'
                ORDER BY created_at LIMIT :limit
                """)
                .param("facility", facilityId).param("limit", limit).query(InvitationRepository::stored).list();
    }

    public Recent createdSince(UUID inmateId, Instant since) {
        return jdbc.sql("""
                SELECT count(*) AS n, min(created_at) AS oldest FROM contact_invitation
                WHERE inmate_id = :inmate AND created_at > :since
                """)
                .param("inmate", inmateId).param("since", Timestamp.from(since))
                .query((rs, n) -> new Recent(rs.getInt("n"),
                        JdbcTime.instant(rs, "oldest")))
                .single();
    }

    /** Invitations that may still become contacts: waiting for staff, or sent and not expired. */
    public int openCount(UUID inmateId, Instant now) {
        return jdbc.sql("""
                SELECT count(*) FROM contact_invitation
                WHERE inmate_id = :inmate
                  AND (status = 'AWAITING_APPROVAL' OR (status = 'SENT' AND expires_at > :now))
                """)
                .param("inmate", inmateId).param("now", Timestamp.from(now)).query(Integer.class).single();
    }

    public void answer(UUID id, InvitationStatus status, UUID contactId, Instant now) {
        jdbc.sql("UPDATE contact_invitation SET status = :status, contact_id = :contact, answered_at = :now WHERE id = :id")
                .param("status", status.name()).param("contact", contactId).param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    public List<Invitation> sentBy(UUID inmateId) {
        return jdbc.sql("SELECT * FROM contact_invitation WHERE inmate_id = :inmate ORDER BY created_at DESC LIMIT 200")
                .param("inmate", inmateId).query(InvitationRepository::map).list();
    }

    public Optional<Invitation> find(UUID id) {
        return jdbc.sql("SELECT * FROM contact_invitation WHERE id = :id").param("id", id)
                .query(InvitationRepository::map).optional();
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("full_name"),
                Relationship.valueOf(rs.getString("relationship")), InvitationStatus.valueOf(rs.getString("status")),
                JdbcTime.instant(rs, "expires_at"), rs.getObject("contact_id", UUID.class));
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
                rs.getObject("facility_id", UUID.class), rs.getString("email"), rs.getString("full_name"),
                Relationship.valueOf(rs.getString("relationship")), InvitationStatus.valueOf(rs.getString("status")),
                JdbcTime.instant(rs, "expires_at"), rs.getString("locale"), rs.getString("held_because"),
                JdbcTime.instant(rs, "created_at"));
    }
}
