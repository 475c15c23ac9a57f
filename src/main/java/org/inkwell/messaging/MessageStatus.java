package org.inkwell.messaging;

/** APPROVED is a message waiting to be printed at a PRINT facility; the others are in docs/api.md. */
public enum MessageStatus {
    IN_REVIEW, APPROVED, DELIVERED, READ, REJECTED, WITHDRAWN
}
