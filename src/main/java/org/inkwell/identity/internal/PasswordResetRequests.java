package org.inkwell.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests for a reset link, queued by the request and taken one at a time by {@link PasswordResetMailer}. */
@Repository
public class PasswordResetRequests {

    private final JdbcClient jdbc;

    PasswordResetRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String email, Instant now) {
        jdbc.sql("INSERT INTO password_reset_request (email, requested_at) VALUES (:email, :now)")
                .param("email", email).param("now", Timestamp.from(now)).update();
    }

    /** Removes and answers the address of the oldest request no other instance is handling; it comes back if the transaction fails. */
    Optional<String> takeOldest() {
        return jdbc.sql("""
                DELETE FROM password_reset_request
                WHERE id = (SELECT id FROM password_reset_request ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING email
                """)
                .query(String.class)
                .optional();
    }
}
