package org.inkwell.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency keys (docs/api.md, "Conventions"), as {@link IdempotentRequests} keeps them: the only caller of
 * what is here, so every keyed request takes the same path. Work done in one transaction writes its key once,
 * with its answer, at the end of that transaction ({@link #store}): the effect and the stored answer commit
 * together, and of two requests with one key only one can store it (the other's insert waits for the first
 * to commit, finds the key taken, and that request is rolled back and answered from the stored row). Work
 * that spans several transactions (a call to a payment gateway between them) claims the key first with a
 * short lease ({@link #claim}) and releases it when it cannot finish, so a retry resumes the work.
 */
@Service
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final Duration LEASE = Duration.ofSeconds(30);
    /** Keys are answered for at least a day; older ones are cleared. */
    static final Duration RETENTION = Duration.ofHours(48);

    /** The answer given the first time. */
    record Replay(int status, String body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Idempotency(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Refuses a missing or malformed key: 1 to 255 printable ASCII characters. */
    public static String requireValidKey(String key) {
        if (key == null || key.isEmpty()) {
            throw ApiException.invalidField(HEADER, "the Idempotency-Key header is required");
        }
        if (key.length() > 255 || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw ApiException.invalidField(HEADER, "must be 1 to 255 printable ASCII characters");
        }
        return key;
    }

    /** What makes two requests "the same": method, path and body. */
    public static byte[] fingerprint(String method, String path, String body) {
        MessageDigest digest = Sha256.digest();
        digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(body.getBytes(StandardCharsets.UTF_8));
        return digest.digest();
    }

    /**
     * Claims the key for staged work in the current transaction. Empty: go ahead and do the work (for the
     * first time, or resuming work whose earlier attempt stopped half-way). Present: the answer already
     * given, to be returned as it is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Replay> claim(UUID owner, String key, byte[] fingerprint) {
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                INSERT INTO idempotency_key (owner_id, key, fingerprint, status, created_at, locked_until)
                VALUES (:owner, :key, :fingerprint, 'IN_PROGRESS', :now, :lockedUntil)
                ON CONFLICT (owner_id, key) DO NOTHING
                """)
                .param("owner", owner)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("now", Timestamp.from(now))
                .param("lockedUntil", Timestamp.from(now.plus(LEASE)))
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        Stored stored = jdbc.sql("""
                SELECT fingerprint, status, response_status, response_body, locked_until
                FROM idempotency_key WHERE owner_id = :owner AND key = :key FOR UPDATE
                """)
                .param("owner", owner)
                .param("key", key)
                .query(Idempotency::stored)
                .single();
        requireSameRequest(stored, fingerprint);
        if (stored.done()) {
            return Optional.of(stored.replay());
        }
        if (stored.lockedUntil().isAfter(now)) {
            throw stillInProgress();
        }
        jdbc.sql("UPDATE idempotency_key SET locked_until = :lockedUntil WHERE owner_id = :owner AND key = :key")
                .param("lockedUntil", Timestamp.from(now.plus(LEASE)))
                .param("owner", owner)
                .param("key", key)
                .update();
        return Optional.empty();
    }

    /** Stores the answer of claimed staged work; from now on every retry gets it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void complete(UUID owner, String key, int status, String body) {
        jdbc.sql("""
                UPDATE idempotency_key SET status = 'DONE', response_status = :status, response_body = :body
                WHERE owner_id = :owner AND key = :key
                """)
                .param("status", status)
                .param("body", body)
                .param("owner", owner)
                .param("key", key)
                .update();
    }

    /**
     * Stores the key with its answer in the current transaction, in one write; false when the key is taken
     * already (by an earlier request, or by a parallel one that committed first), and then nothing is written
     * and the caller's work must roll back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean store(UUID owner, String key, byte[] fingerprint, int status, String body) {
        return insertDone(owner, key, fingerprint, status, body);
    }

    /**
     * The answer stored for this key by the request that took it; empty when none is stored (the key is free
     * again). Refuses another request's key (422) and one whose staged work is still under way (409).
     */
    Optional<Replay> answered(UUID owner, String key, byte[] fingerprint) {
        return jdbc.sql("""
                SELECT fingerprint, status, response_status, response_body, locked_until
                FROM idempotency_key WHERE owner_id = :owner AND key = :key
                """)
                .param("owner", owner)
                .param("key", key)
                .query(Idempotency::stored)
                .optional()
                .map(stored -> {
                    requireSameRequest(stored, fingerprint);
                    if (!stored.done()) {
                        throw stillInProgress();
                    }
                    return stored.replay();
                });
    }

    /** Gives the key up without an answer, so a retry resumes at once rather than after the lease. */
    @Transactional(propagation = Propagation.MANDATORY)
    void release(UUID owner, String key) {
        jdbc.sql("UPDATE idempotency_key SET locked_until = :now WHERE owner_id = :owner AND key = :key AND status = 'IN_PROGRESS'")
                .param("now", Timestamp.from(clock.instant()))
                .param("owner", owner)
                .param("key", key)
                .update();
    }

    /**
     * Stores a refusal whose own transaction rolled back: a retry gets the same refusal. Called after that
     * rollback, never inside it. False when the key was taken meanwhile: the taker's answer stands.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean storeRefused(UUID owner, String key, byte[] fingerprint, int status, String body) {
        return insertDone(owner, key, fingerprint, status, body);
    }

    private boolean insertDone(UUID owner, String key, byte[] fingerprint, int status, String body) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                INSERT INTO idempotency_key (owner_id, key, fingerprint, status, response_status, response_body,
                                             created_at, locked_until)
                VALUES (:owner, :key, :fingerprint, 'DONE', :status, :body, :now, :now)
                ON CONFLICT (owner_id, key) DO NOTHING
                """)
                .param("owner", owner)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("status", status)
                .param("body", body)
                .param("now", now)
                .update() == 1;
    }

    private static void requireSameRequest(Stored stored, byte[] fingerprint) {
        if (!Arrays.equals(stored.fingerprint(), fingerprint)) {
            throw ApiException.unprocessable(
                    "This Idempotency-Key was already used for a different request; use a new key.");
        }
    }

    private static ApiException stillInProgress() {
        return ApiException.conflict("A request with this Idempotency-Key is still being processed; retry shortly.");
    }

    private static Stored stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Stored(rs.getBytes("fingerprint"), rs.getString("status"), rs.getInt("response_status"),
                rs.getString("response_body"), rs.getTimestamp("locked_until").toInstant());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void forgetOldKeys() {
        jdbc.sql("DELETE FROM idempotency_key WHERE created_at < :cutoff AND status = 'DONE'")
                .param("cutoff", Timestamp.from(clock.instant().minus(RETENTION)))
                .update();
    }

    private record Stored(byte[] fingerprint, String status, int responseStatus, String responseBody,
                          Instant lockedUntil) {

        boolean done() {
            return status.equals("DONE");
        }

        Replay replay() {
            return new Replay(responseStatus, responseBody);
        }
    }
}
