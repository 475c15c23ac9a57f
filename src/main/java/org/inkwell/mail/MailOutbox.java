package org.inkwell.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.inkwell.mail.internal.MailDispatcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues mail in the caller's transaction: it is sent only if that transaction commits, and it is
 * not lost if the process dies before sending.
 */
@Service
public class MailOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailDispatcher dispatcher;

    MailOutbox(JdbcClient jdbc, Clock clock, MailDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(Mail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO outbound_mail (id, to_address, subject, body, created_at, status, next_attempt_at)
                VALUES (:id, :to, :subject, :body, :now, 'PENDING', :now)
                """)
                .param("id", UUID.randomUUID())
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("body", mail.body())
                .param("now", now)
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.wakeUp();
            }
        });
    }

    /**
     * Mail already sent (or given up on) to an address whose owner's data is erased keeps its subject and
     * times but no longer the address or the text, which named the person. Mail still waiting goes out first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetRecipient(String address, String placeholder) {
        return jdbc.sql("""
                UPDATE outbound_mail SET to_address = :placeholder, body = NULL
                WHERE lower(to_address) = lower(:address) AND status <> 'PENDING'
                """)
                .param("placeholder", placeholder).param("address", address).update();
    }
}
