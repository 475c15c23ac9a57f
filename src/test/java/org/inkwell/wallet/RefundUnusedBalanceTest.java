package org.inkwell.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class RefundUnusedBalanceTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theWholeBalanceGoesBackToTheCardsNewestPaymentFirst() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String older = buy(family, 500, "tok_visa");
        String newer = buy(family, 700, "tok_mastercard");

        Api.Response refunded = api().as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/wallet/refunds", Map.of());

        assertThat(refunded.status()).as(refunded.body()).isEqualTo(201);
        JsonNode refund = refunded.json();
        assertThat(refund.get("amountCents").asLong()).isEqualTo(1200);
        assertThat(refund.get("balanceCents").asLong()).isZero();
        assertThat(refund.get("parts").get(0).get("paymentId").asString()).isEqualTo(newer);
        assertThat(refund.get("parts").get(0).get("amountCents").asLong()).isEqualTo(700);
        assertThat(refund.get("parts").get(1).get("paymentId").asString()).isEqualTo(older);
        assertThat(refund.get("parts").get(1).get("status").asString()).isEqualTo("SUCCEEDED");
        JsonNode statement = api().as(family).get("/api/v1/wallet").json();
        assertThat(statement.get("entries").get(0).get("kind").asString()).isEqualTo("BALANCE_REFUND");
        assertThat(statement.get("entries").get(0).get("amountCents").asLong()).isEqualTo(-1200);
        assertThat(jdbc.sql("SELECT count(*) FROM sandbox_gateway_operation WHERE operation = 'REFUND' AND idempotency_key IN "
                + "(SELECT id::text FROM balance_refund_part WHERE refund_id = CAST(:refund AS UUID))")
                .param("refund", refund.get("id").asString()).query(Integer.class).single())
                .as("the processor was asked for two refunds").isEqualTo(2);
    }

    @Test
    void aPartialRefundComesFromTheNewestPayment() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        buy(family, 500, "tok_visa");
        String newer = buy(family, 600, "tok_visa");

        JsonNode refund = api().as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/wallet/refunds", Map.of("amountCents", 250)).json();

        assertThat(refund.get("amountCents").asLong()).isEqualTo(250);
        assertThat(refund.get("parts").size()).isEqualTo(1);
        assertThat(refund.get("parts").get(0).get("paymentId").asString()).isEqualTo(newer);
        assertThat(refund.get("balanceCents").asLong()).isEqualTo(850);
    }

    @Test
    void nothingToRefundOrTooMuchIsAConflictAndChangesNothing() {
        String family = Families.verifiedFamily(api(), Families.newEmail());

        assertThat(refund(family, Map.of()).status()).isEqualTo(409);
        buy(family, 500, "tok_visa");
        assertThat(refund(family, Map.of("amountCents", 501)).status()).isEqualTo(409);
        assertThat(refund(family, Map.of("amountCents", -1)).status()).isEqualTo(400);
        assertThat(api().as(family).get("/api/v1/wallet").json().get("balanceCents").asLong()).isEqualTo(500);
    }

    @Test
    void aRetriedRefundRefundsOnce() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        buy(family, 900, "tok_visa");
        String key = UUID.randomUUID().toString();

        Api.Response first = api().as(family).with("Idempotency-Key", key).post("/api/v1/wallet/refunds", Map.of());
        Api.Response retry = api().as(family).with("Idempotency-Key", key).post("/api/v1/wallet/refunds", Map.of());

        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(api().as(family).get("/api/v1/wallet").json().get("entries").size()).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndRefundsNothingMore() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        buy(family, 900, "tok_visa");
        String key = UUID.randomUUID().toString();
        Api.Response first = api().as(family).with("Idempotency-Key", key).post("/api/v1/wallet/refunds", Map.of("amountCents", 100));

        Api.Response other = api().as(family).with("Idempotency-Key", key).post("/api/v1/wallet/refunds", Map.of("amountCents", 200));

        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(api().as(family).get("/api/v1/wallet").json().get("balanceCents").asLong()).isEqualTo(800);
    }

    private Api.Response refund(String family, Map<String, Object> body) {
        return api().as(family).with("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/wallet/refunds", body);
    }

    private String buy(String family, long amount, String token) {
        Api.Response response = api().as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/wallet/purchases", Map.of("amountCents", amount, "paymentToken", token));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
