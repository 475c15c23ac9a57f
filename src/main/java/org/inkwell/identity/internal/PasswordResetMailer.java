package org.inkwell.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.identity.AccountSummary;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.inkwell.platform.InkwellProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles queued requests for a reset link after the request has been answered: looks the address up
 * and, if it has an account that was sent fewer than {@value #MAX_PER_HOUR} links in the last hour,
 * queues a fresh link in the mail outbox. An address without an account, or one over its limit, gets
 * nothing, and the person asking cannot tell.
 */
@Component
public class PasswordResetMailer {

    static final Duration VALIDITY = Duration.ofHours(1);
    static final int MAX_PER_HOUR = 3;
    private static final Logger log = LoggerFactory.getLogger(PasswordResetMailer.class);

    private final PasswordResetRequests requests;
    private final AccountRepository accounts;
    private final MailOutbox mail;
    private final MessageSource texts;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String publicBaseUrl;
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "password-reset-mail");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    PasswordResetMailer(PasswordResetRequests requests, AccountRepository accounts, MailOutbox mail,
            MessageSource texts, AuditLog audit, TransactionTemplate transactions, Clock clock,
            InkwellProperties inkwell) {
        this.requests = requests;
        this.accounts = accounts;
        this.mail = mail;
        this.texts = texts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.publicBaseUrl = inkwell.publicBaseUrl();
    }

    /** Asks for a prompt run after a request committed; runs that pile up collapse into one. */
    public void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpPending.set(false);
                handleAll();
            });
        }
    }

    /** Picks up requests whose wake-up was lost (the process stopped in between). */
    @Scheduled(fixedDelay = 30, timeUnit = TimeUnit.SECONDS)
    void poll() {
        handleAll();
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }

    private void handleAll() {
        try {
            boolean handled;
            do {
                handled = Boolean.TRUE.equals(transactions.execute(status -> handleOldest()));
            } while (handled);
        } catch (RuntimeException e) {
            log.warn("Handling password reset requests failed; they stay queued: {}", e.getMessage());
        }
    }

    /** Handles one request in the caller's transaction; false when none is waiting. */
    private boolean handleOldest() {
        Optional<String> request = requests.takeOldest();
        request.ifPresent(this::handle);
        return request.isPresent();
    }

    private void handle(String email) {
        accounts.openCredentials(email).map(AccountRepository.Credentials::account).ifPresent(account -> {
            Instant now = clock.instant();
            if (accounts.passwordResetsSince(account.id(), now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
                audit.record(new AuditEntry(account.id().toString(), null, "FAMILY", "PASSWORD_RESET_REQUESTED",
                        account.id().toString(), AuditOutcome.DENIED, null, null,
                        "more than " + MAX_PER_HOUR + " reset links in an hour; none sent"));
                return;
            }
            send(account, now);
        });
    }

    private void send(AccountSummary account, Instant now) {
        String token = Tokens.newToken();
        accounts.insertPasswordReset(Tokens.hash(token), account.id(), now, now.plus(VALIDITY));
        Locale locale = Locale.forLanguageTag(account.locale());
        mail.queue(new Mail(account.email(), texts.getMessage("mail.reset.subject", null, locale),
                texts.getMessage("mail.reset.body", new Object[] {account.fullName(),
                        publicBaseUrl + "/reset-password?token=" + token}, locale)));
    }
}
