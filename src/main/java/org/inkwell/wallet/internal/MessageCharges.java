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

    public void charge(UUID owner, long amountCents, String reference) {
        ledger.debitOwner(owner, amountCents, "MESSAGE_CHARGE", reference, Ledger.CHARGES_HELD);
        jdbc.sql("""
                INSERT INTO message_charge (reference, owner_id, amount_cents, currency, status, charged_at)
                VALUES (:reference, :owner, :amount, :currency, 'HELD', :now)
                """)
                .param("reference", reference).param("owner", owner).param("amount", amountCents)
                .param("currency", Ledger.CURRENCY).param("now", Timestamp.from(ledger.now()))
                .update();
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
