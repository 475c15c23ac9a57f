package org.inkwell.wallet;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.platform.IdempotentRequests;
import org.inkwell.wallet.internal.BalanceRefunds;
import org.springframework.stereotype.Service;

/**
 * A family asks for its unused balance back, to the cards it came from, newest payment first. A refund is
 * keyed work: the family's key ties a retry to the same refund, so it is paid once.
 */
@Service
public class UnusedBalanceRefunds {

    /** The answer to a refund: the refund (its receipt's id), its amount, the balance after it, and its parts. */
    public record Refunded(String id, long amountCents, String currency, long balanceCents, List<Part> parts) {
    }

    /** What one payment's card gets back; {@code status} PENDING while the processor has not answered. */
    public record Part(String paymentId, long amountCents, PaymentStatus status) {
    }

    private final BalanceRefunds refunds;

    UnusedBalanceRefunds(BalanceRefunds refunds) {
        this.refunds = refunds;
    }

    /**
     * Checks the request at once (400 when {@code requestedCents} is not positive) and answers its stages, to
     * be run under the owner's {@code key} by {@link IdempotentRequests#inStages}: they answer {@link Refunded},
     * or refuse with 409 ({@code refund.nothing-to-refund}, {@code refund.more-than-balance},
     * {@code refund.more-than-paid}), and then nothing changed. {@code requestedCents} null: all that card
     * payments can take back.
     */
    public IdempotentRequests.Staged<?> refund(UUID owner, String key, Long requestedCents) {
        return refunds.refund(owner, key, requestedCents);
    }

    /** The refund the owner's keyed request started (its receipt), if it did. */
    public Optional<UUID> refundFor(UUID owner, String key) {
        return refunds.refundFor(owner, key);
    }
}
