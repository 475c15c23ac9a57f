package org.inkwell.identity;

import java.time.Clock;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.identity.internal.AccountRepository;
import org.inkwell.identity.internal.PasswordPolicy;
import org.inkwell.identity.internal.PasswordResetMailer;
import org.inkwell.identity.internal.PasswordResetRequests;
import org.inkwell.identity.internal.TokenStore;
import org.inkwell.identity.internal.Tokens;
import org.inkwell.platform.ApiException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A forgotten password: a single-use link by email, valid an hour, at most three an hour per account.
 * Asking only queues the request, so the answer and the time it takes are the same whether or not the
 * address has an account; the link is sent after the answer. Using a link ends every session of the
 * account, and any change of password makes every other outstanding link useless.
 */
@Service
public class PasswordResets {

    private static final int MAX_EMAIL = 254;
    private static final String LINK_UNUSABLE = "reset.link-unusable";

    private final AccountRepository accounts;
    private final PasswordResetRequests requests;
    private final PasswordResetMailer mailer;
    private final PasswordPolicy policy;
    private final PasswordEncoder hashes;
    private final TokenStore tokens;
    private final AuditLog audit;
    private final Clock clock;

    PasswordResets(AccountRepository accounts, PasswordResetRequests requests, PasswordResetMailer mailer,
            PasswordPolicy policy, PasswordEncoder hashes, TokenStore tokens, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.requests = requests;
        this.mailer = mailer;
        this.policy = policy;
        this.hashes = hashes;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void request(String email) {
        String address = email == null ? "" : email.trim();
        if (address.length() <= MAX_EMAIL) {
            requests.add(address, clock.instant());
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                mailer.wakeUp();
            }
        });
    }

    @Transactional
    public void reset(String token, String newPassword) {
        if (!Tokens.wellFormed(token)) {
            throw ApiException.invalidField(LINK_UNUSABLE, "token", "is unknown, already used or expired; ask for a new link");
        }
        policy.check("newPassword", newPassword);
        var accountId = accounts.consumePasswordReset(Tokens.hash(token), clock.instant())
                .orElseThrow(() -> ApiException.invalidField(LINK_UNUSABLE, "token",
                        "is unknown, already used or expired; ask for a new link"));
        accounts.setPasswordHash(accountId, hashes.encode(newPassword), clock.instant());
        tokens.revokeAllOf(accountId, null);
        audit.record(new AuditEntry(accountId.toString(), null, "FAMILY", "PASSWORD_RESET", accountId.toString(),
                AuditOutcome.SUCCESS, null, null, null));
    }
}
