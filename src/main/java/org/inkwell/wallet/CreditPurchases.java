package org.inkwell.wallet;

import java.util.Optional;
import java.util.UUID;

import org.inkwell.platform.IdempotentRequests;
import org.inkwell.wallet.internal.Purchases;
import org.springframework.stereotype.Service;

/**
 * A family buys credit with a card, through the {@link PaymentGateway}. A purchase is keyed work: the family's
 * key ties a retry to the same payment, so a lost answer is asked for again and the card is charged once.
 */
@Service
public class CreditPurchases {

    /** The answer to a purchase: the payment (its receipt's id), what it added, and the balance after it. */
    public record Purchased(String id, long amountCents, String currency, long balanceCents) {
    }

    private final Purchases purchases;

    CreditPurchases(Purchases purchases) {
        this.purchases = purchases;
    }

    /**
     * Checks the purchase at once (400 {@code wallet.amount-invalid}, {@code wallet.card-missing}) and answers
     * its stages, to be run under the owner's {@code key} by {@link IdempotentRequests#inStages}: they answer
     * {@link Purchased}, or refuse with 402 {@code wallet.card-declined}, 400 {@code wallet.card-refused}, or
     * 503 {@code wallet.provider-unavailable} when the processor did not answer (nothing is lost: a retry with
     * the key charges at most once).
     */
    public IdempotentRequests.Staged<?> purchase(UUID owner, String key, long amountCents, String paymentToken) {
        return purchases.purchase(owner, key, amountCents, paymentToken);
    }

    /** The payment that the owner's keyed purchase recorded (its receipt), if it did. */
    public Optional<UUID> paymentFor(UUID owner, String key) {
        return purchases.paymentFor(owner, key);
    }
}
