package org.inkwell.messaging;

import java.util.UUID;

/** A message reached its recipient. Published in the delivering transaction; listeners run inside it. */
public record MessageDelivered(UUID messageId, Direction direction, UUID accountId, UUID inmateId, UUID facilityId) {
}
