package org.inkwell.identity;

/** A public account is open until its owner closes it; a closed account never opens again. */
public enum AccountStatus {
    ACTIVE, CLOSED
}
