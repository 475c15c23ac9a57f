package org.inkwell.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.photos.MessagePhoto;
import org.inkwell.screening.Flag;

/**
 * A message as a reviewer reads it: the text, who wrote it to whom, what the screen found, and every photo
 * on it in the sender's order, each to be approved or rejected on its own.
 */
public record ReviewContent(UUID id, UUID contactId, Direction direction, String body, String facility,
                            String senderName, String recipientName, Instant submittedAt, int riskScore,
                            List<Flag> flags, List<MessagePhoto> photos) {
}
