package org.inkwell.wallet.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.wallet.ChargeOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Message charges: the cost leaves the wallet into "charges held" when the message is sent; it moves
 * on to revenue when the message is delivered, or back to the wallet when it is rejected or withdrawn.
 * The status row makes each of those happen at most once.
 */
@Repository
public class MessageCharges {

    private final JdbcClient jdbc;
    private final Ledger ledger;

    MessageCharges(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /**
     * Takes the cost from the owner's wallet into charges held and records the held charge, in one statement:
     * the wallet is found and debited only if the balance covers the cost, and the ledger transaction, its
     * two entries and the charge's row are written only for a debited wallet (every send charges, so round
     * trips count here). A short balance writes nothing and is refused with 402.
     */
    public void charge(UUID owner, long amountCents, String reference) {
        Optional<UUID> wallet = jdbc.sql("""
                WITH w AS (UPDATE ledger_account SET balance_cents = balance_cents - :amount
                           WHERE kind = 'WALLET' AND owner_id = :owner AND currency = :currency AND balance_cents >= :amount
                           RETURNING id),
                     t AS (INSERT INTO ledger_transaction (id, at, kind, reference)
                           SELECT CAST(:transaction AS uuid), CAST(:now AS timestamptz), 'MESSAGE_CHARGE', CAST(:reference AS text)
                           FROM w
                           RETURNING id, at),
                     e AS (INSERT INTO ledger_entry (transaction_id, account_id, amount_cents, at)
                           SELECT t.id, leg.account, leg.amount, t.at
                           FROM t, w, LATERAL (VALUES (w.id, -CAST(:amount AS bigint)),
                                                      (CAST(:held AS uuid), CAST(:amount AS bigint))) AS leg (account, amount)),
                     c AS (INSERT INTO message_charge (reference, owner_id, amount_cents, currency, status, charged_at)
                           SELECT CAST(:reference AS text), CAST(:owner AS uuid), CAST(:amount AS bigint),
                                  CAST(:currency AS text), 'HELD', CAST(:now AS timestamptz)
                           FROM w)
                SELECT id FROM w
                """)
                .param("amount", amountCents).param("owner", owner).param("currency", Ledger.CURRENCY)
                .param("transaction", UUID.randomUUID()).param("now", Timestamp.from(ledger.now()))
                .param("reference", reference).param("held", Ledger.CHARGES_HELD)
                .query(UUID.class)
                .optional();
        if (wallet.isEmpty()) {
            throw Ledger.insufficient(ledger.existingWallet(owner).map(ledger::balance).orElse(0L), amountCents);
        }
    }

    public boolean settle(String reference) {
        return resolve(reference, ChargeOutcome.SETTLED).map(charge -> {
            ledger.post("MESSAGE_SETTLED", reference, List.of(
                    Ledger.Leg.system(Ledger.CHARGES_HELD, -charge.amount()),
                    Ledger.Leg.system(Ledger.PLATFORM_REVENUE, charge.amount())));
            return true;
        }).orElse(false);
    }

    public boolean refund(String reference) {
        return resolve(reference, ChargeOutcome.REFUNDED).map(charge -> {
            ledger.post("REFUND", reference, List.of(
                    Ledger.Leg.system(Ledger.CHARGES_HELD, -charge.amount()),
                    Ledger.Leg.wallet(ledger.walletOf(charge.owner()), charge.amount())));
            return true;
        }).orElse(false);
    }

    public Optional<ChargeOutcome> outcome(String reference) {
        return jdbc.sql("SELECT status FROM message_charge WHERE reference = :reference").param("reference", reference)
                .query(String.class).optional().map(ChargeOutcome::valueOf);
    }

    /** Moves a held charge to its outcome; empty when it was not held (already resolved, or never charged). */
    private Optional<Held> resolve(String reference, ChargeOutcome outcome) {
        return jdbc.sql("""
                UPDATE message_charge SET status = :status, resolved_at = :now
                WHERE reference = :reference AND status = 'HELD'
                RETURNING owner_id, amount_cents
                """)
                .param("status", outcome.name()).param("now", Timestamp.from(ledger.now())).param("reference", reference)
                .query((rs, n) -> new Held(rs.getObject("owner_id", UUID.class), rs.getLong("amount_cents")))
                .optional();
    }

    private record Held(UUID owner, long amount) {
    }
}
