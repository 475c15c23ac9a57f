package org.inkwell.mail.internal;

import java.util.UUID;

import org.inkwell.mail.Mail;

/** Where queued mail goes: an SMTP server, or the demo mode's capture. */
interface MailTransport {

    /** Whether mail can be sent now; an unconfigured SMTP transport keeps mail queued. */
    boolean ready();

    void send(UUID id, Mail mail) throws Exception;

    /** Whether the body is kept after sending (the demo mailbox shows it; real mail does not keep tokens). */
    boolean keepsBody();
}
