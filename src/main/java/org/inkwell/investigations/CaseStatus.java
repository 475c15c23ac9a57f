package org.inkwell.investigations;

/** EXPIRED is never stored: an OPEN case whose access end has passed reads as EXPIRED. */
public enum CaseStatus {
    PENDING, OPEN, DENIED, EXPIRED, CLOSED
}
