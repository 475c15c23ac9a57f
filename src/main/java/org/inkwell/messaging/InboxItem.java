package org.inkwell.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.photos.MessagePhoto;

/**
 * A delivered message in a person's kiosk inbox; {@code privileged}: legal mail from their attorney;
 * {@code photos}: the approved photos on it, in the sender's order.
 */
public record InboxItem(UUID id, UUID contactId, String fromName, String body, Instant deliveredAt, Instant readAt,
                        boolean privileged, List<MessagePhoto> photos) {
}
