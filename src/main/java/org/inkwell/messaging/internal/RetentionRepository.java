package org.inkwell.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.inkwell.contacts.Side;
import org.inkwell.messaging.MessageRetention.Candidate;
import org.inkwell.messaging.MessageRetention.StaleDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What retention reads and clears in messaging's tables. The scans follow V36's partial indexes (rows not
 * yet erased, finished with) in index order, so a run reads each row it passes once and never sorts.
 */
@Repository
public class RetentionRepository {

    /** Messages the retention rules apply to: finished with, not erased yet. */
    private static final String FINISHED = """
            erased_at IS NULL AND status IN ('DELIVERED', 'READ', 'REJECTED', 'WITHDRAWN')""";

    private final JdbcClient jdbc;

    RetentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A facility's messages finished with before the cutoff, oldest first, after the given one. Privileged
     * legal messages are not among them: they are kept until the person's release (see {@link #finishedOfPeople}).
     */
    public List<Candidate> finishedBefore(UUID facilityId, Instant cutoff, Candidate after, int limit) {
        // The keyset condition only when there is one: an OR around it would keep it out of the index scan.
        String keyset = after == null ? ""
                : "AND (COALESCE(delivered_at, decided_at), id) > (CAST(:afterAt AS TIMESTAMPTZ), CAST(:afterId AS UUID))";
        JdbcClient.StatementSpec query = jdbc.sql("""
                SELECT id, inmate_id, account_id, COALESCE(delivered_at, decided_at) AS finished_at FROM message
                WHERE facility_id = :facility AND %s
                  AND COALESCE(delivered_at, decided_at) < :cutoff AND NOT privileged
                  %s
                ORDER BY COALESCE(delivered_at, decided_at), id
                LIMIT :limit
                """.formatted(FINISHED, keyset))
                .param("facility", facilityId).param("cutoff", Timestamp.from(cutoff)).param("limit", limit);
        if (after != null) {
            query = query.param("afterAt", Timestamp.from(after.finishedAt())).param("afterId", after.id());
        }
        return query.query(RetentionRepository::candidate).list();
    }

    /** Every finished message of these people, in id order after the given id (null: from the start). */
    public List<Candidate> finishedOfPeople(Collection<UUID> inmateIds, UUID afterId, int limit) {
        if (inmateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, inmate_id, account_id, COALESCE(delivered_at, decided_at) AS finished_at FROM message
                WHERE inmate_id IN (:inmates) AND %s
                  AND id > :after
                ORDER BY id
                LIMIT :limit
                """.formatted(FINISHED))
                .param("inmates", inmateIds).param("after", afterId == null ? new UUID(0, 0) : afterId)
                .param("limit", limit)
                .query(RetentionRepository::candidate).list();
    }

    /**
     * Clears the bodies and screening flags of those of these messages no one else holds a lock on, and
     * marks them erased; answers the ones it erased. A row a send, review or read holds is left for the
     * next run rather than waited for.
     */
    public List<UUID> erase(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                UPDATE message SET body = '', screening_flags = '[]', erased_at = :now
                WHERE id IN (SELECT id FROM message WHERE id IN (:ids) AND erased_at IS NULL
                             FOR UPDATE SKIP LOCKED)
                RETURNING id
                """)
                .param("ids", ids).param("now", Timestamp.from(now))
                .query(UUID.class).list();
    }

    /** Drafts untouched since before the cutoff, in key order after the given one. */
    public List<StaleDraft> draftsUntouchedSince(Instant cutoff, StaleDraft after, int limit) {
        return jdbc.sql("""
                SELECT contact_id, side, updated_at FROM draft
                WHERE updated_at < :cutoff
                  AND (contact_id, side) > (:afterContact, :afterSide)
                ORDER BY contact_id, side
                LIMIT :limit
                """)
                .param("cutoff", Timestamp.from(cutoff))
                .param("afterContact", after == null ? new UUID(0, 0) : after.contactId())
                .param("afterSide", after == null ? "" : after.side().name()).param("limit", limit)
                .query((rs, n) -> new StaleDraft(rs.getObject("contact_id", UUID.class), Side.valueOf(rs.getString("side")),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** Deletes the draft unless it was written again since it was read. */
    public boolean deleteDraft(StaleDraft draft) {
        return jdbc.sql("DELETE FROM draft WHERE contact_id = :contact AND side = :side AND updated_at = :updated")
                .param("contact", draft.contactId()).param("side", draft.side().name())
                .param("updated", Timestamp.from(draft.updatedAt()))
                .update() == 1;
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
                rs.getObject("account_id", UUID.class), rs.getTimestamp("finished_at").toInstant());
    }
}
