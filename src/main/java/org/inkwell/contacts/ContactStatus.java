package org.inkwell.contacts;

/**
 * A contact's status as people see it. BLOCKED and SUSPENDED are approved contacts that cannot carry
 * messages for now; CLOSED ends a contact for good (the person was released).
 */
public enum ContactStatus {
    PENDING, APPROVED, DENIED, BLOCKED, SUSPENDED, CLOSED
}
