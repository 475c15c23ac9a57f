package org.inkwell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.LedgerInvariants;
import org.inkwell.support.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Money is conserved, over everything in the ledger when this runs. So that it proves something wherever
 * it falls in the run (or run alone), it first moves money every way a family can: a purchase, a charge
 * settled by approval, one refunded by a rejection, one by a withdrawal, one still held, and the rest of
 * the balance paid back. The same invariants are checked after every other test class as well
 * ({@link LedgerInvariants}), so no class order is needed for them to see what every test did.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerStaysBalancedTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    private Scenario.Pair pair;
    private String held;

    @BeforeAll
    void moveMoneyEveryWay() {
        Api api = api();
        pair = Scenario.fundedPair(api, 1000);
        String approved = sent("Approved, so its charge is settled.");
        String rejected = sent("Rejected, so its charge comes back.");
        String withdrawn = sent("Withdrawn, so its charge comes back.");
        assertThat(api.as(pair.familyToken()).post("/api/v1/messages/" + withdrawn + "/withdraw", null).status())
                .isEqualTo(200);
        Scenario.decideAll(api, pair.reviewer(), Map.of(approved, "APPROVE", rejected, "DRUGS_OR_CONTRABAND"));
        held = sent("Waiting for review, so its charge is held.");
        Api.Response refund = api.as(pair.familyToken()).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/wallet/refunds", Map.of());
        assertThat(refund.status()).as(refund.body()).isEqualTo(201);
    }

    private String sent(String body) {
        Api.Response sent = Scenario.send(api(), pair.familyToken(), pair.contactId(), body);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json().get("id").asString();
    }

    @Test
    void allEntriesSumToZero() {
        assertThat(LedgerInvariants.sumOfAllEntries(jdbc)).isZero();
    }

    @Test
    void everyTransactionBalances() {
        assertThat(LedgerInvariants.unbalancedTransactions(jdbc)).isEmpty();
    }

    @Test
    void everyWalletsEntriesSumToItsBalanceAndNoneIsNegative() {
        assertThat(LedgerInvariants.walletsOffTheirEntries(jdbc)).isEmpty();
    }

    @Test
    void thisFamilysStatementAddsUpToItsBalanceOfNothing() {
        tools.jackson.databind.JsonNode wallet = api().as(pair.familyToken()).get("/api/v1/wallet").json();
        List<String> entries = new java.util.ArrayList<>();
        long total = 0;
        for (tools.jackson.databind.JsonNode entry : wallet.get("entries")) {
            entries.add(entry.get("kind").asString() + " " + entry.get("amountCents").asLong());
            total += entry.get("amountCents").asLong();
        }
        assertThat(entries).containsExactlyInAnyOrder("PURCHASE 1000", "MESSAGE_CHARGE -40", "MESSAGE_CHARGE -40",
                "MESSAGE_CHARGE -40", "MESSAGE_CHARGE -40", "REFUND 40", "REFUND 40", "BALANCE_REFUND -920");
        assertThat(total).isZero();
        assertThat(wallet.get("balanceCents").asLong()).isZero();
        assertThat(api().as(pair.familyToken()).get("/api/v1/messages/" + held).json().get("status").asString())
                .as("the held charge is still held, out of the refund").isEqualTo("IN_REVIEW");
    }

    @Test
    void heldChargesEqualTheChargesStillHeld() {
        Map<String, Object> held = LedgerInvariants.heldCharges(jdbc);
        assertThat(((Number) held.get("held")).longValue()).isEqualTo(((Number) held.get("open")).longValue());
        assertThat(((Number) held.get("charges")).longValue()).as("this test's own held charge is among them")
                .isPositive();
    }

    @Test
    void everySucceededPaymentWasCreditedOnceAndNoOtherWas() {
        assertThat(LedgerInvariants.paymentsCreditedWrongly(jdbc)).isEmpty();
    }
}
