package org.inkwell.messaging.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.messaging.Message;
import org.inkwell.messaging.MessageStatus;
import org.inkwell.messaging.PhotoView;
import org.inkwell.photos.MessagePhoto;

/**
 * The answer to a send (docs/api.md): what it cost (text and photos together) and where it stands, with the
 * photos attached in order.
 */
record SentMessage(UUID id, MessageStatus status, int units, long costCents, String currency, Instant submittedAt,
                   boolean privileged, List<PhotoView> photos) {

    static SentMessage of(Message m, List<MessagePhoto> photos) {
        return new SentMessage(m.id(), m.status(), m.units(), m.costCents(), m.currency(), m.submittedAt(),
                m.privileged(), PhotoView.of(photos));
    }
}
