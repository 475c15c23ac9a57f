package org.inkwell.investigations.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ItemRepository {

    public record Item(UUID messageId, Instant addedAt) {
    }

    private final JdbcClient jdbc;

    ItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the message was already in the case. */
    public boolean add(UUID caseId, UUID messageId, UUID by, Instant at) {
        return jdbc.sql("""
                INSERT INTO investigation_item (case_id, message_id, added_at, added_by) VALUES (:case, :message, :at, :by)
                ON CONFLICT DO NOTHING
                """)
                .param("case", caseId).param("message", messageId).param("at", Timestamp.from(at)).param("by", by)
                .update() == 1;
    }

    public List<Item> ofCase(UUID caseId) {
        return jdbc.sql("SELECT message_id, added_at FROM investigation_item WHERE case_id = :case ORDER BY added_at, message_id")
                .param("case", caseId)
                .query((rs, n) -> new Item(rs.getObject("message_id", UUID.class), rs.getTimestamp("added_at").toInstant()))
                .list();
    }
}
