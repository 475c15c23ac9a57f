package org.inkwell.contacts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.contacts.Contact;
import org.inkwell.contacts.ContactHistoryEntry;
import org.inkwell.contacts.ContactStatus;
import org.inkwell.contacts.Relationship;
import org.inkwell.contacts.Side;
import org.inkwell.platform.JdbcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contacts as stored, with their shown status worked out in SQL against a given instant: an approved
 * contact is BLOCKED while blocked, SUSPENDED while its suspension or the person's restriction lasts.
 */
@Repository
public class ContactRepository {

    private static final String SELECT = """
            SELECT c.*, c.suspended_until > :now AS suspension_active,
                   r.until AS restricted_until, r.reason AS restriction_reason
            FROM contact c LEFT JOIN correspondence_restriction r ON r.inmate_id = c.inmate_id AND r.until > :now
            """;

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Contact> find(UUID id, Instant now) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).param("now", Timestamp.from(now))
                .query(ContactRepository::map).optional();
    }

    /** Locks the contact's row for a change. */
    public Optional<Contact> lock(UUID id, Instant now) {
        return jdbc.sql(SELECT + " WHERE c.id = :id FOR UPDATE OF c").param("id", id).param("now", Timestamp.from(now))
                .query(ContactRepository::map).optional();
    }

    public List<Contact> forAccount(UUID accountId, Instant now) {
        return jdbc.sql(SELECT + " WHERE c.account_id = :account ORDER BY c.requested_at DESC")
                .param("account", accountId).param("now", Timestamp.from(now)).query(ContactRepository::map).list();
    }

    public List<Contact> findAll(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE c.id IN (:ids)").param("ids", ids).param("now", Timestamp.from(now))
                .query(ContactRepository::map).list();
    }

    /** The facilities where each of these accounts has or had a contact. */
    public List<Map.Entry<UUID, UUID>> facilitiesOfAccounts(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT account_id, facility_id FROM contact WHERE account_id IN (:accounts)")
                .param("accounts", accountIds)
                .query((rs, n) -> Map.entry(rs.getObject("account_id", UUID.class), rs.getObject("facility_id", UUID.class)))
                .list();
    }

    public List<Contact> forInmate(UUID inmateId, Instant now) {
        return jdbc.sql(SELECT + " WHERE c.inmate_id = :inmate ORDER BY c.requested_at DESC")
                .param("inmate", inmateId).param("now", Timestamp.from(now)).query(ContactRepository::map).list();
    }

    /** A facility's contacts in one stored status, oldest request first. */
    public List<Contact> atFacility(UUID facilityId, ContactStatus storedStatus, int limit, Instant now) {
        return jdbc.sql(SELECT + " WHERE c.facility_id = :facility AND c.status = :status ORDER BY c.requested_at LIMIT :limit")
                .param("facility", facilityId).param("status", storedStatus.name()).param("limit", limit)
                .param("now", Timestamp.from(now)).query(ContactRepository::map).list();
    }

    public boolean openPairExists(UUID accountId, UUID inmateId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM contact WHERE account_id = :account AND inmate_id = :inmate
                               AND status IN ('PENDING', 'APPROVED'))
                """)
                .param("account", accountId).param("inmate", inmateId).query(Boolean.class).single();
    }

    /** A pair's contacts, newest request first, with their shown status. */
    public List<Contact> forPair(UUID accountId, UUID inmateId, Instant now) {
        return jdbc.sql(SELECT + " WHERE c.account_id = :account AND c.inmate_id = :inmate ORDER BY c.requested_at DESC")
                .param("account", accountId).param("inmate", inmateId).param("now", Timestamp.from(now))
                .query(ContactRepository::map).list();
    }

    /** Requests waiting for a decision plus approved contacts (blocked and suspended ones included). */
    public int openCount(UUID inmateId) {
        return jdbc.sql("SELECT count(*) FROM contact WHERE inmate_id = :inmate AND status IN ('PENDING', 'APPROVED')")
                .param("inmate", inmateId).query(Integer.class).single();
    }

    public Optional<Instant> restrictedUntil(UUID inmateId, Instant now) {
        return jdbc.sql("SELECT until FROM correspondence_restriction WHERE inmate_id = :inmate AND until > :now")
                .param("inmate", inmateId).param("now", Timestamp.from(now))
                .query((rs, n) -> rs.getTimestamp("until").toInstant()).optional();
    }

    public int approvedCount(UUID inmateId) {
        return jdbc.sql("SELECT count(*) FROM contact WHERE inmate_id = :inmate AND status = 'APPROVED'")
                .param("inmate", inmateId).query(Integer.class).single();
    }

    /** Serialises approvals for one person, so two at once cannot both pass the cap. */
    public void lockPerson(UUID inmateId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:inmate, 0))").param("inmate", inmateId.toString())
                .query(Object.class).single();
    }

    public void insert(UUID id, UUID accountId, UUID inmateId, UUID facilityId, Relationship relationship,
            ContactStatus status, String origin, Instant now) {
        jdbc.sql("""
                INSERT INTO contact (id, account_id, inmate_id, facility_id, relationship, status, origin, requested_at,
                                     decided_at, updated_at)
                VALUES (:id, :account, :inmate, :facility, :relationship, :status, :origin, :now,
                        CASE WHEN :status = 'APPROVED' THEN CAST(:now AS TIMESTAMPTZ) END, :now)
                """)
                .param("id", id).param("account", accountId).param("inmate", inmateId).param("facility", facilityId)
                .param("relationship", relationship.name()).param("status", status.name()).param("origin", origin)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void decide(UUID id, ContactStatus status, String reason, Instant now) {
        jdbc.sql("""
                UPDATE contact SET status = :status, status_reason = :reason, decided_at = :now, updated_at = :now
                WHERE id = :id
                """)
                .param("status", status.name()).param("reason", reason).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    public void setBlockedBy(UUID id, Side side, Instant now) {
        jdbc.sql("UPDATE contact SET blocked_by = :side, updated_at = :now WHERE id = :id")
                .param("side", side == null ? null : side.name()).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    public void setSuspension(UUID id, Instant until, String reason, Instant now) {
        jdbc.sql("UPDATE contact SET suspended_until = :until, suspension_reason = :reason, updated_at = :now WHERE id = :id")
                .param("until", JdbcTime.timestamp(until)).param("reason", reason)
                .param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    /** Closes every open contact of a person; answers the ids closed. */
    public List<UUID> closeAllOf(UUID inmateId, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE contact SET status = 'CLOSED', status_reason = :reason, updated_at = :now
                WHERE inmate_id = :inmate AND status IN ('PENDING', 'APPROVED')
                RETURNING id
                """)
                .param("reason", reason).param("now", Timestamp.from(now)).param("inmate", inmateId)
                .query(UUID.class).list();
    }

    public void moveToFacility(UUID inmateId, UUID facilityId, Instant now) {
        jdbc.sql("UPDATE contact SET facility_id = :facility, updated_at = :now WHERE inmate_id = :inmate")
                .param("facility", facilityId).param("now", Timestamp.from(now)).param("inmate", inmateId).update();
    }

    public void restrict(UUID inmateId, Instant until, String reason, UUID by, Instant now) {
        jdbc.sql("""
                INSERT INTO correspondence_restriction (inmate_id, until, reason, set_by, set_at)
                VALUES (:inmate, :until, :reason, :by, :now)
                ON CONFLICT (inmate_id) DO UPDATE SET until = :until, reason = :reason, set_by = :by, set_at = :now
                """)
                .param("inmate", inmateId).param("until", Timestamp.from(until)).param("reason", reason)
                .param("by", by).param("now", Timestamp.from(now))
                .update();
    }

    public boolean liftRestriction(UUID inmateId) {
        return jdbc.sql("DELETE FROM correspondence_restriction WHERE inmate_id = :inmate").param("inmate", inmateId)
                .update() > 0;
    }

    public void recordHistory(UUID contactId, Instant at, String actorRole, UUID actorId, String actorName,
            String action, String reason) {
        jdbc.sql("""
                INSERT INTO contact_history (contact_id, at, actor_role, actor_id, actor_name, action, reason)
                VALUES (:contact, :at, :role, :actorId, :actorName, :action, :reason)
                """)
                .param("contact", contactId).param("at", Timestamp.from(at)).param("role", actorRole)
                .param("actorId", actorId).param("actorName", actorName).param("action", action).param("reason", reason)
                .update();
    }

    public List<ContactHistoryEntry> history(UUID contactId) {
        return jdbc.sql("SELECT at, actor_role, actor_name, action, reason FROM contact_history WHERE contact_id = :id ORDER BY id")
                .param("id", contactId)
                .query((rs, n) -> new ContactHistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor_role"),
                        rs.getString("actor_name"), rs.getString("action"), rs.getString("reason")))
                .list();
    }

    private static Contact map(ResultSet rs, int row) throws SQLException {
        ContactStatus stored = ContactStatus.valueOf(rs.getString("status"));
        Side blockedBy = rs.getString("blocked_by") == null ? null : Side.valueOf(rs.getString("blocked_by"));
        Instant suspendedUntil = JdbcTime.instant(rs, "suspended_until");
        Instant restrictedUntil = JdbcTime.instant(rs, "restricted_until");
        ContactStatus shown = stored;
        String reason = rs.getString("status_reason");
        Instant until = null;
        if (stored == ContactStatus.APPROVED) {
            boolean suspended = rs.getBoolean("suspension_active");
            if (blockedBy != null) {
                shown = ContactStatus.BLOCKED;
                reason = blockedBy == Side.FAMILY ? "Blocked by the family member." : "Blocked by the person in custody.";
            } else if (restrictedUntil != null) {
                shown = ContactStatus.SUSPENDED;
                until = restrictedUntil;
                reason = "Correspondence is restricted until " + until + ": " + rs.getString("restriction_reason");
            } else if (suspended) {
                shown = ContactStatus.SUSPENDED;
                until = suspendedUntil;
                reason = "Suspended until " + until + ": " + rs.getString("suspension_reason");
            }
        }
        return new Contact(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getObject("inmate_id", UUID.class), rs.getObject("facility_id", UUID.class),
                Relationship.valueOf(rs.getString("relationship")), shown, reason, rs.getString("origin"),
                blockedBy, until,
                rs.getTimestamp("requested_at").toInstant(),
                JdbcTime.instant(rs, "decided_at"));
    }
}
