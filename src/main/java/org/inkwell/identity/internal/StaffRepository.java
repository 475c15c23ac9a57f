package org.inkwell.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.identity.StaffMember;
import org.inkwell.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StaffRepository {

    public record Credentials(StaffMember staff, String passwordHash) {
    }

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff WHERE lower(username) = lower(:username))")
                .param("username", username).query(Boolean.class).single();
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff WHERE role = :role)")
                .param("role", role.name()).query(Boolean.class).single();
    }

    public void insert(StaffMember staff, String email, String passwordHash, UUID createdBy, Instant now) {
        jdbc.sql("""
                INSERT INTO staff (id, username, email, password_hash, full_name, role, facility_id, agency_id, created_at,
                                   created_by)
                VALUES (:id, :username, :email, :hash, :name, :role, :facility, :agency, :now, :by)
                """)
                .param("email", email)
                .param("id", staff.id())
                .param("username", staff.username())
                .param("hash", passwordHash)
                .param("name", staff.fullName())
                .param("role", staff.role().name())
                .param("facility", staff.facilityId())
                .param("agency", staff.agencyId())
                .param("now", Timestamp.from(now))
                .param("by", createdBy)
                .update();
    }

    public java.util.List<StaffMember> atFacility(UUID facilityId) {
        return jdbc.sql("SELECT * FROM staff WHERE facility_id = :facility ORDER BY role, username")
                .param("facility", facilityId).query(StaffRepository::map).list();
    }

    /** Where the facility's admins get alerts: those who gave an address. */
    public java.util.List<String> adminEmails(UUID facilityId) {
        return jdbc.sql("SELECT email FROM staff WHERE facility_id = :facility AND role = 'FACILITY_ADMIN' AND email IS NOT NULL")
                .param("facility", facilityId).query(String.class).list();
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT * FROM staff WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query((rs, n) -> new Credentials(map(rs, n), rs.getString("password_hash")))
                .optional();
    }

    public Optional<String> passwordHash(UUID id) {
        return jdbc.sql("SELECT password_hash FROM staff WHERE id = :id").param("id", id).query(String.class).optional();
    }

    public void setPasswordHash(UUID id, String hash) {
        jdbc.sql("UPDATE staff SET password_hash = :hash WHERE id = :id").param("hash", hash).param("id", id).update();
    }

    public Optional<StaffMember> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM staff WHERE lower(username) = lower(:username)")
                .param("username", username).query(StaffRepository::map).optional();
    }

    /** The addresses of those of these staff who gave one. */
    public java.util.List<String> emailsOf(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql("SELECT email FROM staff WHERE id IN (:ids) AND email IS NOT NULL ORDER BY username")
                .param("ids", ids).query(String.class).list();
    }

    /** Every facility admin who gave an address, with it. */
    public java.util.List<Map.Entry<StaffMember, String>> adminsWithEmail() {
        return jdbc.sql("SELECT * FROM staff WHERE role = 'FACILITY_ADMIN' AND email IS NOT NULL ORDER BY username")
                .query((rs, n) -> Map.entry(map(rs, n), rs.getString("email"))).list();
    }

    private static StaffMember map(ResultSet rs, int row) throws SQLException {
        return new StaffMember(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("full_name"),
                Role.valueOf(rs.getString("role")), rs.getObject("facility_id", UUID.class),
                rs.getObject("agency_id", UUID.class));
    }
}
