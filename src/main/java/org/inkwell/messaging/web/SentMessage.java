package org.inkwell.messaging.web;

import java.time.Instant;
import java.util.UUID;

import org.inkwell.messaging.Message;
import org.inkwell.messaging.MessageStatus;

/** The answer to a send (docs/api.md): what it cost and where it stands. */
record SentMessage(UUID id, MessageStatus status, int units, long costCents, String currency, Instant submittedAt,
                   boolean privileged) {

    static SentMessage of(Message m) {
        return new SentMessage(m.id(), m.status(), m.units(), m.costCents(), m.currency(), m.submittedAt(),
                m.privileged());
    }
}
