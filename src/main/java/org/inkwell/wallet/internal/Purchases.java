package org.inkwell.wallet.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.inkwell.platform.ApiException;
import org.inkwell.platform.Idempotency;
import org.inkwell.platform.IdempotentRequests;
import org.inkwell.platform.IdempotentRequests.KeyedRequest;
import org.inkwell.platform.Problems;
import org.inkwell.wallet.PaymentGateway;
import org.inkwell.wallet.PaymentGateway.ChargeResult;
import org.inkwell.wallet.internal.PaymentRepository.Payment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
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

    public record Receipt(String id, long amountCents, String currency, long balanceCents) {
    }

    private final PaymentRepository payments;
    private final Ledger ledger;
    private final PaymentGateway gateway;
    private final Idempotency idempotency;
    private final IdempotentRequests requests;
    private final TransactionTemplate transactions;
    private final Receipts receipts;

    Purchases(PaymentRepository payments, Ledger ledger, PaymentGateway gateway, Idempotency idempotency,
            IdempotentRequests requests, TransactionTemplate transactions, Receipts receipts) {
        this.receipts = receipts;
        this.payments = payments;
        this.ledger = ledger;
        this.gateway = gateway;
        this.idempotency = idempotency;
        this.requests = requests;
        this.transactions = transactions;
    }

    public ResponseEntity<String> purchase(KeyedRequest keyed, long amountCents, String paymentToken) {
        if (amountCents < MIN_CENTS || amountCents > MAX_CENTS) {
            throw ApiException.invalidField("wallet.amount-invalid", "amountCents", "must be from %d to %d".formatted(MIN_CENTS, MAX_CENTS));
        }
        if (paymentToken == null || paymentToken.isBlank() || paymentToken.length() > 200) {
            throw ApiException.invalidField("wallet.card-missing", "paymentToken", "is required");
        }
        Start start = transactions.execute(status -> {
            Optional<Idempotency.Replay> replay = idempotency.claim(keyed.owner(), keyed.key(), keyed.fingerprint());
            if (replay.isPresent()) {
                return new Start(replay.get(), null);
            }
            Payment payment = payments.findByKey(keyed.owner(), keyed.key()).orElseGet(() -> payments.insertPending(
                    keyed.owner(), keyed.key(), amountCents, Ledger.CURRENCY, paymentToken, ledger.now()));
            return new Start(null, payment);
        });
        if (start.replay() != null) {
            return IdempotentRequests.respond(start.replay().status(), start.replay().body());
        }
        Payment payment = start.payment();
        ChargeResult result = null;
        if (payment.pending()) {
            try {
                result = gateway.charge(new PaymentGateway.ChargeRequest(payment.id().toString(), payment.amountCents(),
                        payment.currency(), payment.paymentToken()));
            } catch (PaymentGateway.GatewayUnavailableException e) {
                log.warn("Payment gateway did not answer for payment {}: {}", payment.id(), e.getMessage());
                transactions.executeWithoutResult(status -> idempotency.release(keyed.owner(), keyed.key()));
                throw ApiException.unavailable("wallet.provider-unavailable", "The payment provider did not answer. "
                        + "Nothing is lost: retry with the same Idempotency-Key and you will be charged at most once.", Duration.ofSeconds(5));
            }
        }
        ChargeResult outcome = result;
        return transactions.execute(status -> {
            Payment settled = apply(payment, outcome);
            ResponseEntity<String> response = answer(settled);
            idempotency.complete(keyed.owner(), keyed.key(), response.getStatusCode().value(), response.getBody());
            return response;
        });
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

    /** Applies the gateway's answer once: only a payment still pending changes (and only then is credit added). */
    private Payment apply(Payment payment, ChargeResult result) {
        Payment current = payments.lock(payment.id()).orElseThrow();
        if (!current.pending() || result == null) {
            return current;
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
        return payments.lock(payment.id()).orElseThrow();
    }

    private ResponseEntity<String> answer(Payment payment) {
        return switch (payment.status()) {
            case "SUCCEEDED" -> IdempotentRequests.respond(201, requests.toJson(new Receipt(payment.id().toString(),
                    payment.amountCents(), payment.currency(), ledger.balance(ledger.walletOf(payment.owner())))));
            case "FAILED" -> {
                ApiException refusal = payment.failure().startsWith("declined")
                        ? ApiException.paymentRequired("wallet.card-declined", "Your card was declined. Nothing was charged.")
                        : ApiException.invalidField("wallet.card-refused", "paymentToken", "is not a payment token the processor accepts");
                yield IdempotentRequests.respond(refusal.status().value(), requests.toJson(Problems.of(refusal)));
            }
            default -> throw new IllegalStateException("payment " + payment.id() + " is still pending");
        };
    }

    private record Start(Idempotency.Replay replay, Payment payment) {
    }
}
