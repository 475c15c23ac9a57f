package org.inkwell.contacts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.contacts.Invitation;
import org.inkwell.contacts.Relationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InvitationRepository {

    public record Pending(UUID id, UUID inmateId, Relationship relationship, Instant expiresAt, String status) {
    }

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID inmateId, UUID facilityId, String email, String fullName, Relationship relationship,
            byte[] codeHash, Instant expiresAt, Instant now) {
        jdbc.sql("""
                INSERT INTO contact_invitation (id, inmate_id, facility_id, email, full_name, relationship, code_hash,
                                                status, expires_at, created_at)
                VALUES (:id, :inmate, :facility, :email, :name, :relationship, :code, 'SENT', :expires, :now)
                """)
                .param("id", id).param("inmate", inmateId).param("facility", facilityId).param("email", email)
                .param("name", fullName).param("relationship", relationship.name()).param("code", codeHash)
                .param("expires", Timestamp.from(expiresAt)).param("now", Timestamp.from(now))
                .update();
    }

    public Optional<Pending> lockByCode(byte[] codeHash) {
        return jdbc.sql("""
                SELECT id, inmate_id, relationship, expires_at, status FROM contact_invitation
                WHERE code_hash = :code FOR UPDATE
                """)
                .param("code", codeHash)
                .query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
                        Relationship.valueOf(rs.getString("relationship")), rs.getTimestamp("expires_at").toInstant(),
                        rs.getString("status")))
                .optional();
    }

    public void answer(UUID id, String status, UUID contactId, Instant now) {
        jdbc.sql("UPDATE contact_invitation SET status = :status, contact_id = :contact, answered_at = :now WHERE id = :id")
                .param("status", status).param("contact", contactId).param("now", Timestamp.from(now)).param("id", id)
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
                Relationship.valueOf(rs.getString("relationship")), rs.getString("status"),
                rs.getTimestamp("expires_at").toInstant(), rs.getObject("contact_id", UUID.class));
    }
}
