package org.inkwell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs after every other test class (see junit-platform.properties) on the database they all used:
 * whatever they did, money was conserved.
 */
@Order(Integer.MAX_VALUE)
class LedgerStaysBalancedTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void allEntriesSumToZero() {
        assertThat(jdbc.sql("SELECT COALESCE(sum(amount_cents), 0) FROM ledger_entry").query(Long.class).single()).isZero();
    }

    @Test
    void everyTransactionBalances() {
        List<String> unbalanced = jdbc.sql("""
                SELECT transaction_id::text FROM ledger_entry GROUP BY transaction_id HAVING sum(amount_cents) <> 0
                """).query(String.class).list();
        assertThat(unbalanced).isEmpty();
    }

    @Test
    void everyWalletsEntriesSumToItsBalanceAndNoneIsNegative() {
        List<String> wrong = jdbc.sql("""
                SELECT a.id::text FROM ledger_account a LEFT JOIN ledger_entry e ON e.account_id = a.id
                WHERE a.kind = 'WALLET'
                GROUP BY a.id, a.balance_cents
                HAVING a.balance_cents <> COALESCE(sum(e.amount_cents), 0) OR a.balance_cents < 0
                """).query(String.class).list();
        assertThat(wrong).isEmpty();
    }

    @Test
    void heldChargesEqualTheChargesStillHeld() {
        long held = jdbc.sql("""
                SELECT COALESCE(sum(e.amount_cents), 0) FROM ledger_entry e
                JOIN ledger_account a ON a.id = e.account_id WHERE a.kind = 'CHARGES_HELD'
                """).query(Long.class).single();
        long open = jdbc.sql("SELECT COALESCE(sum(amount_cents), 0) FROM message_charge WHERE status = 'HELD'")
                .query(Long.class).single();
        assertThat(held).isEqualTo(open);
    }

    @Test
    void everySucceededPaymentWasCreditedOnceAndNoOtherWas() {
        List<String> wrong = jdbc.sql("""
                SELECT p.id::text FROM payment p
                LEFT JOIN ledger_transaction t ON t.reference = 'payment:' || p.id AND t.kind = 'PURCHASE'
                GROUP BY p.id, p.status
                HAVING (p.status = 'SUCCEEDED' AND count(t.id) <> 1) OR (p.status <> 'SUCCEEDED' AND count(t.id) <> 0)
                """).query(String.class).list();
        assertThat(wrong).isEmpty();
    }
}
