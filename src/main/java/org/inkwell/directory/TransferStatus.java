package org.inkwell.directory;

/** Where a request to move a person between two facilities of an agency stands. */
public enum TransferStatus {
    /** Waiting for the holding facility (or a platform admin) to confirm or decline. */
    PENDING,
    CONFIRMED,
    DECLINED,
    /** The holding facility released the person before anyone decided. */
    WITHDRAWN
}
