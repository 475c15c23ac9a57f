package org.inkwell.wallet;

/**
 * A card processor, seen the way Stripe-like processors work: the client tokenises the card, the
 * service charges the token, and every call carries an idempotency key so that asking twice (after a
 * timeout, say) charges or refunds once. The built-in sandbox implements it; a real processor is an
 * adapter beside it and changes nothing in the ledger.
 */
public interface PaymentGateway {

    /** Charges a token. Throws {@link GatewayUnavailableException} when the outcome is unknown. */
    ChargeResult charge(ChargeRequest request);

    /** Refunds (part of) an earlier charge. Throws {@link GatewayUnavailableException} when the outcome is unknown. */
    RefundResult refund(RefundRequest request);

    record ChargeRequest(String idempotencyKey, long amountCents, String currency, String paymentToken) {
    }

    record RefundRequest(String idempotencyKey, String chargeId, long amountCents, String currency) {
    }

    /** The kinds of card a processor names; OTHER for any it names that this list does not. */
    enum CardBrand {
        VISA, MASTERCARD, AMEX, DISCOVER, OTHER
    }

    /**
     * The charged card as the processor reports it, for receipts; never the full number. {@code fingerprint}
     * is the processor's stable name for the card number (the same for every charge to it, as Stripe's
     * {@code card.fingerprint}), or null where the processor gives none.
     */
    record Card(CardBrand brand, String last4, String fingerprint) {
        public Card {
            if (last4 != null && !last4.matches("[0-9]{4}")) {
                throw new IllegalArgumentException("last4 must be four digits");
            }
        }

        public Card(CardBrand brand, String last4) {
            this(brand, last4, null);
        }
    }

    sealed interface ChargeResult {
        /** {@code card} is null where the processor does not say which card it was. */
        record Succeeded(String chargeId, Card card) implements ChargeResult {
        }

        /** The card was refused (insufficient funds, stolen card...): nothing was charged. */
        record Declined(String reason) implements ChargeResult {
        }

        /** The token is not one the processor knows: the client sent something wrong. */
        record InvalidToken(String reason) implements ChargeResult {
        }
    }

    sealed interface RefundResult {
        record Succeeded(String refundId) implements RefundResult {
        }

        record Refused(String reason) implements RefundResult {
        }
    }

    /** The processor did not answer (timeout, outage): the operation may or may not have happened. */
    class GatewayUnavailableException extends RuntimeException {
        public GatewayUnavailableException(String message) {
            super(message);
        }
    }
}
