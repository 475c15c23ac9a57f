package org.inkwell.mail.internal;

import java.util.UUID;

import org.inkwell.mail.Mail;

/** Demo mode: mail is marked sent without leaving the machine and stays readable in the dev mailbox. */
final class CapturingTransport implements MailTransport {

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public void send(UUID id, Mail mail) {
        // Captured: the outbox row itself is the delivered copy.
    }

    @Override
    public boolean keepsBody() {
        return true;
    }
}
