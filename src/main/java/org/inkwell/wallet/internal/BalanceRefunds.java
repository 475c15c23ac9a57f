package org.inkwell.wallet.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.platform.ApiException;
import org.inkwell.platform.IdempotentRequests;
import org.inkwell.platform.Money;
import org.inkwell.wallet.PaymentGateway;
import org.inkwell.wallet.PaymentStatus;
import org.inkwell.wallet.UnusedBalanceRefunds;
import org.inkwell.wallet.WholeBalanceRefunds;
import org.inkwell.wallet.internal.PaymentRepository.Payment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds of unused balance to the cards the money came from, newest payment first. The wallet is
 * debited at once (into "refunds in progress"), then each payment's part is refunded through the
 * gateway; a part the gateway refuses goes back to the wallet, and a part it did not answer for is
 * retried until it does.
 */
@Component
public class BalanceRefunds {

    private static final Logger log = LoggerFactory.getLogger(BalanceRefunds.class);

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final PaymentRepository payments;
    private final PaymentGateway gateway;
    private final TransactionTemplate transactions;
    private final Receipts receipts;

    BalanceRefunds(JdbcClient jdbc, Ledger ledger, PaymentRepository payments, PaymentGateway gateway,
            TransactionTemplate transactions, Receipts receipts) {
        this.receipts = receipts;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.payments = payments;
        this.gateway = gateway;
        this.transactions = transactions;
    }

    /**
     * A refund under the owner's key, checked now and run in stages by {@link IdempotentRequests}: the wallet
     * debited into parts (or the refund an earlier attempt started found), each part asked of the gateway, the
     * receipt mailed with the answer. {@code requestedCents} null: all that card payments can take back.
     */
    public IdempotentRequests.Staged<UUID> refund(UUID owner, String key, Long requestedCents) {
        if (requestedCents != null && requestedCents <= 0) {
            throw ApiException.invalidField("amountCents", "must be positive");
        }
        return new IdempotentRequests.Staged<>() {
            @Override
            public UUID begin() {
                return refundFor(owner, key).orElseGet(() -> start(owner, key, requestedCents));
            }

            @Override
            public void call(UUID refund) {
                pendingParts(refund).forEach(BalanceRefunds.this::pay);
            }

            @Override
            public UnusedBalanceRefunds.Refunded finish(UUID refund) {
                UnusedBalanceRefunds.Refunded refunded = refunded(refund, owner);
                receipts.mailRefund(owner, refund);
                return refunded;
            }
        };
    }

    /** Retries parts whose gateway call did not get an answer. */
    @Scheduled(fixedDelayString = Purchases.RECONCILE_INTERVAL, initialDelayString = "PT15S")
    public void retryPending() {
        List<UUID> parts = jdbc.sql("""
                SELECT id FROM balance_refund_part WHERE status = 'PENDING' AND updated_at < :cutoff ORDER BY updated_at LIMIT 50
                """)
                .param("cutoff", Timestamp.from(ledger.now().minusSeconds(60)))
                .query(UUID.class).list();
        parts.forEach(this::pay);
    }

    /**
     * In the caller's transaction: the whole balance into a refund to the cards it came from (an account being
     * closed). Empty when there is no balance; 409 when part of it was not paid by a card that can take it back.
     */
    public Optional<WholeBalanceRefunds.Started> startWhole(UUID owner, String key) {
        Optional<UUID> wallet = ledger.existingWallet(owner);
        long balance = wallet.map(ledger::balance).orElse(0L);
        if (balance == 0) {
            return Optional.empty();
        }
        long refundable = payments.lockRefundable(owner).stream().mapToLong(p -> p.amountCents() - p.refundedCents()).sum();
        if (balance > refundable) {
            throw ApiException.conflict("account.balance-not-refundable", "Only " + Money.format(refundable) + " of your balance of "
                    + Money.format(balance) + " came from card payments that can be refunded; nothing was changed.");
        }
        return Optional.of(new WholeBalanceRefunds.Started(start(owner, key, balance), balance));
    }

    /**
     * Asks the processor for each part of a refund that {@link #startWhole} started, then mails the receipt;
     * false when it refused a part (that part is back in the wallet). A part it did not answer for is retried.
     */
    public boolean payWhole(UUID owner, UUID refund) {
        pendingParts(refund).forEach(this::pay);
        transactions.executeWithoutResult(status -> receipts.mailRefund(owner, refund));
        return jdbc.sql("SELECT count(*) FROM balance_refund_part WHERE refund_id = :refund AND status = 'FAILED'")
                .param("refund", refund).query(Integer.class).single() == 0;
    }

    private UUID start(UUID owner, String key, Long requestedCents) {
        UUID wallet = ledger.walletOf(owner);
        long balance = ledger.balance(wallet);
        List<Payment> refundable = payments.lockRefundable(owner);
        long refundableTotal = refundable.stream().mapToLong(p -> p.amountCents() - p.refundedCents()).sum();
        long amount = requestedCents == null ? Math.min(balance, refundableTotal) : requestedCents;
        if (amount <= 0) {
            throw ApiException.conflict("refund.nothing-to-refund", "There is no unused balance paid by card to refund.");
        }
        if (amount > balance) {
            throw ApiException.conflict("refund.more-than-balance", "You can get back at most your balance of " + Money.format(balance) + ".");
        }
        if (amount > refundableTotal) {
            throw ApiException.conflict("refund.more-than-paid", "Only " + Money.format(refundableTotal)
                    + " of your balance came from card payments that can be refunded.");
        }
        UUID refund = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO balance_refund (id, owner_id, idempotency_key, amount_cents, currency, created_at)
                VALUES (:id, :owner, :key, :amount, :currency, :now)
                """)
                .param("id", refund).param("owner", owner).param("key", key).param("amount", amount)
                .param("currency", Ledger.CURRENCY).param("now", Timestamp.from(ledger.now()))
                .update();
        ledger.post("BALANCE_REFUND", "refund:" + refund, List.of(
                Ledger.Leg.wallet(wallet, -amount),
                Ledger.Leg.system(Ledger.REFUNDS_IN_PROGRESS, amount)));
        long left = amount;
        for (Payment payment : refundable) {
            if (left == 0) {
                break;
            }
            long part = Math.min(left, payment.amountCents() - payment.refundedCents());
            payments.addRefunded(payment.id(), part);
            jdbc.sql("""
                    INSERT INTO balance_refund_part (id, refund_id, payment_id, amount_cents, status, updated_at)
                    VALUES (:id, :refund, :payment, :amount, 'PENDING', :now)
                    """)
                    .param("id", UUID.randomUUID()).param("refund", refund).param("payment", payment.id())
                    .param("amount", part).param("now", Timestamp.from(ledger.now()))
                    .update();
            left -= part;
        }
        return refund;
    }

    private void pay(UUID partId) {
        record PartToPay(UUID refund, UUID owner, long amount, String chargeId, String currency) {
        }
        PartToPay part = jdbc.sql("""
                SELECT p.refund_id, r.owner_id, p.amount_cents, pay.gateway_charge_id, r.currency
                FROM balance_refund_part p JOIN balance_refund r ON r.id = p.refund_id JOIN payment pay ON pay.id = p.payment_id
                WHERE p.id = :id AND p.status = 'PENDING'
                """)
                .param("id", partId)
                .query((rs, n) -> new PartToPay(rs.getObject("refund_id", UUID.class), rs.getObject("owner_id", UUID.class),
                        rs.getLong("amount_cents"), rs.getString("gateway_charge_id"), rs.getString("currency")))
                .optional().orElse(null);
        if (part == null) {
            return;
        }
        PaymentGateway.RefundResult result;
        try {
            result = gateway.refund(new PaymentGateway.RefundRequest(partId.toString(), part.chargeId(), part.amount(),
                    part.currency()));
        } catch (PaymentGateway.GatewayUnavailableException e) {
            log.warn("Refund part {} not answered by the gateway; will retry: {}", partId, e.getMessage());
            transactions.executeWithoutResult(status -> jdbc.sql(
                    "UPDATE balance_refund_part SET attempts = attempts + 1, updated_at = :now WHERE id = :id")
                    .param("now", Timestamp.from(ledger.now())).param("id", partId).update());
            return;
        }
        transactions.executeWithoutResult(status -> {
            int changed = jdbc.sql("""
                    UPDATE balance_refund_part SET status = :status, gateway_refund_id = :gatewayId,
                           attempts = attempts + 1, updated_at = :now
                    WHERE id = :id AND status = 'PENDING'
                    """)
                    .param("status", result instanceof PaymentGateway.RefundResult.Succeeded ? "SUCCEEDED" : "FAILED")
                    .param("gatewayId", result instanceof PaymentGateway.RefundResult.Succeeded s ? s.refundId() : null)
                    .param("now", Timestamp.from(ledger.now()))
                    .param("id", partId)
                    .update();
            if (changed == 0) {
                return;
            }
            if (result instanceof PaymentGateway.RefundResult.Succeeded) {
                ledger.post("BALANCE_REFUND_PAID", "refund:" + part.refund(), List.of(
                        Ledger.Leg.system(Ledger.REFUNDS_IN_PROGRESS, -part.amount()),
                        Ledger.Leg.system(Ledger.GATEWAY_CLEARING, part.amount())));
            } else {
                jdbc.sql("""
                        UPDATE payment SET refunded_cents = refunded_cents - :amount
                        WHERE id = (SELECT payment_id FROM balance_refund_part WHERE id = :id)
                        """)
                        .param("amount", part.amount()).param("id", partId).update();
                ledger.post("BALANCE_REFUND_RETURNED", "refund:" + part.refund(), List.of(
                        Ledger.Leg.system(Ledger.REFUNDS_IN_PROGRESS, -part.amount()),
                        Ledger.Leg.wallet(ledger.walletOf(part.owner()), part.amount())));
            }
        });
    }

    /** The refund the owner's keyed request started, if it did. */
    public Optional<UUID> refundFor(UUID owner, String key) {
        return jdbc.sql("SELECT id FROM balance_refund WHERE owner_id = :owner AND idempotency_key = :key")
                .param("owner", owner).param("key", key).query(UUID.class).optional();
    }

    private List<UUID> pendingParts(UUID refund) {
        return jdbc.sql("SELECT id FROM balance_refund_part WHERE refund_id = :refund AND status = 'PENDING'")
                .param("refund", refund).query(UUID.class).list();
    }

    private UnusedBalanceRefunds.Refunded refunded(UUID refund, UUID owner) {
        List<UnusedBalanceRefunds.Part> parts = jdbc.sql("""
                SELECT p.payment_id, p.amount_cents, p.status FROM balance_refund_part p
                JOIN payment pay ON pay.id = p.payment_id
                WHERE p.refund_id = :refund ORDER BY pay.created_at DESC
                """)
                .param("refund", refund)
                .query((rs, n) -> new UnusedBalanceRefunds.Part(rs.getString("payment_id"), rs.getLong("amount_cents"),
                        PaymentStatus.valueOf(rs.getString("status"))))
                .list();
        long amount = parts.stream().mapToLong(UnusedBalanceRefunds.Part::amountCents).sum();
        return new UnusedBalanceRefunds.Refunded(refund.toString(), amount, Ledger.CURRENCY,
                ledger.balance(ledger.walletOf(owner)), parts);
    }
}
