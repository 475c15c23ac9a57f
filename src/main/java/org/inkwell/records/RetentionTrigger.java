package org.inkwell.records;

/** What started a retention run: the nightly schedule, or a platform admin's "run now". */
public enum RetentionTrigger {
    NIGHTLY, ADMIN
}
