package org.inkwell.messaging.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.inkwell.messaging.Direction;
import org.inkwell.messaging.Message;
import org.inkwell.messaging.MessageStatus;
import org.inkwell.messaging.PhotoView;
import org.inkwell.messaging.RejectionReason;
import org.inkwell.photos.MessagePhoto;

/**
 * A message in a thread (docs/api.md, "Messages"); {@code rejection} only on rejected messages;
 * {@code privileged}: legal mail between the person and their attorney, which no one else reads;
 * {@code photos}: the photos on it the reader may see (the recipient only approved ones).
 */
record MessageView(
        UUID id,
        UUID contactId,
        Direction direction,
        String body,
        MessageStatus status,
        int units,
        long costCents,
        Instant submittedAt,
        Instant deliveredAt,
        Instant readAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Rejection rejection,
        boolean privileged,
        List<PhotoView> photos) {

    record Rejection(String reasonCode, String explanation) {
        static Rejection of(RejectionReason reason) {
            return new Rejection(reason.name(), reason.explanation());
        }
    }

    static MessageView of(Message m, List<MessagePhoto> photos) {
        Rejection rejection = m.status() == MessageStatus.REJECTED && m.rejection() != null
                ? Rejection.of(m.rejection()) : null;
        return new MessageView(m.id(), m.contactId(), m.direction(), m.body(), m.status(), m.units(), m.costCents(),
                m.submittedAt(), m.deliveredAt(), m.readAt(), rejection, m.privileged(), PhotoView.of(photos));
    }
}
