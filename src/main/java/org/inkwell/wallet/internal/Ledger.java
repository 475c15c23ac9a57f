package org.inkwell.wallet.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.platform.ApiException;
import org.inkwell.platform.Money;
import org.inkwell.wallet.WalletStatement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Posts balanced transactions. Wallet balances are updated in the same statement sequence as the
 * entries, and a debit that would take a wallet below zero is refused (here with a 402, and by the
 * table's CHECK constraint should anything else try).
 */
@Repository
public class Ledger {

    public static final String CURRENCY = "USD";
    public static final UUID GATEWAY_CLEARING = UUID.fromString("00000000-0000-0000-0000-000000000001");
    public static final UUID CHARGES_HELD = UUID.fromString("00000000-0000-0000-0000-000000000002");
    public static final UUID PLATFORM_REVENUE = UUID.fromString("00000000-0000-0000-0000-000000000003");
    public static final UUID REFUNDS_IN_PROGRESS = UUID.fromString("00000000-0000-0000-0000-000000000004");
    public static final UUID COMMISSARY_CLEARING = UUID.fromString("00000000-0000-0000-0000-000000000005");

    /** One side of a transaction: a positive amount credits the account, a negative one debits it. */
    public record Leg(UUID account, long amountCents, boolean wallet) {
        public static Leg wallet(UUID account, long amountCents) {
            return new Leg(account, amountCents, true);
        }

        public static Leg system(UUID account, long amountCents) {
            return new Leg(account, amountCents, false);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Ledger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The owner's wallet account, created empty on first use. */
    public UUID walletOf(UUID owner) {
        return existingWallet(owner).orElseGet(() -> {
            jdbc.sql("""
                    INSERT INTO ledger_account (id, kind, owner_id, currency, balance_cents)
                    VALUES (:id, 'WALLET', :owner, :currency, 0)
                    ON CONFLICT (owner_id, currency) WHERE kind = 'WALLET' DO NOTHING
                    """)
                    .param("id", UUID.randomUUID())
                    .param("owner", owner)
                    .param("currency", CURRENCY)
                    .update();
            return existingWallet(owner).orElseThrow();
        });
    }

    public Optional<UUID> existingWallet(UUID owner) {
        return jdbc.sql("SELECT id FROM ledger_account WHERE kind = 'WALLET' AND owner_id = :owner AND currency = :currency")
                .param("owner", owner)
                .param("currency", CURRENCY)
                .query(UUID.class)
                .optional();
    }

    public long balance(UUID walletAccount) {
        return jdbc.sql("SELECT balance_cents FROM ledger_account WHERE id = :id").param("id", walletAccount)
                .query(Long.class).single();
    }

    /**
     * Posts a transaction whose legs sum to zero. Wallet debits come first and are conditional on the
     * balance, so an overspend is refused before anything is written.
     */
    public UUID post(String kind, String reference, List<Leg> legs) {
        long sum = legs.stream().mapToLong(Leg::amountCents).sum();
        if (sum != 0) {
            throw new IllegalArgumentException("unbalanced " + kind + " transaction: legs sum to " + sum);
        }
        for (Leg leg : legs) {
            if (leg.wallet() && leg.amountCents() < 0) {
                debitWallet(leg.account(), -leg.amountCents());
            }
        }
        for (Leg leg : legs) {
            if (leg.wallet() && leg.amountCents() > 0) {
                jdbc.sql("UPDATE ledger_account SET balance_cents = balance_cents + :amount WHERE id = :id")
                        .param("amount", leg.amountCents())
                        .param("id", leg.account())
                        .update();
            }
        }
        return record(kind, reference, legs);
    }

    /** Writes a transaction and its legs; balances were moved already. */
    private UUID record(String kind, String reference, List<Leg> legs) {
        UUID transaction = UUID.randomUUID();
        // One statement for the transaction and all its legs: every send posts one, so round trips count here.
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("transaction", transaction);
        params.put("at", Timestamp.from(clock.instant()));
        params.put("kind", kind);
        params.put("reference", reference);
        for (int i = 0; i < legs.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(CAST(:account").append(i).append(" AS uuid), CAST(:amount").append(i)
                    .append(" AS bigint))");
            params.put("account" + i, legs.get(i).account());
            params.put("amount" + i, legs.get(i).amountCents());
        }
        jdbc.sql("""
                WITH t AS (INSERT INTO ledger_transaction (id, at, kind, reference) VALUES (:transaction, :at, :kind, :reference)
                           RETURNING id, at)
                INSERT INTO ledger_entry (transaction_id, account_id, amount_cents, at)
                SELECT t.id, leg.account, leg.amount, t.at FROM t, (VALUES %s) AS leg (account, amount)
                """.formatted(values))
                .params(params)
                .update();
        return transaction;
    }

    private void debitWallet(UUID wallet, long amount) {
        Optional<Long> remaining = jdbc.sql("""
                UPDATE ledger_account SET balance_cents = balance_cents - :amount
                WHERE id = :id AND balance_cents >= :amount
                RETURNING balance_cents
                """)
                .param("amount", amount)
                .param("id", wallet)
                .query(Long.class)
                .optional();
        if (remaining.isEmpty()) {
            throw insufficient(balance(wallet), amount);
        }
    }

    static ApiException insufficient(long balance, long amount) {
        return ApiException.paymentRequired("send.balance-too-low", "Your balance is %s and this costs %s. Add credit and try again."
                .formatted(Money.format(balance), Money.format(amount)));
    }

    /** A page of a wallet's entries, newest first, starting below the {@code before} cursor (null: the newest). */
    public WalletStatement statement(UUID owner, Long before, int limit) {
        Optional<UUID> wallet = existingWallet(owner);
        if (wallet.isEmpty()) {
            return new WalletStatement(0, CURRENCY, List.of(), null);
        }
        record Row(long cursor, WalletStatement.Entry entry) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT e.id AS cursor, t.id, e.at, t.kind, e.amount_cents, t.reference
                FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id
                WHERE e.account_id = :wallet AND (CAST(:before AS BIGINT) IS NULL OR e.id < :before)
                ORDER BY e.id DESC
                LIMIT :limit
                """)
                .param("wallet", wallet.get())
                .param("before", before)
                .param("limit", limit + 1)
                .query((rs, n) -> new Row(rs.getLong("cursor"), new WalletStatement.Entry(rs.getString("id"),
                        rs.getTimestamp("at").toInstant(), statementKind(rs.getString("kind")),
                        rs.getLong("amount_cents"), rs.getString("reference"))))
                .list();
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        String next = more ? Long.toString(page.get(page.size() - 1).cursor()) : null;
        return new WalletStatement(balance(wallet.get()), CURRENCY, page.stream().map(Row::entry).toList(), next);
    }

    public Instant now() {
        return clock.instant();
    }

    /** How a transaction appears on the family's statement. */
    private static String statementKind(String transactionKind) {
        return switch (transactionKind) {
            case "BALANCE_REFUND_RETURNED" -> "BALANCE_REFUND_REVERSED";
            default -> transactionKind;
        };
    }
}
