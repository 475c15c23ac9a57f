package org.inkwell.review;

import java.time.Instant;

import org.inkwell.messaging.ReviewContent;

/** A message held by one reviewer until {@code claimedUntil}. */
public record Claim(ReviewContent message, Instant claimedUntil) {
}
