package org.inkwell.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.inkwell.platform.ApiException;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The charge service the message pipeline calls inside its own transaction: a charge is held, then
 * settled or refunded exactly once, and a wallet is never overspent, however many run at once.
 */
class ChargeForMessagesTest extends IntegrationTest {

    @Autowired
    private Wallets wallets;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aChargeIsRefundedOnceAndThenCannotBeSettled() {
        UUID owner = fundedAccount(1000);
        String reference = "message:" + UUID.randomUUID();

        transactions.executeWithoutResult(s -> wallets.charge(owner, 400, reference));
        assertThat(wallets.balance(owner)).isEqualTo(600);

        assertThat(refund(reference)).isTrue();
        assertThat(refund(reference)).isFalse();
        assertThat(settle(reference)).isFalse();
        assertThat(wallets.balance(owner)).isEqualTo(1000);
        assertThat(wallets.chargeOutcome(reference)).contains(ChargeOutcome.REFUNDED);
    }

    @Test
    void aSettledChargeCannotBeRefunded() {
        UUID owner = fundedAccount(1000);
        String reference = "message:" + UUID.randomUUID();
        transactions.executeWithoutResult(s -> wallets.charge(owner, 250, reference));

        assertThat(settle(reference)).isTrue();
        assertThat(refund(reference)).isFalse();
        assertThat(wallets.balance(owner)).isEqualTo(750);
    }

    @Test
    void aChargeAboveTheBalanceIsRefusedAndWritesNothing() {
        UUID owner = fundedAccount(500);
        String reference = "message:" + UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> wallets.charge(owner, 501, reference)))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status().value()).isEqualTo(402));
        assertThat(wallets.balance(owner)).isEqualTo(500);
        assertThat(wallets.chargeOutcome(reference)).isEmpty();
    }

    @Test
    void fiftyConcurrentPurchasesAndChargesNeverOverspendAndTheLedgerAgrees() throws Exception {
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        UUID owner = accountId(family);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Boolean>> charges = new ArrayList<>();
        List<Future<Integer>> purchases = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            purchases.add(pool.submit(() -> api().as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                    .post("/api/v1/wallet/purchases", Map.of("amountCents", 500, "paymentToken", "tok_visa")).status()));
            charges.add(pool.submit(() -> {
                try {
                    transactions.executeWithoutResult(s -> wallets.charge(owner, 700, "message:" + UUID.randomUUID()));
                    return true;
                } catch (ApiException refused) {
                    return false;
                }
            }));
        }
        long bought = 0;
        for (Future<Integer> purchase : purchases) {
            assertThat(purchase.get()).isEqualTo(201);
            bought += 500;
        }
        long spent = 0;
        for (Future<Boolean> charge : charges) {
            spent += charge.get() ? 700 : 0;
        }
        pool.shutdown();

        long balance = wallets.balance(owner);
        assertThat(balance).isEqualTo(bought - spent).isNotNegative();
        long entrySum = jdbc.sql("""
                SELECT COALESCE(sum(e.amount_cents), 0) FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
                WHERE a.kind = 'WALLET' AND a.owner_id = :owner
                """).param("owner", owner).query(Long.class).single();
        assertThat(entrySum).isEqualTo(balance);
    }

    private boolean refund(String reference) {
        return Boolean.TRUE.equals(transactions.execute(s -> wallets.refund(reference)));
    }

    private boolean settle(String reference) {
        return Boolean.TRUE.equals(transactions.execute(s -> wallets.settle(reference)));
    }

    private UUID fundedAccount(long cents) {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        api().as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/wallet/purchases", Map.of("amountCents", cents, "paymentToken", "tok_visa"));
        return accountId(family);
    }

    private UUID accountId(String token) {
        return UUID.fromString(api().as(token).get("/api/v1/accounts/me").json().get("id").asString());
    }
}
