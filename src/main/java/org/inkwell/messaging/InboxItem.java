package org.inkwell.messaging;

import java.time.Instant;
import java.util.UUID;

/** A delivered message in a person's kiosk inbox; {@code privileged}: legal mail from their attorney. */
public record InboxItem(UUID id, UUID contactId, String fromName, String body, Instant deliveredAt, Instant readAt,
                        boolean privileged) {
}
