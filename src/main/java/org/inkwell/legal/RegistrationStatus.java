package org.inkwell.legal;

/** Where an attorney's registration stands. Only APPROVED, before its re-check date, grants the privilege. */
public enum RegistrationStatus {
    PENDING, APPROVED, DENIED
}
