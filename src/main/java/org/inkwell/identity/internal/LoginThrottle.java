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
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the name stays locked, if it is locked now. */
    public Optional<Duration> lockedFor(String loginKey) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE login_key = :key")
                .param("key", loginKey)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp("locked_until")))
                .optional()
                .flatMap(t -> t)
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** Records a failure; answers true when this failure locked the name. */
    public boolean recordFailure(String loginKey) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                INSERT INTO login_throttle (login_key, consecutive_failures) VALUES (:key, 1)
                ON CONFLICT (login_key) DO UPDATE SET consecutive_failures = login_throttle.consecutive_failures + 1
                RETURNING consecutive_failures
                """)
                .param("key", loginKey)
                .query(Integer.class)
                .single();
        if (failures < MAX_FAILURES) {
            return false;
        }
        jdbc.sql("UPDATE login_throttle SET consecutive_failures = 0, locked_until = :until WHERE login_key = :key")
                .param("until", Timestamp.from(now.plus(LOCK)))
                .param("key", loginKey)
                .update();
        return true;
    }

    public void recordSuccess(String loginKey) {
        jdbc.sql("DELETE FROM login_throttle WHERE login_key = :key").param("key", loginKey).update();
    }
}
