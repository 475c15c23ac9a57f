package org.inkwell.wallet;

/** How far the processor has taken a card payment, or one card's part of a balance refund. */
public enum PaymentStatus {
    /** Asked for, no answer yet (or none that arrived): asked again until there is one. */
    PENDING,
    SUCCEEDED,
    FAILED
}
