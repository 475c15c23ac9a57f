package org.inkwell.wallet;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.wallet.internal.Receipts;
import org.springframework.stereotype.Service;

/**
 * Receipts for money that moved between a family's card and their balance (a purchase of credit, a refund of
 * the balance), as their page shows them; the same receipt is mailed when the money moves.
 */
@Service
public class WalletReceipts {

    public enum Kind {
        PURCHASE, BALANCE_REFUND
    }

    /** What went to or came from one card; {@code card} is null where the processor did not say. */
    public record CardLine(PaymentGateway.Card card, long amountCents, PaymentStatus status) {
    }

    public record Receipt(Kind kind, UUID id, long amountCents, Instant at, ZoneId zone, List<CardLine> cards,
                          long balanceCents) {
    }

    private final Receipts receipts;

    WalletReceipts(Receipts receipts) {
        this.receipts = receipts;
    }

    /** The owner's receipt with this id (a successful payment or a balance refund); empty for anyone else's. */
    public Optional<Receipt> find(UUID owner, UUID id) {
        return receipts.find(owner, id);
    }

    /** "Visa ending 4242", or just "Card" where the processor did not say which. */
    public String card(PaymentGateway.Card card, Locale locale) {
        return receipts.card(card, locale);
    }
}
