package org.inkwell.investigations.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.inkwell.identity.StaffAccounts;
import org.inkwell.investigations.InvestigationCase;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a case's investigators (those with an address on their staff account) that it has new alerts:
 * at most one email per case per hour, naming only the case. Neither the message nor what was watched is
 * in it: mail leaves the platform, and an alert is read under the case, where reading it is logged.
 */
@Component
class AlertMails {

    static final Duration QUIET = Duration.ofHours(1);

    private final CaseRepository cases;
    private final StaffAccounts staff;
    private final MailOutbox mail;
    private final MessageSource texts;

    AlertMails(CaseRepository cases, StaffAccounts staff, MailOutbox mail, MessageSource texts) {
        this.cases = cases;
        this.staff = staff;
        this.mail = mail;
        this.texts = texts;
    }

    /** In the transaction that raised the alert, so no mail goes out for a message that was not sent. */
    void alerted(UUID caseId, Instant now) {
        if (!cases.claimAlertMail(caseId, now, now.minus(QUIET))) {
            return;
        }
        InvestigationCase alerted = cases.find(caseId).orElseThrow();
        Object[] number = {alerted.caseNumber()};
        for (String address : staff.emailsOf(cases.investigators(caseId))) {
            mail.queue(new Mail(address, texts.getMessage("mail.caseAlert.subject", number, Locale.ENGLISH),
                    texts.getMessage("mail.caseAlert.body", number, Locale.ENGLISH)));
        }
    }
}
