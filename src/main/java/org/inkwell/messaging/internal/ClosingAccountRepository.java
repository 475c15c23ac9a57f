package org.inkwell.messaging.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a family's account closure and its later erasure ask of the messages. */
@Repository
public class ClosingAccountRepository {

    private final JdbcClient jdbc;

    ClosingAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The family's own messages still waiting for review, oldest first. */
    public List<UUID> awaitingReviewFrom(UUID accountId) {
        return jdbc.sql("""
                SELECT id FROM message WHERE account_id = :account AND direction = 'TO_INMATE' AND status = 'IN_REVIEW'
                ORDER BY submitted_at
                """)
                .param("account", accountId).query(UUID.class).list();
    }

    /** Marks every unused reply prepaid on these contacts refunded; answers their charge references. */
    public List<String> refundPrepaidRepliesOf(Collection<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                UPDATE prepaid_reply SET status = 'REFUNDED' WHERE contact_id IN (:contacts) AND status = 'AVAILABLE'
                RETURNING charge_reference
                """)
                .param("contacts", contactIds).query(String.class).list();
    }

    /**
     * Of these accounts, those with a message in either direction that retention has not erased yet
     * ({@code erased_at}, not an empty body: a privileged letter's text is kept elsewhere and its body here is
     * always empty).
     */
    public Set<UUID> withKeptMessages(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                SELECT DISTINCT account_id FROM message m
                WHERE m.account_id IN (:accounts) AND m.erased_at IS NULL
                """)
                .param("accounts", accountIds).query(UUID.class).list());
    }
}
