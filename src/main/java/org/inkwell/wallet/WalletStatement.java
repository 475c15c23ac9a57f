package org.inkwell.wallet;

import java.time.Instant;
import java.util.List;

/** A wallet's balance and one page of its entries, newest first. */
public record WalletStatement(long balanceCents, String currency, List<Entry> entries, String nextBefore) {

    /** One movement of this wallet; {@code amountCents} is signed (credits positive). */
    public record Entry(String id, Instant at, String kind, long amountCents, String reference) {
    }
}
