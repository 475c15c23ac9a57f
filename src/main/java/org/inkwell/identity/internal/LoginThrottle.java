package org.inkwell.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts consecutive failed logins per login name; the fifth locks that name for 15 minutes. Names
 * that do not exist are counted too, so a lockout says nothing about whether an account exists.
 * <p>
 * An attempt is counted as a failure when it starts, in one statement that also refuses it if the
 * name is locked; parallel attempts therefore cannot get more than five tries between them. An attempt
 * that turns out right clears the count, unless a later attempt was counted meanwhile: then the count
 * stands, and if that later attempt locked the name the right password is refused too.
 * Statements here run on their own (no surrounding transaction), so no row lock is held while a
 * password hash is compared.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    /** An attempt that may go ahead: the how-manieth consecutive one it is. */
    public record Attempt(String key, int number) {

        public boolean locksTheName() {
            return number >= MAX_FAILURES;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts the attempt and answers it, or empty when the name is locked (see {@link #lockedFor}). */
    public Optional<Attempt> begin(String loginKey) {
        Instant now = clock.instant();
        return jdbc.sql("""
                INSERT INTO login_throttle AS t (login_key, consecutive_failures, locked_until)
                VALUES (:key, 1, CASE WHEN 1 >= :max THEN CAST(:until AS TIMESTAMPTZ) END)
                ON CONFLICT (login_key) DO UPDATE SET
                    consecutive_failures = CASE WHEN t.locked_until IS NULL THEN t.consecutive_failures + 1 ELSE 1 END,
                    locked_until = CASE WHEN (CASE WHEN t.locked_until IS NULL THEN t.consecutive_failures + 1 ELSE 1 END)
                                             >= :max THEN CAST(:until AS TIMESTAMPTZ) END
                WHERE t.locked_until IS NULL OR t.locked_until <= :now
                RETURNING consecutive_failures
                """)
                .param("key", loginKey)
                .param("max", MAX_FAILURES)
                .param("until", Timestamp.from(now.plus(LOCK)))
                .param("now", Timestamp.from(now))
                .query(Integer.class)
                .optional()
                .map(number -> new Attempt(loginKey, number));
    }

    /**
     * The attempt was right: clears the count if no attempt was counted after it. Answers false when a
     * later attempt locked the name meanwhile: the login must then be refused like any while locked.
     */
    public boolean succeeded(Attempt attempt) {
        int cleared = jdbc.sql("""
                UPDATE login_throttle SET consecutive_failures = 0, locked_until = NULL
                WHERE login_key = :key AND consecutive_failures = :number
                """)
                .param("key", attempt.key())
                .param("number", attempt.number())
                .update();
        return cleared == 1 || lockedFor(attempt.key()).isEmpty();
    }

    /** How long the name stays locked, if it is locked now. */
    public Optional<Duration> lockedFor(String loginKey) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE login_key = :key AND locked_until > :now")
                .param("key", loginKey)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> rs.getTimestamp("locked_until").toInstant())
                .optional()
                .map(until -> Duration.between(now, until));
    }

    /** Lifts a lock and forgets the failures; answers whether the name was locked. */
    public boolean unlock(String loginKey) {
        boolean locked = lockedFor(loginKey).isPresent();
        jdbc.sql("DELETE FROM login_throttle WHERE login_key = :key").param("key", loginKey).update();
        return locked;
    }
}
