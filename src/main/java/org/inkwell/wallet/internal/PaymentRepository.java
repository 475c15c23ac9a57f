package org.inkwell.wallet.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.wallet.PaymentGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PaymentRepository {

    public record Payment(UUID id, UUID owner, String idempotencyKey, long amountCents, String currency,
                          String paymentToken, String status, String gatewayChargeId, String failure,
                          long refundedCents, PaymentGateway.Card card, Instant createdAt, Instant updatedAt) {
        public boolean pending() {
            return status.equals("PENDING");
        }
    }

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Payment> findByKey(UUID owner, String key) {
        return jdbc.sql("SELECT * FROM payment WHERE owner_id = :owner AND idempotency_key = :key")
                .param("owner", owner).param("key", key).query(PaymentRepository::map).optional();
    }

    public Optional<Payment> lock(UUID id) {
        return jdbc.sql("SELECT * FROM payment WHERE id = :id FOR UPDATE").param("id", id)
                .query(PaymentRepository::map).optional();
    }

    public Payment insertPending(UUID owner, String key, long amount, String currency, String token, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO payment (id, owner_id, idempotency_key, amount_cents, currency, payment_token, status,
                                     created_at, updated_at)
                VALUES (:id, :owner, :key, :amount, :currency, :token, 'PENDING', :now, :now)
                """)
                .param("id", id).param("owner", owner).param("key", key).param("amount", amount)
                .param("currency", currency).param("token", token).param("now", Timestamp.from(now))
                .update();
        return new Payment(id, owner, key, amount, currency, token, "PENDING", null, null, 0, null, now, now);
    }

    public void markSucceeded(UUID id, String chargeId, PaymentGateway.Card card, Instant now) {
        jdbc.sql("""
                UPDATE payment SET status = 'SUCCEEDED', gateway_charge_id = :charge, card_brand = :brand,
                                   card_last4 = :last4, card_fingerprint = :fingerprint, updated_at = :now
                WHERE id = :id
                """)
                .param("charge", chargeId).param("brand", card == null ? null : card.brand().name())
                .param("last4", card == null ? null : card.last4())
                .param("fingerprint", card == null || card.fingerprint() == null ? null
                        : CardFingerprints.hash(card.fingerprint()))
                .param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    /** For each of the accounts, the other owners of successful payments with a card of the same fingerprint. */
    public List<Map.Entry<UUID, UUID>> sharingACard(Collection<UUID> owners, int limit) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT a.owner_id AS owner, b.owner_id AS other
                FROM payment a JOIN payment b ON b.card_fingerprint = a.card_fingerprint AND b.owner_id <> a.owner_id
                                             AND b.status = 'SUCCEEDED'
                WHERE a.owner_id IN (:owners) AND a.status = 'SUCCEEDED' AND a.card_fingerprint IS NOT NULL
                LIMIT :limit
                """)
                .param("owners", owners).param("limit", limit)
                .query((rs, n) -> Map.entry(rs.getObject("owner", UUID.class), rs.getObject("other", UUID.class)))
                .list();
    }

    /** The owner's payment, whatever its state; empty for anyone else's. */
    public Optional<Payment> findOwned(UUID owner, UUID id) {
        return jdbc.sql("SELECT * FROM payment WHERE id = :id AND owner_id = :owner")
                .param("id", id).param("owner", owner).query(PaymentRepository::map).optional();
    }

    public void markFailed(UUID id, String failure, Instant now) {
        jdbc.sql("UPDATE payment SET status = 'FAILED', failure = :failure, updated_at = :now WHERE id = :id")
                .param("failure", failure).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Pending payments whose request gave up, oldest first, locked for whoever reconciles them. */
    public List<Payment> lockAbandoned(Instant olderThan, int limit) {
        return jdbc.sql("""
                SELECT * FROM payment WHERE status = 'PENDING' AND updated_at < :cutoff
                ORDER BY created_at LIMIT :limit FOR UPDATE SKIP LOCKED
                """)
                .param("cutoff", Timestamp.from(olderThan)).param("limit", limit)
                .query(PaymentRepository::map).list();
    }

    /** The owner's successful payments with something left to refund, newest first, locked. */
    public List<Payment> lockRefundable(UUID owner) {
        return jdbc.sql("""
                SELECT * FROM payment
                WHERE owner_id = :owner AND status = 'SUCCEEDED' AND refunded_cents < amount_cents
                ORDER BY created_at DESC FOR UPDATE
                """)
                .param("owner", owner).query(PaymentRepository::map).list();
    }

    /** The card details kept with the owner's payments (an erased account's); the payments stay for accounting. */
    public void forgetCards(UUID owner) {
        jdbc.sql("UPDATE payment SET card_fingerprint = NULL, card_last4 = NULL WHERE owner_id = :owner")
                .param("owner", owner).update();
    }

    public void addRefunded(UUID id, long amount) {
        jdbc.sql("UPDATE payment SET refunded_cents = refunded_cents + :amount WHERE id = :id")
                .param("amount", amount).param("id", id).update();
    }

    private static Payment map(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
                rs.getString("idempotency_key"), rs.getLong("amount_cents"), rs.getString("currency"),
                rs.getString("payment_token"), rs.getString("status"), rs.getString("gateway_charge_id"),
                rs.getString("failure"), rs.getLong("refunded_cents"), card(rs), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    static PaymentGateway.Card card(ResultSet rs) throws SQLException {
        String brand = rs.getString("card_brand");
        return brand == null ? null : new PaymentGateway.Card(PaymentGateway.CardBrand.valueOf(brand), rs.getString("card_last4"));
    }
}
