package org.inkwell.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.screening.Flag;

/** A message as a reviewer reads it: the text, who wrote it to whom, and what the screen found. */
public record ReviewContent(UUID id, UUID contactId, Direction direction, String body, String facility,
                            String senderName, String recipientName, Instant submittedAt, int riskScore,
                            List<Flag> flags) {
}
