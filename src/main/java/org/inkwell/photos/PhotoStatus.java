package org.inkwell.photos;

/**
 * Where a photo stands: uploaded and not yet attached to a message, then reviewed with its message and
 * approved or rejected on its own.
 */
public enum PhotoStatus {
    UPLOADED, IN_REVIEW, APPROVED, REJECTED
}
