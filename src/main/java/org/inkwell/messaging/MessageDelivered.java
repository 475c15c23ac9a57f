package org.inkwell.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * A message reached its recipient. Published in the delivering transaction; listeners run inside it. It names
 * the contact and when the message was sent, so a listener telling someone need not read the message again.
 */
public record MessageDelivered(UUID messageId, Direction direction, UUID accountId, UUID inmateId, UUID facilityId,
                               UUID contactId, Instant submittedAt) {
}
