package org.inkwell.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.identity.AccountStatus;
import org.inkwell.identity.AccountSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    public record Credentials(AccountSummary account, String passwordHash) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM account WHERE lower(email) = lower(:email))")
                .param("email", email).query(Boolean.class).single();
    }

    public void insert(UUID id, String email, String passwordHash, String fullName, boolean verified, String locale,
            Instant now) {
        jdbc.sql("""
                INSERT INTO account (id, email, password_hash, full_name, email_verified, locale, created_at, updated_at)
                VALUES (:id, :email, :hash, :name, :verified, :locale, :now, :now)
                """)
                .param("locale", locale)
                .param("id", id)
                .param("email", email)
                .param("hash", passwordHash)
                .param("name", fullName)
                .param("verified", verified)
                .param("now", Timestamp.from(now))
                .update();
    }

    public Optional<AccountSummary> find(UUID id) {
        return jdbc.sql("SELECT * FROM account WHERE id = :id").param("id", id).query(AccountRepository::map).optional();
    }

    /** The account, its row locked until the transaction ends. */
    public Optional<AccountSummary> lock(UUID id) {
        return jdbc.sql("SELECT * FROM account WHERE id = :id FOR UPDATE").param("id", id).query(AccountRepository::map).optional();
    }

    public List<AccountSummary> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM account WHERE id IN (:ids)").param("ids", ids).query(AccountRepository::map).list();
    }

    public Optional<Credentials> credentials(String email) {
        return jdbc.sql("SELECT * FROM account WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query((rs, n) -> new Credentials(map(rs, n), rs.getString("password_hash")))
                .optional();
    }

    /** As {@link #credentials(String)}, for logging in and resetting a password: a closed account is not found. */
    public Optional<Credentials> openCredentials(String email) {
        return jdbc.sql("SELECT * FROM account WHERE lower(email) = lower(:email) AND status = 'ACTIVE'")
                .param("email", email)
                .query((rs, n) -> new Credentials(map(rs, n), rs.getString("password_hash")))
                .optional();
    }

    /** The account's status, its row locked until the transaction ends. */
    public Optional<AccountStatus> lockStatus(UUID id) {
        return jdbc.sql("SELECT status FROM account WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, n) -> AccountStatus.valueOf(rs.getString("status"))).optional();
    }

    public void markClosed(UUID id, Instant now) {
        jdbc.sql("UPDATE account SET status = 'CLOSED', closed_at = :now, updated_at = :now WHERE id = :id AND status = 'ACTIVE'")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Closed accounts whose personal data is still there, oldest closure first. */
    public List<UUID> closedNotErased() {
        return jdbc.sql("SELECT id FROM account WHERE status = 'CLOSED' AND erased_at IS NULL ORDER BY closed_at")
                .query(UUID.class).list();
    }

    /**
     * Replaces the closed account's name, email and password hash with values that identify no one, and the
     * name its sessions were issued under. False when it is not closed or already erased.
     */
    public boolean erase(UUID id, String placeholderName, String placeholderEmail, String unusableHash, Instant now) {
        int erased = jdbc.sql("""
                UPDATE account SET full_name = :name, email = :email, password_hash = :hash, email_verified = FALSE,
                                   erased_at = :now, updated_at = :now
                WHERE id = :id AND status = 'CLOSED' AND erased_at IS NULL
                """)
                .param("name", placeholderName).param("email", placeholderEmail).param("hash", unusableHash)
                .param("now", Timestamp.from(now)).param("id", id).update();
        if (erased == 0) {
            return false;
        }
        jdbc.sql("UPDATE api_token SET subject_name = :name WHERE subject_id = :id")
                .param("name", placeholderName).param("id", id).update();
        return true;
    }

    public Optional<String> passwordHash(UUID id) {
        return jdbc.sql("SELECT password_hash FROM account WHERE id = :id").param("id", id).query(String.class).optional();
    }

    /** Sets a new password; every reset link still outstanding stops working, whichever way it changed. */
    public void setPasswordHash(UUID id, String hash, Instant now) {
        jdbc.sql("UPDATE account SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .param("hash", hash).param("now", Timestamp.from(now)).param("id", id).update();
        jdbc.sql("""
                UPDATE password_reset SET revoked_at = :now
                WHERE account_id = :id AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                """)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    public void markVerified(UUID id, Instant now) {
        jdbc.sql("UPDATE account SET email_verified = TRUE, updated_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    public void insertVerification(byte[] tokenHash, UUID accountId, Instant expiresAt) {
        jdbc.sql("INSERT INTO email_verification (token_hash, account_id, expires_at) VALUES (:hash, :account, :expires)")
                .param("hash", tokenHash)
                .param("account", accountId)
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    public boolean verificationUsable(byte[] tokenHash, Instant now) {
        return jdbc.sql("SELECT count(*) FROM email_verification WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single() > 0;
    }

    /** Expiry times of the account's links expiring after {@code after}, newest last. */
    public List<Instant> verificationExpiries(UUID accountId, Instant after) {
        return jdbc.sql("SELECT expires_at FROM email_verification WHERE account_id = :account AND expires_at > :after ORDER BY expires_at")
                .param("account", accountId)
                .param("after", Timestamp.from(after))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    /** Uses up an unexpired, unused verification token; answers its account. */
    public Optional<UUID> consumeVerification(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                UPDATE email_verification SET used_at = :now
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                RETURNING account_id
                """)
                .param("now", Timestamp.from(now))
                .param("hash", tokenHash)
                .query(UUID.class)
                .optional();
    }

    public void insertPasswordReset(byte[] tokenHash, UUID accountId, Instant now, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO password_reset (token_hash, account_id, created_at, expires_at)
                VALUES (:hash, :account, :now, :expires)
                """)
                .param("hash", tokenHash).param("account", accountId).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt)).update();
    }

    /**
     * How many reset links the account was sent since then. Locks the account's row first, so requests
     * handled at the same time on several instances are counted one after the other.
     */
    public int passwordResetsSince(UUID accountId, Instant since) {
        jdbc.sql("SELECT id FROM account WHERE id = :id FOR UPDATE").param("id", accountId).query(UUID.class).optional();
        return jdbc.sql("SELECT count(*) FROM password_reset WHERE account_id = :account AND created_at > :since")
                .param("account", accountId).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Uses up an unexpired, unused, unrevoked reset token; answers its account. */
    public Optional<UUID> consumePasswordReset(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                UPDATE password_reset SET used_at = :now
                WHERE token_hash = :hash AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                RETURNING account_id
                """)
                .param("now", Timestamp.from(now)).param("hash", tokenHash).query(UUID.class).optional();
    }

    /**
     * For each of the accounts whose email domain is used by exactly one other account (and so by no
     * public mail service), that other account.
     */
    public List<Map.Entry<UUID, UUID>> alonePairsOnEmailDomain(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH mine AS (SELECT id, lower(split_part(email, '@', 2)) AS domain FROM account WHERE id IN (:ids)),
                     alone AS (SELECT DISTINCT m.domain FROM mine m
                               WHERE (SELECT count(*) FROM (SELECT 1 FROM account a
                                                            WHERE lower(split_part(a.email, '@', 2)) = m.domain
                                                            LIMIT 3) up_to_three) = 2)
                SELECT m.id AS account, o.id AS other
                FROM mine m JOIN alone d ON d.domain = m.domain
                            JOIN account o ON lower(split_part(o.email, '@', 2)) = m.domain AND o.id <> m.id
                """)
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("account", UUID.class), rs.getObject("other", UUID.class)))
                .list();
    }

    private static AccountSummary map(ResultSet rs, int row) throws SQLException {
        return new AccountSummary(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("full_name"),
                rs.getBoolean("email_verified"), rs.getString("locale"));
    }
}
