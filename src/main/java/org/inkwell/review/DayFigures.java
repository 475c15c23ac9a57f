package org.inkwell.review;

import java.time.LocalDate;

/**
 * One day of a facility's review: messages waiting at the end of the day, decisions made that day, and
 * the median and 90th percentile time from submission to decision of those decisions (null: none).
 */
public record DayFigures(LocalDate day, long waitingAtEndOfDay, long decided, Long medianSeconds, Long p90Seconds) {
}
