package org.inkwell.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address, whatever name they tried: after {@code limit} failures in 15
 * minutes from one address, its logins are refused until the window ends. Counted in the database, so
 * that several instances of the service share the count; like {@link LoginThrottle}, an attempt counts
 * when it starts and gives its count back when it turns out right.
 */
@Component
public class SourceThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SourceThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts an attempt from the source; empty if it may go ahead, else how long until the window ends. */
    public Optional<Duration> begin(String sourceKey, int limit) {
        Instant now = clock.instant();
        boolean counted = jdbc.sql("""
                INSERT INTO login_source AS s (source_key, window_start, failures) VALUES (:key, :now, 1)
                ON CONFLICT (source_key) DO UPDATE SET
                    window_start = CASE WHEN s.window_start <= :expired THEN :now ELSE s.window_start END,
                    failures = CASE WHEN s.window_start <= :expired THEN 1 ELSE s.failures + 1 END
                WHERE s.window_start <= :expired OR s.failures < :limit
                """)
                .param("key", sourceKey)
                .param("now", Timestamp.from(now))
                .param("expired", Timestamp.from(now.minus(WINDOW)))
                .param("limit", limit)
                .update() == 1;
        if (counted) {
            return Optional.empty();
        }
        Instant windowEnd = jdbc.sql("SELECT window_start FROM login_source WHERE source_key = :key")
                .param("key", sourceKey)
                .query((rs, n) -> rs.getTimestamp(1).toInstant().plus(WINDOW))
                .optional()
                .orElse(now);
        return Optional.of(Duration.between(now, windowEnd).isNegative() ? Duration.ofSeconds(1)
                : Duration.between(now, windowEnd));
    }

    /** The attempt was not a failure after all (right credentials, or refused for another reason). */
    public void giveBack(String sourceKey) {
        jdbc.sql("UPDATE login_source SET failures = failures - 1 WHERE source_key = :key AND failures > 0")
                .param("key", sourceKey)
                .update();
    }

    /** Forgets windows that ended, so addresses seen once do not stay forever. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void forgetEnded() {
        jdbc.sql("DELETE FROM login_source WHERE window_start <= :expired")
                .param("expired", Timestamp.from(clock.instant().minus(WINDOW)))
                .update();
    }
}
