package org.inkwell.wallet;

/** What became of a held message charge. */
public enum ChargeOutcome {
    HELD, SETTLED, REFUNDED
}
