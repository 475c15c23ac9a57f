package org.inkwell.legal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.legal.LetterDirection;
import org.inkwell.legal.PrivilegedLetters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The privileged letters' SQL. Every read of a body names the party it is for in its WHERE clause, or is
 * the sealed print path's read of one batch.
 */
@Repository
public class PrivilegedLetterRepository {

    /** A letter to a person inside, as its sealed sheet is printed. */
    public record PaperLetter(UUID messageId, UUID accountId, UUID inmateId, String body, Instant storedAt) {
    }

    /** A letter waiting for a legal print batch: which person it goes to, nothing of what it says. */
    public record Waiting(UUID messageId, UUID inmateId) {
    }

    private final JdbcClient jdbc;

    PrivilegedLetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PrivilegedLetters.Letter letter) {
        jdbc.sql("""
                INSERT INTO privileged_letter (message_id, account_id, inmate_id, facility_id, direction, body, stored_at,
                                               on_paper)
                VALUES (:message, :account, :inmate, :facility, :direction, :body, :stored, :paper)
                """)
                .param("message", letter.messageId()).param("account", letter.accountId())
                .param("inmate", letter.inmateId()).param("facility", letter.facilityId())
                .param("direction", letter.direction().name()).param("body", letter.body())
                .param("stored", Timestamp.from(letter.storedAt())).param("paper", letter.onPaper())
                .update();
    }

    public Map<UUID, String> bodiesOfAccount(UUID accountId, Collection<UUID> messageIds) {
        return bodies(jdbc.sql("SELECT message_id, body FROM privileged_letter WHERE message_id IN (:ids) AND account_id = :party")
                .param("ids", messageIds).param("party", accountId));
    }

    public Map<UUID, String> bodiesOfInmate(UUID inmateId, Collection<UUID> messageIds) {
        return bodies(jdbc.sql("SELECT message_id, body FROM privileged_letter WHERE message_id IN (:ids) AND inmate_id = :party")
                .param("ids", messageIds).param("party", inmateId));
    }

    public int erase(Collection<UUID> messageIds, Instant now) {
        return jdbc.sql("UPDATE privileged_letter SET body = '', erased_at = :now WHERE message_id IN (:ids) AND erased_at IS NULL")
                .param("now", Timestamp.from(now)).param("ids", messageIds).update();
    }

    /** Letters to people at the facility that wait for paper and are in no legal print batch yet. */
    public List<Waiting> awaitingPrint(UUID facilityId) {
        return jdbc.sql("""
                SELECT l.message_id, l.inmate_id FROM privileged_letter l
                WHERE l.facility_id = :facility AND l.on_paper AND l.direction = :direction AND l.erased_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM legal_print_batch_item i WHERE i.message_id = l.message_id)
                ORDER BY l.stored_at, l.message_id
                """)
                .param("facility", facilityId).param("direction", LetterDirection.TO_INMATE.name())
                .query((rs, n) -> new Waiting(rs.getObject("message_id", UUID.class), rs.getObject("inmate_id", UUID.class)))
                .list();
    }

    /** The letters of one legal print batch, for its sealed sheets. */
    public List<PaperLetter> ofBatch(UUID batchId) {
        return jdbc.sql("""
                SELECT l.message_id, l.account_id, l.inmate_id, l.body, l.stored_at
                FROM legal_print_batch_item i JOIN privileged_letter l ON l.message_id = i.message_id
                WHERE i.batch_id = :batch ORDER BY l.stored_at, l.message_id
                """)
                .param("batch", batchId).query(PrivilegedLetterRepository::paper).list();
    }

    private static Map<UUID, String> bodies(JdbcClient.StatementSpec statement) {
        return statement.query((rs, n) -> Map.entry(rs.getObject("message_id", UUID.class), rs.getString("body")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static PaperLetter paper(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PaperLetter(rs.getObject("message_id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getObject("inmate_id", UUID.class), rs.getString("body"), rs.getTimestamp("stored_at").toInstant());
    }
}
