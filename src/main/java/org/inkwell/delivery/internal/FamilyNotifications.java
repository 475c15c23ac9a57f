package org.inkwell.delivery.internal;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.inkwell.messaging.Direction;
import org.inkwell.messaging.MessageDelivered;
import org.inkwell.messaging.MessageRejected;
import org.inkwell.platform.FacilityTime;
import org.inkwell.platform.InkwellProperties;
import org.springframework.context.MessageSource;
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
    private final MessageSource texts;
    private final Facilities facilities;

    FamilyNotifications(Accounts accounts, Roster roster, MailOutbox mail,
            InkwellProperties inkwell, MessageSource texts, Facilities facilities) {
        this.facilities = facilities;
        this.accounts = accounts;
        this.roster = roster;
        this.mail = mail;
        this.publicBaseUrl = inkwell.publicBaseUrl();
        this.texts = texts;
    }

    @EventListener
    void on(MessageDelivered delivered) {
        if (delivered.direction() != Direction.FROM_INMATE) {
            return;
        }
        AccountSummary family = accounts.find(delivered.accountId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(family.locale());
        String from = roster.findById(delivered.inmateId()).map(Inmate::name)
                .orElseGet(() -> texts.getMessage("mail.yourContact", null, locale));
        ZoneId zone = facilities.findById(delivered.facilityId()).map(Facility::timeZone).map(ZoneId::of).orElseThrow();
        String sentAt = FacilityTime.format(delivered.submittedAt(), zone, locale);
        mail.queue(new Mail(family.email(), texts.getMessage("mail.delivered.subject", new Object[] {from}, locale),
                texts.getMessage("mail.delivered.body", new Object[] {family.fullName(), from,
                        conversationLink(delivered.contactId()), sentAt}, locale)));
    }

    @EventListener
    void on(MessageRejected rejected) {
        if (rejected.direction() != Direction.TO_INMATE) {
            return;
        }
        AccountSummary family = accounts.find(rejected.accountId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(family.locale());
        String to = roster.findById(rejected.inmateId()).map(Inmate::name)
                .orElseGet(() -> texts.getMessage("mail.yourContact", null, locale));
        mail.queue(new Mail(family.email(), texts.getMessage("mail.rejected.subject", new Object[] {to}, locale),
                texts.getMessage("mail.rejected.body", new Object[] {family.fullName(), to,
                        texts.getMessage("rejection." + rejected.reason().name(), null, locale),
                        conversationLink(rejected.contactId())}, locale)));
    }

    /** The conversation itself: after a login if the family has none, the login returns there. */
    private String conversationLink(UUID contactId) {
        return publicBaseUrl + "/conversations/" + contactId;
    }
}
