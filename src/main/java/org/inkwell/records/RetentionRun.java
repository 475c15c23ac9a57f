package org.inkwell.records;

import java.time.Instant;
import java.util.UUID;

/**
 * One retention run: messages erased, in how many batches (transactions), due messages skipped because
 * their person or account is held, stale drafts deleted. {@code finishedAt} is null while it runs (or
 * if the instance running it stopped).
 */
public record RetentionRun(UUID id, RetentionTrigger trigger, String startedBy, Instant startedAt, Instant finishedAt,
                           int erased, int batches, int skippedHeld, int draftsDeleted) {
}
