package org.inkwell.review;

import java.time.Instant;

/**
 * A facility's queue now and its last 24 hours: waiting (not held), held, overdue, the oldest waiting,
 * decisions today, and the median and 90th percentile from submission to decision.
 */
public record ReviewStats(long queued, long claimed, long overdue, Instant oldestQueuedAt, long decidedToday,
                          Long medianSecondsToDecision24h, Long p90SecondsToDecision24h) {
}
