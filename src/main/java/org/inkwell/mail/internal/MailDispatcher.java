package org.inkwell.mail.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.inkwell.mail.Mail;
import org.inkwell.platform.InkwellProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued mail. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} and a short lease, so any
 * number of service instances can run this at once and each mail goes to one of them. A mail whose
 * sender died mid-send is retried when the lease runs out.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailTransport transport;
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "mail-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final AtomicBoolean warnedUnconfigured = new AtomicBoolean();

    MailDispatcher(JdbcClient jdbc, Clock clock, SmtpProperties smtp, InkwellProperties inkwell) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transport = inkwell.demo() ? new CapturingTransport() : new SmtpTransport(smtp);
    }

    /** Asks for a prompt run after a commit that queued mail; runs that pile up collapse into one. */
    public void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpPending.set(false);
                dispatchSafely();
            });
        }
    }

    @Scheduled(fixedDelayString = "${inkwell.mail.poll-interval:PT5S}")
    void poll() {
        dispatchSafely();
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }

    private void dispatchSafely() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            log.warn("Mail dispatch failed; queued mail stays queued: {}", e.getMessage());
        }
    }

    private void dispatch() {
        if (!transport.ready()) {
            if (warnedUnconfigured.compareAndSet(false, true)) {
                log.warn("No SMTP server configured (INKWELL_SMTP_HOST): outgoing mail stays queued");
            }
            return;
        }
        List<Queued> batch;
        do {
            batch = claim();
            batch.forEach(this::deliver);
        } while (batch.size() == BATCH);
    }

    private List<Queued> claim() {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE outbound_mail SET next_attempt_at = :leaseEnd, attempts = attempts + 1
                WHERE id IN (SELECT id FROM outbound_mail
                             WHERE status = 'PENDING' AND next_attempt_at <= :now
                             ORDER BY next_attempt_at
                             LIMIT :batch
                             FOR UPDATE SKIP LOCKED)
                RETURNING id, to_address, subject, body, attempts
                """)
                .param("leaseEnd", Timestamp.from(now.plus(LEASE)))
                .param("now", Timestamp.from(now))
                .param("batch", BATCH)
                .query((rs, n) -> new Queued(rs.getObject("id", UUID.class),
                        new Mail(rs.getString("to_address"), rs.getString("subject"), rs.getString("body")),
                        rs.getInt("attempts")))
                .list();
    }

    private void deliver(Queued queued) {
        try {
            transport.send(queued.id(), queued.mail());
            jdbc.sql("""
                    UPDATE outbound_mail SET status = 'SENT', sent_at = :now, last_error = NULL,
                                             body = CASE WHEN :keepBody THEN body END
                    WHERE id = :id
                    """)
                    .param("now", Timestamp.from(clock.instant()))
                    .param("keepBody", transport.keepsBody())
                    .param("id", queued.id())
                    .update();
        } catch (Exception e) {
            boolean giveUp = queued.attempts() >= MAX_ATTEMPTS;
            Duration backoff = Duration.ofSeconds(Math.min(3600, 15L << Math.min(queued.attempts(), 8)));
            log.warn("Sending mail {} failed (attempt {}{}): {}", queued.id(), queued.attempts(),
                    giveUp ? ", giving up" : "", e.getMessage());
            jdbc.sql("""
                    UPDATE outbound_mail SET status = :status, next_attempt_at = :next, last_error = :error
                    WHERE id = :id
                    """)
                    .param("status", giveUp ? "FAILED" : "PENDING")
                    .param("next", Timestamp.from(clock.instant().plus(backoff)))
                    .param("error", String.valueOf(e.getMessage()))
                    .param("id", queued.id())
                    .update();
        }
    }

    private record Queued(UUID id, Mail mail, int attempts) {
    }
}
