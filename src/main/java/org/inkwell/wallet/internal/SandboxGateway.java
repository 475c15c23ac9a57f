package org.inkwell.wallet.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.inkwell.wallet.PaymentGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in test processor (docs/api.md, "Wallet"): {@code tok_visa} and {@code tok_mastercard}
 * succeed, as do {@code tok_visa_<label>} and {@code tok_mastercard_<label>}: each label another card of
 * that brand (its own fingerprint), so that several families need not share one test card; {@code tok_chargeDeclined} is declined, anything else is an invalid token. One more token,
 * {@code tok_timeout}, charges and then fails to answer, to rehearse reconciliation. It keeps its own
 * records, in its own transactions, as a processor outside the service would.
 */
@Component
@ConditionalOnProperty(name = "inkwell.payments.gateway", havingValue = "sandbox", matchIfMissing = true)
class SandboxGateway implements PaymentGateway {

    private static final Pattern LABELLED = Pattern.compile("tok_(visa|mastercard)_[A-Za-z0-9]{1,32}");

    private final JdbcClient jdbc;
    private final Clock clock;

    SandboxGateway(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The lost answer of {@code tok_timeout} is thrown after the charge is recorded, and the record stays. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = GatewayUnavailableException.class)
    public ChargeResult charge(ChargeRequest request) {
        Optional<Operation> earlier = find(request.idempotencyKey());
        if (earlier.isPresent()) {
            return switch (earlier.get().outcome()) {
                case "SUCCEEDED" -> new ChargeResult.Succeeded(earlier.get().gatewayId(), cardOf(request.paymentToken()));
                case "DECLINED" -> new ChargeResult.Declined("card_declined");
                default -> new ChargeResult.InvalidToken("unknown token");
            };
        }
        String token = request.paymentToken();
        String outcome = switch (token) {
            case "tok_visa", "tok_mastercard", "tok_timeout" -> "SUCCEEDED";
            case "tok_chargeDeclined" -> "DECLINED";
            default -> LABELLED.matcher(token).matches() ? "SUCCEEDED" : "INVALID";
        };
        String chargeId = "ch_sandbox_" + UUID.randomUUID().toString().replace("-", "");
        record(request.idempotencyKey(), "CHARGE", chargeId, null, request.amountCents(), outcome);
        if (token.equals("tok_timeout")) {
            throw new GatewayUnavailableException("sandbox: the charge went through but the answer was lost");
        }
        return switch (outcome) {
            case "SUCCEEDED" -> new ChargeResult.Succeeded(chargeId, cardOf(token));
            case "DECLINED" -> new ChargeResult.Declined("card_declined");
            default -> new ChargeResult.InvalidToken("unknown token");
        };
    }

    /**
     * The test cards behind the tokens, with the last digits of the processors' well-known test numbers and
     * a fingerprint per card: the token itself names the card ({@code tok_timeout} charges the plain Visa).
     */
    private static Card cardOf(String token) {
        String card = token.equals("tok_timeout") ? "tok_visa" : token;
        return card.startsWith("tok_mastercard") ? new Card(CardBrand.MASTERCARD, "4444", "fp_" + card)
                : new Card(CardBrand.VISA, "4242", "fp_" + card);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public RefundResult refund(RefundRequest request) {
        Optional<Operation> earlier = find(request.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get().outcome().equals("SUCCEEDED") ? new RefundResult.Succeeded(earlier.get().gatewayId())
                    : new RefundResult.Refused("charge not refundable");
        }
        Long refundable = jdbc.sql("""
                SELECT c.amount_cents - COALESCE((SELECT sum(r.amount_cents) FROM sandbox_gateway_operation r
                                                  WHERE r.operation = 'REFUND' AND r.charge_id = c.gateway_id
                                                    AND r.outcome = 'SUCCEEDED'), 0)
                FROM sandbox_gateway_operation c
                WHERE c.operation = 'CHARGE' AND c.gateway_id = :charge AND c.outcome = 'SUCCEEDED'
                """)
                .param("charge", request.chargeId())
                .query(Long.class)
                .optional()
                .orElse(0L);
        boolean ok = refundable >= request.amountCents();
        String refundId = "re_sandbox_" + UUID.randomUUID().toString().replace("-", "");
        record(request.idempotencyKey(), "REFUND", refundId, request.chargeId(), request.amountCents(),
                ok ? "SUCCEEDED" : "REFUSED");
        return ok ? new RefundResult.Succeeded(refundId) : new RefundResult.Refused("charge not refundable");
    }

    private Optional<Operation> find(String idempotencyKey) {
        return jdbc.sql("SELECT gateway_id, outcome FROM sandbox_gateway_operation WHERE idempotency_key = :key")
                .param("key", idempotencyKey)
                .query((rs, n) -> new Operation(rs.getString("gateway_id"), rs.getString("outcome")))
                .optional();
    }

    private void record(String key, String operation, String gatewayId, String chargeId, long amount, String outcome) {
        jdbc.sql("""
                INSERT INTO sandbox_gateway_operation (idempotency_key, operation, gateway_id, charge_id, amount_cents,
                                                       outcome, created_at)
                VALUES (:key, :operation, :gatewayId, :chargeId, :amount, :outcome, :now)
                """)
                .param("key", key)
                .param("operation", operation)
                .param("gatewayId", gatewayId)
                .param("chargeId", chargeId)
                .param("amount", amount)
                .param("outcome", outcome)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private record Operation(String gatewayId, String outcome) {
    }
}
