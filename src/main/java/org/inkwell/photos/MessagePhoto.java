package org.inkwell.photos;

import java.util.UUID;

/**
 * A photo attached to a message, as its readers and reviewers see it: {@code position} is its place in the
 * order the sender gave, {@code reasonCode} names the rejection reason (messaging's {@code RejectionReason})
 * and is null unless the photo was rejected, {@code similarToRejected} says that when it was attached it
 * looked like a photo rejected at the same facility within a year.
 */
public record MessagePhoto(UUID id, UUID messageId, int position, PhotoStatus status, String reasonCode,
                           boolean similarToRejected, int width, int height) {
}
