package org.inkwell.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BuyCreditTest extends IntegrationTest {

    @Test
    void aPurchaseCreditsTheWalletAndShowsOnTheStatement() {
        String family = Families.verifiedFamily(api(), Families.newEmail());

        Api.Response bought = buy(family, key(), 1500, "tok_visa");

        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        assertThat(bought.json().get("id").asString()).isNotBlank();
        assertThat(bought.json().get("amountCents").asLong()).isEqualTo(1500);
        assertThat(bought.json().get("balanceCents").asLong()).isEqualTo(1500);
        JsonNode wallet = api().as(family).get("/api/v1/wallet").json();
        assertThat(wallet.get("balanceCents").asLong()).isEqualTo(1500);
        assertThat(wallet.get("currency").asString()).isEqualTo("USD");
        JsonNode entry = wallet.get("entries").get(0);
        assertThat(entry.get("kind").asString()).isEqualTo("PURCHASE");
        assertThat(entry.get("amountCents").asLong()).isEqualTo(1500);
        assertThat(entry.get("id").asString()).isNotBlank();
        assertThat(entry.get("at").asString()).isNotBlank();
        assertThat(entry.get("reference").asString()).contains(bought.json().get("id").asString());
    }

    @Test
    void aNewAccountHasAnEmptyWallet() {
        JsonNode wallet = api().as(Families.verifiedFamily(api(), Families.newEmail())).get("/api/v1/wallet").json();

        assertThat(wallet.get("balanceCents").asLong()).isZero();
        assertThat(wallet.get("entries").size()).isZero();
    }

    @Test
    void theDemoFamilyStartsWithTenDollars() {
        String family = api().login("family@example.org", "demo-family-pass");
        JsonNode entries = api().as(family).get("/api/v1/wallet?limit=200").json().get("entries");

        assertThat(entries.findParents("reference").stream()
                .anyMatch(e -> e.get("reference").asString().equals("demo:starting-credit")
                        && e.get("amountCents").asLong() == 1000)).isTrue();
    }

    @Test
    void amountsOutsideTheLimitsOrNotWholeCentsAreRefused() {
        String family = Families.verifiedFamily(api(), Families.newEmail());

        for (Object amount : List.of(499, 20001, -500, 0, 500.5, "700")) {
            Api.Response response = api().as(family).with("Idempotency-Key", key())
                    .post("/api/v1/wallet/purchases", Map.of("amountCents", amount, "paymentToken", "tok_visa"));
            assertThat(response.status()).as("amount %s: %s", amount, response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(buy(family, key(), 500, "tok_visa").status()).isEqualTo(201);
        assertThat(buy(family, key(), 20000, "tok_visa").status()).isEqualTo(201);
        assertThat(balance(family)).isEqualTo(20500);
    }

    @Test
    void theIdempotencyKeyIsRequiredAndMustBePrintableAscii() {
        String family = Families.verifiedFamily(api(), Families.newEmail());

        Api.Response missing = api().as(family).post("/api/v1/wallet/purchases",
                Map.of("amountCents", 500, "paymentToken", "tok_visa"));
        Api.Response tooLong = buy(family, "k".repeat(256), 500, "tok_visa");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(buy(family, "k".repeat(255), 500, "tok_visa").status()).isEqualTo(201);
        assertThat(balance(family)).isEqualTo(500);
    }

    @Test
    void anUnknownTokenIsABadRequestAndADeclinedCardIsPaymentRequired() {
        String family = Families.verifiedFamily(api(), Families.newEmail());

        Api.Response unknown = buy(family, key(), 1000, "tok_made_up");
        Api.Response declined = buy(family, key(), 1000, "tok_chargeDeclined");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.contentType()).startsWith("application/problem+json");
        assertThat(declined.json().get("detail").asString()).containsIgnoringCase("declined");
        JsonNode wallet = api().as(family).get("/api/v1/wallet").json();
        assertThat(wallet.get("balanceCents").asLong()).isZero();
        assertThat(wallet.get("entries").size()).isZero();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameAnswerAndChargesOnce() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String key = key();

        Api.Response first = buy(family, key, 2500, "tok_mastercard");
        Api.Response retry = buy(family, key, 2500, "tok_mastercard");

        assertThat(retry.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(balance(family)).isEqualTo(2500);
        Api.Response declinedFirst = buy(family, "declined-" + key, 900, "tok_chargeDeclined");
        Api.Response declinedRetry = buy(family, "declined-" + key, 900, "tok_chargeDeclined");
        assertThat(declinedRetry.status()).isEqualTo(declinedFirst.status()).isEqualTo(402);
        assertThat(declinedRetry.json()).isEqualTo(declinedFirst.json());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String key = key();
        buy(family, key, 1000, "tok_visa");

        Api.Response other = buy(family, key, 2000, "tok_visa");

        assertThat(other.status()).isEqualTo(422);
        assertThat(balance(family)).isEqualTo(1000);
    }

    @Test
    void keysBelongToTheirAccount() {
        String one = Families.verifiedFamily(api(), Families.newEmail());
        String two = Families.verifiedFamily(api(), Families.newEmail());
        String key = key();

        assertThat(buy(one, key, 1000, "tok_visa").status()).isEqualTo(201);
        assertThat(buy(two, key, 3000, "tok_visa").status()).isEqualTo(201);
        assertThat(balance(one)).isEqualTo(1000);
        assertThat(balance(two)).isEqualTo(3000);
    }

    @Test
    void theSameKeyFiredConcurrentlyHasOneEffect() throws Exception {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String key = key();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(pool.submit((Callable<Api.Response>) () -> buy(family, key, 700, "tok_visa")));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            statuses.add(answer.get().status());
        }
        pool.shutdown();

        assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
        assertThat(balance(family)).isEqualTo(700);
        assertThat(api().as(family).get("/api/v1/wallet").json().get("entries").size()).isEqualTo(1);
        assertThat(buy(family, key, 700, "tok_visa").status()).as("settled retry").isEqualTo(201);
    }

    @Test
    void aGatewayTimeoutFollowedByARetryCreditsExactlyOnce() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String key = key();

        Api.Response timedOut = buy(family, key, 1200, "tok_timeout");

        assertThat(timedOut.status()).isEqualTo(503);
        assertThat(timedOut.header("Retry-After")).isPresent();
        assertThat(timedOut.contentType()).startsWith("application/problem+json");
        assertThat(balance(family)).as("not credited while the outcome is unknown").isZero();

        Api.Response retried = buy(family, key, 1200, "tok_timeout");
        Api.Response again = buy(family, key, 1200, "tok_timeout");

        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().get("balanceCents").asLong()).isEqualTo(1200);
        assertThat(again.json()).isEqualTo(retried.json());
        assertThat(balance(family)).isEqualTo(1200);
    }

    @Test
    void theStatementIsNewestFirstAndPaged() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        buy(family, key(), 500, "tok_visa");
        buy(family, key(), 600, "tok_visa");
        buy(family, key(), 700, "tok_visa");

        JsonNode first = api().as(family).get("/api/v1/wallet?limit=2").json();
        JsonNode second = api().as(family).get("/api/v1/wallet?limit=2&before=" + first.get("nextBefore").asString()).json();

        assertThat(first.get("entries").findValues("amountCents").stream().map(JsonNode::asLong)).containsExactly(700L, 600L);
        assertThat(second.get("entries").findValues("amountCents").stream().map(JsonNode::asLong)).containsExactly(500L);
        assertThat(second.get("nextBefore").isNull()).isTrue();
        assertThat(api().as(family).get("/api/v1/wallet?limit=0").status()).isEqualTo(400);
        assertThat(api().as(family).get("/api/v1/wallet?before=abc").status()).isEqualTo(400);
    }

    private Api.Response buy(String token, String key, long amount, String paymentToken) {
        return api().as(token).with("Idempotency-Key", key)
                .post("/api/v1/wallet/purchases", Map.of("amountCents", amount, "paymentToken", paymentToken));
    }

    private long balance(String token) {
        return api().as(token).get("/api/v1/wallet").json().get("balanceCents").asLong();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
