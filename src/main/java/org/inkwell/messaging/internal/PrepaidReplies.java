package org.inkwell.messaging.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Replies paid for in advance by a family, each backed by a held charge on the family's wallet. */
@Repository
public class PrepaidReplies {

    public record Prepaid(UUID id, ChargeReference chargeReference, long amountCents) {
    }

    private final JdbcClient jdbc;

    PrepaidReplies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID id, UUID contactId, UUID inmateId, ChargeReference chargeReference, long amountCents, Instant now) {
        jdbc.sql("""
                INSERT INTO prepaid_reply (id, contact_id, inmate_id, charge_reference, amount_cents, status, created_at)
                VALUES (:id, :contact, :inmate, :reference, :amount, 'AVAILABLE', :now)
                """)
                .param("id", id).param("contact", contactId).param("inmate", inmateId).param("reference", chargeReference.stored())
                .param("amount", amountCents).param("now", Timestamp.from(now))
                .update();
    }

    /** Takes the oldest prepaid reply of the contact for this message; empty when none is left. */
    public Optional<Prepaid> use(UUID contactId, UUID messageId) {
        return jdbc.sql("""
                UPDATE prepaid_reply SET status = 'USED', used_by = :message
                WHERE id = (SELECT id FROM prepaid_reply WHERE contact_id = :contact AND status = 'AVAILABLE'
                            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, charge_reference, amount_cents
                """)
                .param("message", messageId).param("contact", contactId)
                .query((rs, n) -> new Prepaid(rs.getObject("id", UUID.class),
                        ChargeReference.parse(rs.getString("charge_reference")).orElseThrow(), rs.getLong("amount_cents")))
                .optional();
    }

    public int available(UUID contactId) {
        return jdbc.sql("SELECT count(*) FROM prepaid_reply WHERE contact_id = :contact AND status = 'AVAILABLE'")
                .param("contact", contactId).query(Integer.class).single();
    }

    /** Marks every unused prepaid reply to a person refunded; answers their charge references. */
    public List<String> refundAllFor(UUID inmateId) {
        return jdbc.sql("""
                UPDATE prepaid_reply SET status = 'REFUNDED' WHERE inmate_id = :inmate AND status = 'AVAILABLE'
                RETURNING charge_reference
                """)
                .param("inmate", inmateId).query(String.class).list();
    }
}
