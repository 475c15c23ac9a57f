package org.inkwell.wallet.internal;

/** Minor units as people read them. */
final class Money {

    private Money() {
    }

    static String format(long cents) {
        return (cents < 0 ? "-$" : "$") + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
    }
}
