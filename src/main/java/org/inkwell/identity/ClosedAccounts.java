package org.inkwell.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.identity.internal.AccountRepository;
import org.inkwell.identity.internal.TokenStore;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * A family member closing their account, and erasing its personal data once nothing of it is kept. A
 * closed account cannot log in (it answers as an unknown one) and its email stays taken until it is
 * erased; then name, email and password hash are replaced by values that identify no one, and the row
 * stays for the ledger and the messages that refer to its id. The other modules' part of a closure is
 * put together in {@code org.inkwell.records.AccountClosures}.
 */
@Service
public class ClosedAccounts {

    /** What staff see where the name was; V37's contact history trigger lets exactly this name replace another. */
    public static final String ERASED_NAME = "Closed account";

    private final AccountRepository accounts;
    private final TokenStore tokens;
    private final PasswordEncoder hashes;
    private final AuditLog audit;
    private final Clock clock;
    /** A hash of a password nobody knows: an erased account keeps no trace of the real one. */
    private final SingletonSupplier<String> unusableHash;

    ClosedAccounts(AccountRepository accounts, TokenStore tokens, PasswordEncoder hashes, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.hashes = hashes;
        this.audit = audit;
        this.clock = clock;
        this.unusableHash = SingletonSupplier.of(() -> hashes.encode("erased-" + UUID.randomUUID() + UUID.randomUUID()));
    }

    /** Refuses (403) unless the password is the family member's own; the failure is audited, never the password. */
    public void confirmPassword(Caller family, String password) {
        requireFamily(family);
        String hash = accounts.passwordHash(family.id()).orElseThrow(() -> ApiException.notFound("No such account."));
        if (password == null || !hashes.matches(password, hash)) {
            audit.recordRefusal(entry(family.id(), "ACCOUNT_CLOSE", AuditOutcome.FAILURE).withDetail("wrong password"));
            throw ApiException.forbidden("account.close-wrong-password", "The password is not right. Nothing was changed.");
        }
    }

    /** Locks the account until the transaction ends; 409 when it is closed already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockOpen(UUID accountId) {
        AccountStatus status = accounts.lockStatus(accountId).orElseThrow(() -> ApiException.notFound("No such account."));
        if (status != AccountStatus.ACTIVE) {
            throw ApiException.conflict("account.closed", "This account is closed.");
        }
    }

    /** Marks the account closed and ends every session of it, the current one included. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void close(Caller family, String detail) {
        requireFamily(family);
        accounts.markClosed(family.id(), clock.instant());
        tokens.revokeAllOf(family.id(), null);
        audit.record(entry(family.id(), "ACCOUNT_CLOSED", AuditOutcome.SUCCESS).withDetail(detail));
    }

    /** Closed accounts whose personal data has not been erased yet. */
    public List<UUID> awaitingErasure() {
        return accounts.closedNotErased();
    }

    /** Erases a closed account's personal data; false when it is not closed or already erased. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean erase(UUID accountId) {
        boolean erased = accounts.erase(accountId, ERASED_NAME, placeholderEmail(accountId), unusableHash.obtain(),
                clock.instant());
        if (erased) {
            audit.record(new AuditEntry(null, "Retention", "SYSTEM", "ACCOUNT_ERASED", accountId.toString(),
                    AuditOutcome.SUCCESS, null, null, "name, email and password erased"));
        }
        return erased;
    }

    /** The address an erased account has instead of its own: unique, and never deliverable ({@code .invalid}). */
    public static String placeholderEmail(UUID accountId) {
        return "closed-" + accountId + "@invalid";
    }

    private static void requireFamily(Caller caller) {
        if (!caller.is(Role.FAMILY)) {
            throw ApiException.forbidden("Only a family account can be closed.");
        }
    }

    /** Names the account by id only: the audit log is never erased, so it must not keep the name. */
    private static AuditEntry entry(UUID accountId, String action, AuditOutcome outcome) {
        return new AuditEntry(accountId.toString(), null, Role.FAMILY.name(), action, accountId.toString(), outcome,
                null, null, null);
    }
}
