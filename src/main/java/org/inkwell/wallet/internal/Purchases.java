package org.inkwell.wallet.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.platform.ApiException;
import org.inkwell.platform.IdempotentRequests;
import org.inkwell.wallet.CreditPurchases;
import org.inkwell.wallet.PaymentGateway;
import org.inkwell.wallet.PaymentGateway.ChargeResult;
import org.inkwell.wallet.internal.PaymentRepository.Payment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Buying credit. The payment is recorded (PENDING) and committed before the gateway is called; the
 * gateway's answer is applied in a second transaction that credits the wallet only if the payment was
 * still pending. A lost answer leaves the payment pending: the client's retry with the same key, or
 * the reconciler, asks the gateway again under the same gateway idempotency key and credits once.
 */
@Component
public class Purchases {

    private static final Logger log = LoggerFactory.getLogger(Purchases.class);
    public static final long MIN_CENTS = 500;
    public static final long MAX_CENTS = 20_000;
    /** A pending payment untouched this long is one whose request gave up; the reconciler takes it. */
    private static final Duration ABANDONED = Duration.ofMinutes(2);
    /** How often payments and balance refunds left without a gateway answer are looked at again. */
    static final String RECONCILE_INTERVAL = "${inkwell.payments.reconcile-interval:PT30S}";

    private final PaymentRepository payments;
    private final Ledger ledger;
    private final PaymentGateway gateway;
    private final TransactionTemplate transactions;
    private final Receipts receipts;

    Purchases(PaymentRepository payments, Ledger ledger, PaymentGateway gateway, TransactionTemplate transactions,
            Receipts receipts) {
        this.receipts = receipts;
        this.payments = payments;
        this.ledger = ledger;
        this.gateway = gateway;
        this.transactions = transactions;
    }

    /**
     * A purchase under the owner's key, checked now and run in stages by {@link IdempotentRequests}: the
     * payment recorded, the gateway asked, the answer read from the payment.
     */
    public IdempotentRequests.Staged<Payment> purchase(UUID owner, String key, long amountCents, String paymentToken) {
        if (amountCents < MIN_CENTS || amountCents > MAX_CENTS) {
            throw ApiException.invalidField("wallet.amount-invalid", "amountCents", "must be from %d to %d".formatted(MIN_CENTS, MAX_CENTS));
        }
        if (paymentToken == null || paymentToken.isBlank() || paymentToken.length() > 200) {
            throw ApiException.invalidField("wallet.card-missing", "paymentToken", "is required");
        }
        return new IdempotentRequests.Staged<>() {
            @Override
            public Payment begin() {
                return payments.findByKey(owner, key).orElseGet(() -> payments.insertPending(
                        owner, key, amountCents, Ledger.CURRENCY, paymentToken, ledger.now()));
            }

            @Override
            public void call(Payment payment) {
                charge(payment);
            }

            @Override
            public CreditPurchases.Purchased finish(Payment payment) {
                return outcome(payment);
            }
        };
    }

    /** The payment a keyed purchase recorded, if it did. */
    public Optional<UUID> paymentFor(UUID owner, String key) {
        return payments.findByKey(owner, key).map(Payment::id);
    }

    /** Finishes payments whose requests gave up after the gateway was called (a timeout, a crash). */
    @Scheduled(fixedDelayString = RECONCILE_INTERVAL, initialDelayString = "PT10S")
    public void reconcileAbandoned() {
        List<Payment> abandoned = transactions.execute(status -> payments.lockAbandoned(ledger.now().minus(ABANDONED), 20));
        for (Payment payment : abandoned) {
            try {
                ChargeResult result = gateway.charge(new PaymentGateway.ChargeRequest(payment.id().toString(),
                        payment.amountCents(), payment.currency(), payment.paymentToken()));
                transactions.executeWithoutResult(status -> apply(payment, result));
                log.info("Reconciled payment {}", payment.id());
            } catch (PaymentGateway.GatewayUnavailableException e) {
                log.warn("Payment {} still unreconciled: {}", payment.id(), e.getMessage());
            }
        }
    }

    /**
     * Asks the gateway for a payment still pending and applies its answer; 503 when the gateway did not
     * answer, which leaves the payment pending for a retry or the reconciler.
     */
    private void charge(Payment payment) {
        if (!payment.pending()) {
            return;
        }
        ChargeResult result;
        try {
            result = gateway.charge(new PaymentGateway.ChargeRequest(payment.id().toString(), payment.amountCents(),
                    payment.currency(), payment.paymentToken()));
        } catch (PaymentGateway.GatewayUnavailableException e) {
            log.warn("Payment gateway did not answer for payment {}: {}", payment.id(), e.getMessage());
            throw ApiException.unavailable("wallet.provider-unavailable", "The payment provider did not answer. "
                    + "Nothing is lost: retry with the same Idempotency-Key and you will be charged at most once.", Duration.ofSeconds(5));
        }
        transactions.executeWithoutResult(status -> apply(payment, result));
    }

    /** Applies the gateway's answer once: only a payment still pending changes (and only then is credit added). */
    private void apply(Payment payment, ChargeResult result) {
        Payment current = payments.lock(payment.id()).orElseThrow();
        if (!current.pending()) {
            return;
        }
        if (result instanceof ChargeResult.Succeeded succeeded) {
            payments.markSucceeded(current.id(), succeeded.chargeId(), succeeded.card(), ledger.now());
            ledger.post("PURCHASE", "payment:" + current.id(), List.of(
                    Ledger.Leg.system(Ledger.GATEWAY_CLEARING, -current.amountCents()),
                    Ledger.Leg.wallet(ledger.walletOf(current.owner()), current.amountCents())));
            receipts.mailPurchase(current.owner(), current.id());
        } else if (result instanceof ChargeResult.Declined declined) {
            payments.markFailed(current.id(), "declined: " + declined.reason(), ledger.now());
        } else {
            payments.markFailed(current.id(), "invalid token", ledger.now());
        }
    }

    /** The credit a payment bought; the refusal the gateway's answer makes of it when it failed. */
    private CreditPurchases.Purchased outcome(Payment recorded) {
        Payment payment = payments.lock(recorded.id()).orElseThrow();
        return switch (payment.status()) {
            case "SUCCEEDED" -> new CreditPurchases.Purchased(payment.id().toString(), payment.amountCents(),
                    payment.currency(), ledger.balance(ledger.walletOf(payment.owner())));
            case "FAILED" -> throw payment.failure().startsWith("declined")
                    ? ApiException.paymentRequired("wallet.card-declined", "Your card was declined. Nothing was charged.")
                    : ApiException.invalidField("wallet.card-refused", "paymentToken", "is not a payment token the processor accepts");
            default -> throw new IllegalStateException("payment " + payment.id() + " is still pending");
        };
    }
}
