package org.inkwell.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.contacts.Side;
import org.inkwell.messaging.Direction;
import org.inkwell.messaging.Message;
import org.inkwell.messaging.MessageStatus;
import org.inkwell.messaging.RejectionReason;
import org.inkwell.platform.JdbcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MessageRepository {

    /** Every column but the search vector, which only the archive search reads. */
    static final String COLUMNS = """
            id, contact_id, direction, account_id, inmate_id, facility_id, agency_id, body, characters, units,
            cost_cents, currency, charge_reference, status, risk_score, screening_flags, screening_version,
            submitted_at, decided_at, delivered_at, read_at, rejection_code, privileged, photo_count""";

    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a sent message and, in the same statement, drops the sender's draft on that contact. */
    public void insertClearingDraft(Message m, long screeningVersion, Side draftSide) {
        jdbc.sql("""
                WITH sent_draft AS (DELETE FROM draft WHERE contact_id = :contact AND side = :side)
                INSERT INTO message (id, contact_id, direction, account_id, inmate_id, facility_id, agency_id, body,
                                     characters, units, cost_cents, currency, charge_reference, status, risk_score,
                                     screening_flags, screening_version, submitted_at, privileged, photo_count)
                VALUES (:id, :contact, :direction, :account, :inmate, :facility, :agency, :body, :characters, :units,
                        :cost, :currency, :charge, :status, :risk, :flags, :version, :submitted, :privileged, :photos)
                """)
                .param("id", m.id()).param("contact", m.contactId()).param("direction", m.direction().name())
                .param("account", m.accountId()).param("inmate", m.inmateId()).param("facility", m.facilityId())
                .param("agency", m.agencyId()).param("body", m.body()).param("characters", m.characters())
                .param("units", m.units()).param("cost", m.costCents()).param("currency", m.currency())
                .param("charge", m.chargeReference()).param("status", m.status().name()).param("risk", m.riskScore())
                .param("flags", m.screeningFlags()).param("version", screeningVersion)
                .param("submitted", Timestamp.from(m.submittedAt())).param("side", draftSide.name())
                .param("privileged", m.privileged()).param("photos", m.photoCount())
                .update();
    }

    public Optional<Message> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message WHERE id = :id").param("id", id).query(MessageRepository::map).optional();
    }

    public Optional<Message> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message WHERE id = :id FOR UPDATE").param("id", id)
                .query(MessageRepository::map).optional();
    }

    public List<Message> thread(UUID contactId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message WHERE contact_id = :contact ORDER BY submitted_at, id")
                .param("contact", contactId).query(MessageRepository::map).list();
    }

    public List<Message> inbox(UUID inmateId, int limit) {
        return jdbc.sql("""
                SELECT %s FROM message
                WHERE inmate_id = :inmate AND direction = 'TO_INMATE' AND status IN ('DELIVERED', 'READ')
                ORDER BY delivered_at DESC LIMIT :limit
                """.formatted(COLUMNS))
                .param("inmate", inmateId).param("limit", limit).query(MessageRepository::map).list();
    }

    public List<Message> awaitingPrint(UUID facilityId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM message WHERE facility_id = :facility AND status = 'APPROVED' AND NOT privileged ORDER BY submitted_at")
                .param("facility", facilityId).query(MessageRepository::map).list();
    }

    public List<Message> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM message WHERE id IN (:ids) ORDER BY submitted_at").param("ids", ids)
                .query(MessageRepository::map).list();
    }

    /** How many privileged messages a contact carried, since a time and in all, and when the last was sent. */
    public record PrivilegedVolume(long since, long total, Instant lastAt) {
    }

    /** Per contact of the facility that carried privileged legal mail: its volume, counted without reading any. */
    public java.util.Map<UUID, PrivilegedVolume> privilegedVolumes(UUID facilityId, Instant since) {
        return jdbc.sql("""
                SELECT contact_id, count(*) FILTER (WHERE submitted_at >= :since) AS since, count(*) AS total,
                       max(submitted_at) AS last_at
                FROM message WHERE facility_id = :facility AND privileged GROUP BY contact_id
                """)
                .param("since", Timestamp.from(since)).param("facility", facilityId)
                .query((rs, n) -> java.util.Map.entry(rs.getObject("contact_id", UUID.class), new PrivilegedVolume(
                        rs.getLong("since"), rs.getLong("total"), rs.getTimestamp("last_at").toInstant())))
                .list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        java.util.Map.Entry::getValue));
    }

    /** Moves a message from one status to another; answers whether it was in the expected status. */
    public boolean transition(UUID id, MessageStatus from, MessageStatus to, Instant now, RejectionReason rejection) {
        return jdbc.sql("""
                UPDATE message SET status = :to,
                       decided_at = CASE WHEN :from = 'IN_REVIEW' THEN CAST(:now AS TIMESTAMPTZ) ELSE decided_at END,
                       delivered_at = CASE WHEN :to = 'DELIVERED' THEN CAST(:now AS TIMESTAMPTZ) ELSE delivered_at END,
                       read_at = CASE WHEN :to = 'READ' THEN CAST(:now AS TIMESTAMPTZ) ELSE read_at END,
                       rejection_code = :rejection
                WHERE id = :id AND status = :from
                """)
                .param("to", to.name()).param("from", from.name()).param("now", Timestamp.from(now))
                .param("rejection", rejection == null ? null : rejection.name()).param("id", id)
                .update() == 1;
    }

    /**
     * The recipient reads a delivered message: marked READ in one statement, answered as it now stands. Empty
     * when it is not a delivered message of theirs, or was read already. The {@code recipient} is the person
     * inside for a message {@code TO_INMATE}, the family's account for one {@code FROM_INMATE}.
     */
    public Optional<Message> markRead(UUID id, Direction direction, UUID recipient, Instant now) {
        return jdbc.sql("""
                UPDATE message SET status = 'READ', read_at = :now
                WHERE id = :id AND status = 'DELIVERED' AND direction = :direction
                  AND CASE direction WHEN 'TO_INMATE' THEN inmate_id ELSE account_id END = :recipient
                RETURNING %s
                """.formatted(COLUMNS))
                .param("now", Timestamp.from(now)).param("id", id).param("direction", direction.name())
                .param("recipient", recipient)
                .query(MessageRepository::map).optional();
    }

    static Message map(ResultSet rs, int row) throws SQLException {
        String rejection = rs.getString("rejection_code");
        return new Message(
                rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
                Direction.valueOf(rs.getString("direction")), rs.getObject("account_id", UUID.class),
                rs.getObject("inmate_id", UUID.class), rs.getObject("facility_id", UUID.class),
                rs.getObject("agency_id", UUID.class), rs.getString("body"), rs.getInt("characters"),
                rs.getInt("units"), rs.getLong("cost_cents"), rs.getString("currency"),
                rs.getString("charge_reference"), MessageStatus.valueOf(rs.getString("status")),
                rs.getInt("risk_score"), rs.getString("screening_flags"), JdbcTime.instant(rs, "submitted_at"),
                JdbcTime.instant(rs, "decided_at"), JdbcTime.instant(rs, "delivered_at"), JdbcTime.instant(rs, "read_at"),
                rejection == null ? null : RejectionReason.valueOf(rejection), rs.getBoolean("privileged"),
                rs.getInt("photo_count"));
    }
}
