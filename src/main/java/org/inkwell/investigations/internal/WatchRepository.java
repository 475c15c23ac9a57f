package org.inkwell.investigations.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.investigations.Watch;
import org.inkwell.investigations.WatchAlert;
import org.inkwell.investigations.WatchKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class WatchRepository {

    private static final String LIVE = " w.removed_at IS NULL AND EXISTS (SELECT 1 FROM investigation_case c"
            + " WHERE c.id = w.case_id AND c.status = 'OPEN' AND c.access_until > :now)";

    private final JdbcClient jdbc;

    WatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Watch watch, UUID agencyId, UUID inmateId, UUID accountId, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO investigation_watch (id, case_id, agency_id, kind, value, inmate_id, account_id, created_at,
                                                 created_by)
                VALUES (:id, :case, :agency, :kind, :value, :inmate, :account, :at, :by)
                """)
                .param("id", watch.id()).param("case", watch.caseId()).param("agency", agencyId)
                .param("kind", watch.kind().name()).param("value", watch.value()).param("inmate", inmateId)
                .param("account", accountId).param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    public List<Watch> ofCase(UUID caseId) {
        return jdbc.sql("SELECT id, case_id, kind, value FROM investigation_watch WHERE case_id = :case AND removed_at IS NULL ORDER BY created_at, id")
                .param("case", caseId).query(WatchRepository::map).list();
    }

    public boolean remove(UUID caseId, UUID watchId, Instant at) {
        return jdbc.sql("UPDATE investigation_watch SET removed_at = :at WHERE id = :id AND case_id = :case AND removed_at IS NULL")
                .param("at", Timestamp.from(at)).param("id", watchId).param("case", caseId).update() == 1;
    }

    /** The agency's live watched terms, distinct, in a stable order. */
    public List<String> liveTerms(UUID agencyId, Instant now) {
        return jdbc.sql("SELECT DISTINCT w.value FROM investigation_watch w WHERE w.agency_id = :agency AND w.kind = 'TERM' AND "
                        + LIVE + " ORDER BY w.value")
                .param("agency", agencyId).param("now", Timestamp.from(now)).query(String.class).list();
    }

    public List<Watch> liveTermWatches(UUID agencyId, Instant now) {
        return jdbc.sql("SELECT w.id, w.case_id, w.kind, w.value FROM investigation_watch w WHERE w.agency_id = :agency AND w.kind = 'TERM' AND " + LIVE)
                .param("agency", agencyId).param("now", Timestamp.from(now)).query(WatchRepository::map).list();
    }

    public List<Watch> livePartyWatches(UUID inmateId, UUID accountId, Instant now) {
        return jdbc.sql("""
                SELECT w.id, w.case_id, w.kind, w.value FROM investigation_watch w
                WHERE ((w.kind = 'PERSON' AND w.inmate_id = :inmate) OR (w.kind = 'EMAIL' AND w.account_id = :account))
                  AND """ + LIVE)
                .param("inmate", inmateId).param("account", accountId).param("now", Timestamp.from(now))
                .query(WatchRepository::map).list();
    }

    public void alert(Watch watch, UUID messageId, Instant at) {
        jdbc.sql("""
                INSERT INTO investigation_alert (id, case_id, watch_id, message_id, at, kind, value)
                VALUES (:id, :case, :watch, :message, :at, :kind, :value)
                """)
                .param("id", UUID.randomUUID()).param("case", watch.caseId()).param("watch", watch.id())
                .param("message", messageId).param("at", Timestamp.from(at)).param("kind", watch.kind().name())
                .param("value", watch.value())
                .update();
    }

    public List<WatchAlert> alerts(UUID caseId) {
        return jdbc.sql("SELECT id, at, message_id, kind, value FROM investigation_alert WHERE case_id = :case ORDER BY at DESC, id")
                .param("case", caseId)
                .query((rs, n) -> new WatchAlert(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
                        rs.getObject("message_id", UUID.class), WatchKind.valueOf(rs.getString("kind")),
                        rs.getString("value")))
                .list();
    }

    public Optional<Watch> find(UUID caseId, UUID watchId) {
        return jdbc.sql("SELECT id, case_id, kind, value FROM investigation_watch WHERE id = :id AND case_id = :case")
                .param("id", watchId).param("case", caseId).query(WatchRepository::map).optional();
    }

    private static Watch map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Watch(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                WatchKind.valueOf(rs.getString("kind")), rs.getString("value"));
    }
}
