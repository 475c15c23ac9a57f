package org.inkwell.platform;

import org.springframework.stereotype.Component;

/**
 * The one way an amount is shown to people: "$0.40", "$1,250.00", "−$0.40". Every price, balance and
 * statement line on pages and in emails goes through it, in every language: families in the US read
 * dollars with a point in Spanish as in English (a locale's number format would write "0,40" for Spanish).
 * Pages call it as {@code ${@money.show(cents)}}.
 */
@Component("money")
public final class Money {

    public static String format(long cents) {
        long whole = Math.abs(cents) / 100;
        return (cents < 0 ? "−$" : "$") + String.format(java.util.Locale.US, "%,d.%02d", whole, Math.abs(cents) % 100);
    }

    public String show(long cents) {
        return format(cents);
    }
}
