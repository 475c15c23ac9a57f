package org.inkwell.messaging.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** When a family last opened each conversation, and the replies delivered to them since. */
@Repository
public class OpenedConversations {

    private final JdbcClient jdbc;

    OpenedConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void opened(UUID contactId, Instant now) {
        jdbc.sql("""
                INSERT INTO conversation_opened (contact_id, opened_at) VALUES (:contact, :now)
                ON CONFLICT (contact_id) DO UPDATE SET opened_at = GREATEST(conversation_opened.opened_at, :now)
                """)
                .param("contact", contactId).param("now", Timestamp.from(now))
                .update();
    }

    /** Per contact, the replies delivered since it was last opened (all of them if it never was); absent: none. */
    public Map<UUID, Integer> newReplies(Collection<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        record Count(UUID contact, int replies) {
        }
        return jdbc.sql("""
                SELECT m.contact_id, count(*) AS replies
                FROM message m LEFT JOIN conversation_opened o ON o.contact_id = m.contact_id
                WHERE m.contact_id IN (:contacts) AND m.direction = 'FROM_INMATE' AND m.status IN ('DELIVERED', 'READ')
                  AND (o.opened_at IS NULL OR m.delivered_at > o.opened_at)
                GROUP BY m.contact_id
                """)
                .param("contacts", contactIds)
                .query((rs, n) -> new Count(rs.getObject("contact_id", UUID.class), rs.getInt("replies")))
                .list().stream().collect(Collectors.toMap(Count::contact, Count::replies));
    }
}
