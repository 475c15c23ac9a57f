package org.inkwell.legal.internal;

import java.util.Locale;

import org.inkwell.identity.AccountSummary;
import org.inkwell.legal.LegalRegistration;
import org.inkwell.legal.RegistrationStatus;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.inkwell.platform.InkwellProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells an attorney, in their language, what was decided about their registration or privilege. Queued in
 * the deciding transaction, so nobody is told of a decision that rolled back. No letter's content is in it.
 */
@Component
public class LegalMails {

    private final MailOutbox mail;
    private final MessageSource texts;
    private final String pageUrl;

    LegalMails(MailOutbox mail, MessageSource texts, InkwellProperties inkwell) {
        this.mail = mail;
        this.texts = texts;
        this.pageUrl = inkwell.publicBaseUrl() + "/attorney";
    }

    public void decided(AccountSummary to, LegalRegistration registration) {
        String key = registration.status() == RegistrationStatus.APPROVED ? "mail.legal.approved" : "mail.legal.denied";
        send(to, key, to.fullName(), registration.recheckOn() == null ? "" : registration.recheckOn().toString(),
                registration.reason() == null ? "" : registration.reason(), pageUrl);
    }

    public void suspended(AccountSummary to, String facilityName, String reason) {
        send(to, "mail.legal.suspended", to.fullName(), facilityName, reason, pageUrl);
    }

    public void lifted(AccountSummary to, String facilityName) {
        send(to, "mail.legal.lifted", to.fullName(), facilityName, "", pageUrl);
    }

    private void send(AccountSummary to, String key, Object... values) {
        Locale locale = Locale.forLanguageTag(to.locale() == null ? "en" : to.locale());
        mail.queue(new Mail(to.email(), texts.getMessage(key + ".subject", values, locale),
                texts.getMessage(key + ".body", values, locale)));
    }
}
