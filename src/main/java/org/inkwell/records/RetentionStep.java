package org.inkwell.records;

import java.time.Instant;

/**
 * Work that belongs at the end of every retention run, after messages and drafts (e.g. erasing the
 * personal data of closed accounts whose last message is gone). Each bean is called in order, outside
 * any transaction, with the run's start time and who is held; what it answers goes into the run's audit entry.
 */
public interface RetentionStep {

    /** A short name for the audit entry, e.g. {@code closedAccounts}. */
    String name();

    /** Does the step's work; answers how many records it erased. */
    int run(Instant now, HeldParties held);
}
