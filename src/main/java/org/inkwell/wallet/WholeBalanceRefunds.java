package org.inkwell.wallet;

import java.util.Optional;
import java.util.UUID;

import org.inkwell.wallet.internal.BalanceRefunds;
import org.inkwell.wallet.internal.PaymentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole balance of an account that is being closed, back to the cards it was paid with (the same path
 * as a family's own balance refund), and, once the account is erased, the card details kept with its payments.
 */
@Service
public class WholeBalanceRefunds {

    private final BalanceRefunds refunds;
    private final PaymentRepository payments;

    WholeBalanceRefunds(BalanceRefunds refunds, PaymentRepository payments) {
        this.refunds = refunds;
        this.payments = payments;
    }

    /** A refund started: its id and amount. */
    public record Started(UUID refundId, long amountCents) {
    }

    /**
     * Moves the whole balance into a refund, in the caller's transaction; empty when the balance is zero. 409
     * ({@code account.balance-not-refundable}) when part of it was not paid by a card that can take it back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Started> start(UUID owner, String key) {
        return refunds.startWhole(owner, key);
    }

    /**
     * Asks the processor for each part, outside any transaction (the processor is slow and may not answer);
     * false when it refused a part, which then is back in the wallet. Parts it did not answer for are retried.
     */
    @Transactional(propagation = Propagation.NEVER)
    public boolean pay(UUID owner, Started refund) {
        return refunds.payWhole(owner, refund.refundId());
    }

    /** The card fingerprints and last digits of the owner's payments; the payments themselves stay for accounting. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetCards(UUID owner) {
        payments.forgetCards(owner);
    }
}
