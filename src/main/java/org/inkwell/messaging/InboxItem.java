package org.inkwell.messaging;

import java.time.Instant;
import java.util.UUID;

/** A delivered message in a person's kiosk inbox. */
public record InboxItem(UUID id, UUID contactId, String fromName, String body, Instant deliveredAt, Instant readAt) {
}
