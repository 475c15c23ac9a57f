package org.inkwell.messaging;

import java.util.UUID;

/** A message was rejected (and its cost refunded). Published in the deciding transaction. */
public record MessageRejected(UUID messageId, Direction direction, UUID accountId, UUID inmateId,
                              RejectionReason reason, UUID contactId) {
}
