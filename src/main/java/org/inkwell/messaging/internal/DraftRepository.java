package org.inkwell.messaging.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.contacts.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DraftRepository {

    public record Draft(String body, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    DraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(UUID contactId, Side side, String body, Instant now) {
        jdbc.sql("""
                INSERT INTO draft (contact_id, side, body, updated_at) VALUES (:contact, :side, :body, :now)
                ON CONFLICT (contact_id, side) DO UPDATE SET body = :body, updated_at = :now
                """)
                .param("contact", contactId).param("side", side.name()).param("body", body).param("now", Timestamp.from(now))
                .update();
    }

    public Optional<Draft> find(UUID contactId, Side side) {
        return jdbc.sql("SELECT body, updated_at FROM draft WHERE contact_id = :contact AND side = :side")
                .param("contact", contactId).param("side", side.name())
                .query((rs, n) -> new Draft(rs.getString("body"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    public void delete(UUID contactId, Side side) {
        jdbc.sql("DELETE FROM draft WHERE contact_id = :contact AND side = :side")
                .param("contact", contactId).param("side", side.name()).update();
    }
}
