package org.inkwell.contacts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A closed account's contacts: ended at closure, and its name taken out of their history at erasure. */
@Repository
public class ClosedAccountContactRepository {

    private final JdbcClient jdbc;

    ClosedAccountContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every contact of the account, whatever its status. */
    public List<UUID> allOf(UUID accountId) {
        return jdbc.sql("SELECT id FROM contact WHERE account_id = :account").param("account", accountId)
                .query(UUID.class).list();
    }

    /** Closes every open request and approved contact of the account (blocked and suspended ones too); answers their ids. */
    public List<UUID> closeAllOf(UUID accountId, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE contact SET status = 'CLOSED', status_reason = :reason, updated_at = :now
                WHERE account_id = :account AND status IN ('PENDING', 'APPROVED')
                RETURNING id
                """)
                .param("reason", reason).param("now", Timestamp.from(now)).param("account", accountId)
                .query(UUID.class).list();
    }

    /** The one change the history allows (V37): the name of a family member whose closed account is erased. */
    public void eraseActorName(UUID accountId, String erasedName) {
        jdbc.sql("UPDATE contact_history SET actor_name = :name WHERE actor_id = :account AND actor_role = 'FAMILY'")
                .param("name", erasedName).param("account", accountId).update();
    }
}
