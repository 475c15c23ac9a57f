package org.inkwell.delivery.internal;

import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.inkwell.messaging.Direction;
import org.inkwell.messaging.MessageDelivered;
import org.inkwell.messaging.MessageRejected;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Emails families when a message from inside arrives and when their own message is rejected. Runs in
 * the transaction that delivered or rejected, writing to the mail outbox: the email exists exactly when
 * the change committed, and goes out after. No message text is ever put in an email.
 */
@Component
class FamilyNotifications {

    private final Accounts accounts;
    private final Roster roster;
    private final MailOutbox mail;
    private final String publicBaseUrl;

    FamilyNotifications(Accounts accounts, Roster roster, MailOutbox mail,
            @Value("${inkwell.public-base-url}") String publicBaseUrl) {
        this.accounts = accounts;
        this.roster = roster;
        this.mail = mail;
        this.publicBaseUrl = publicBaseUrl;
    }

    @EventListener
    void on(MessageDelivered delivered) {
        if (delivered.direction() != Direction.FROM_INMATE) {
            return;
        }
        AccountSummary family = accounts.find(delivered.accountId()).orElseThrow();
        String from = roster.findById(delivered.inmateId()).map(Inmate::name).orElse("Your contact");
        mail.queue(new Mail(family.email(), "New message from " + from, """
                Hello %s,

                %s sent you a message on Inkwell. Log in to read it:

                %s/login
                """.formatted(family.fullName(), from, publicBaseUrl)));
    }

    @EventListener
    void on(MessageRejected rejected) {
        if (rejected.direction() != Direction.TO_INMATE) {
            return;
        }
        AccountSummary family = accounts.find(rejected.accountId()).orElseThrow();
        String to = roster.findById(rejected.inmateId()).map(Inmate::name).orElse("your contact");
        mail.queue(new Mail(family.email(), "Your message to " + to + " was not delivered", """
                Hello %s,

                The facility did not deliver your message to %s.
                Why: %s

                The full cost has been refunded to your Inkwell balance.
                """.formatted(family.fullName(), to, rejected.reason().explanation())));
    }
}
