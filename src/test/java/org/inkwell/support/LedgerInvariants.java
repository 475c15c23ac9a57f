package org.inkwell.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What the double-entry ledger must satisfy whatever was done to it, each read in one statement so it sees
 * one moment while the service's jobs commit. {@link IntegrationTest} checks them all after every test class
 * on the shared service, so money created, lost or counted twice fails the class that did it, in whatever
 * order the classes run; {@code LedgerStaysBalancedTest} states them one by one.
 */
public final class LedgerInvariants implements AfterAllCallback {

    /** Transactions whose entries do not sum to zero. */
    public static List<String> unbalancedTransactions(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT transaction_id::text FROM ledger_entry GROUP BY transaction_id HAVING sum(amount_cents) <> 0
                """).query(String.class).list();
    }

    /** The sum of every entry, which is zero when money is neither created nor lost. */
    public static long sumOfAllEntries(JdbcClient jdbc) {
        return jdbc.sql("SELECT COALESCE(sum(amount_cents), 0) FROM ledger_entry").query(Long.class).single();
    }

    /** Wallets whose kept balance is not the sum of their entries, or is negative. */
    public static List<String> walletsOffTheirEntries(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT a.id::text FROM ledger_account a LEFT JOIN ledger_entry e ON e.account_id = a.id
                WHERE a.kind = 'WALLET'
                GROUP BY a.id, a.balance_cents
                HAVING a.balance_cents <> COALESCE(sum(e.amount_cents), 0) OR a.balance_cents < 0
                """).query(String.class).list();
    }

    /** What the held-charges account holds, what the charges still held add up to, and how many they are. */
    public static Map<String, Object> heldCharges(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT (SELECT COALESCE(sum(e.amount_cents), 0) FROM ledger_entry e
                        JOIN ledger_account a ON a.id = e.account_id WHERE a.kind = 'CHARGES_HELD') AS held,
                       (SELECT COALESCE(sum(amount_cents), 0) FROM message_charge WHERE status = 'HELD') AS open,
                       (SELECT count(*) FROM message_charge WHERE status = 'HELD') AS charges
                """).query().singleRow();
    }

    /** Payments credited other than once if they succeeded, or at all if they did not. */
    public static List<String> paymentsCreditedWrongly(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT p.id::text FROM payment p
                LEFT JOIN ledger_transaction t ON t.reference = 'payment:' || p.id AND t.kind = 'PURCHASE'
                GROUP BY p.id, p.status
                HAVING (p.status = 'SUCCEEDED' AND count(t.id) <> 1) OR (p.status <> 'SUCCEEDED' AND count(t.id) <> 0)
                """).query(String.class).list();
    }

    /** Every invariant that does not hold, in words; empty when the ledger is sound. */
    public static List<String> broken(JdbcClient jdbc) {
        List<String> broken = new ArrayList<>();
        long sum = sumOfAllEntries(jdbc);
        if (sum != 0) {
            broken.add("all entries sum to " + sum);
        }
        List<String> unbalanced = unbalancedTransactions(jdbc);
        if (!unbalanced.isEmpty()) {
            broken.add("unbalanced transactions " + unbalanced);
        }
        List<String> wallets = walletsOffTheirEntries(jdbc);
        if (!wallets.isEmpty()) {
            broken.add("wallets off their entries or negative " + wallets);
        }
        Map<String, Object> held = heldCharges(jdbc);
        if (((Number) held.get("held")).longValue() != ((Number) held.get("open")).longValue()) {
            broken.add("held charges account " + held.get("held") + " but charges held " + held.get("open"));
        }
        List<String> payments = paymentsCreditedWrongly(jdbc);
        if (!payments.isEmpty()) {
            broken.add("payments credited wrongly " + payments);
        }
        return broken;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        JdbcClient jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
        List<String> broken = broken(jdbc);
        if (!broken.isEmpty()) {
            throw new AssertionError("the ledger is no longer sound after " + context.getDisplayName() + ": " + broken);
        }
    }
}
