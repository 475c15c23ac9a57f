package org.inkwell.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.identity.internal.AccountRepository;
import org.inkwell.identity.internal.PasswordPolicy;
import org.inkwell.identity.internal.TokenStore;
import org.inkwell.identity.internal.Tokens;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.inkwell.platform.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password: a single-use link by email, valid an hour. Asking answers the same whether or
 * not the address has an account; using the link ends every session of the account.
 */
@Service
public class PasswordResets {

    static final Duration VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder hashes;
    private final TokenStore tokens;
    private final MailOutbox mail;
    private final MessageSource texts;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicBaseUrl;

    PasswordResets(AccountRepository accounts, PasswordPolicy policy,
            PasswordEncoder hashes, TokenStore tokens, MailOutbox mail,
            MessageSource texts, AuditLog audit, Clock clock, @Value("${inkwell.public-base-url}") String publicBaseUrl) {
        this.accounts = accounts;
        this.policy = policy;
        this.hashes = hashes;
        this.tokens = tokens;
        this.mail = mail;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Transactional
    public void request(String email) {
        accounts.credentials(email == null ? "" : email.trim()).ifPresent(found -> {
            String token = Tokens.newToken();
            accounts.insertPasswordReset(Tokens.hash(token), found.account().id(), clock.instant().plus(VALIDITY));
            Locale locale = Locale.forLanguageTag(found.account().locale());
            mail.queue(new Mail(found.account().email(), texts.getMessage("mail.reset.subject", null, locale),
                    texts.getMessage("mail.reset.body", new Object[] {found.account().fullName(),
                            publicBaseUrl + "/reset-password?token=" + token}, locale)));
        });
    }

    @Transactional
    public void reset(String token, String newPassword) {
        if (!Tokens.wellFormed(token)) {
            throw ApiException.invalidField("token", "is unknown, already used or expired; ask for a new link");
        }
        policy.check("newPassword", newPassword);
        var accountId = accounts.consumePasswordReset(Tokens.hash(token), clock.instant())
                .orElseThrow(() -> ApiException.invalidField("token", "is unknown, already used or expired; ask for a new link"));
        accounts.setPasswordHash(accountId, hashes.encode(newPassword), clock.instant());
        tokens.revokeAllOf(accountId, null);
        audit.record(new AuditEntry(accountId.toString(), null, "FAMILY", "PASSWORD_RESET", accountId.toString(),
                AuditOutcome.SUCCESS, null, null, null));
    }
}
