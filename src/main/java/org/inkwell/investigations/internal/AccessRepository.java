package org.inkwell.investigations.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.investigations.AccessAction;
import org.inkwell.investigations.AccessEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccessRepository {

    private final JdbcClient jdbc;

    AccessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Instant at, UUID caseId, UUID agencyId, UUID investigatorId, String investigatorName,
            AccessAction action, String query, UUID messageId, UUID facilityId) {
        jdbc.sql("""
                INSERT INTO investigation_access (at, case_id, agency_id, investigator_id, investigator_name, action,
                                                  query, message_id, facility_id)
                VALUES (:at, :case, :agency, :investigator, :name, :action, :query, :message, :facility)
                """)
                .param("at", Timestamp.from(at)).param("case", caseId).param("agency", agencyId)
                .param("investigator", investigatorId).param("name", investigatorName).param("action", action.name())
                .param("query", query).param("message", messageId).param("facility", facilityId)
                .update();
    }

    /**
     * Newest first. With an agency and a facility: the entries of that agency that reached the facility
     * (limited to it, or reaching across the agency) or belong to a case about someone held there. With
     * neither: every entry.
     */
    public List<AccessEntry> find(UUID agencyId, UUID facilityId, Long before, int limit) {
        return jdbc.sql("""
                SELECT a.id, a.at, a.investigator_name, c.case_number, a.action, a.query, a.message_id
                FROM investigation_access a JOIN investigation_case c ON c.id = a.case_id
                WHERE (CAST(:agency AS UUID) IS NULL OR a.agency_id = :agency)
                  AND (CAST(:facility AS UUID) IS NULL OR a.facility_id IS NULL OR a.facility_id = :facility
                       OR EXISTS (SELECT 1 FROM investigation_subject s WHERE s.case_id = a.case_id
                                                                          AND s.facility_id = :facility))
                  AND (CAST(:before AS BIGINT) IS NULL OR a.id < :before)
                ORDER BY a.id DESC
                LIMIT :limit
                """)
                .param("agency", agencyId).param("facility", facilityId).param("before", before).param("limit", limit)
                .query((rs, n) -> new AccessEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("investigator_name"), rs.getString("case_number"),
                        AccessAction.valueOf(rs.getString("action")), rs.getString("query"),
                        rs.getObject("message_id", UUID.class)))
                .list();
    }

    /** What an admin's weekly summary counts. */
    public record Counts(long casesOpened, long searches, long views, long exports) {
    }

    /**
     * The agency's investigations since the moment that reached the facility, as the access log shows them
     * to its admins; cases count when opened about someone held there or only about outside accounts.
     */
    public Counts touching(UUID agencyId, UUID facilityId, Instant since) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM investigation_case c
                        WHERE c.agency_id = :agency AND c.opened_at >= :since
                          AND (EXISTS (SELECT 1 FROM investigation_subject s WHERE s.case_id = c.id
                                                                              AND s.facility_id = :facility)
                               OR NOT EXISTS (SELECT 1 FROM investigation_subject s WHERE s.case_id = c.id
                                                                                  AND s.facility_id IS NOT NULL)))
                           AS cases,
                       count(*) FILTER (WHERE a.action = 'SEARCH') AS searches,
                       count(*) FILTER (WHERE a.action = 'VIEW') AS views,
                       count(*) FILTER (WHERE a.action = 'EXPORT') AS exports
                FROM investigation_access a
                WHERE a.agency_id = :agency AND a.at >= :since
                  AND (a.facility_id IS NULL OR a.facility_id = :facility
                       OR EXISTS (SELECT 1 FROM investigation_subject s WHERE s.case_id = a.case_id
                                                                          AND s.facility_id = :facility))
                """)
                .param("agency", agencyId).param("facility", facilityId).param("since", Timestamp.from(since))
                .query((rs, n) -> new Counts(rs.getLong("cases"), rs.getLong("searches"), rs.getLong("views"),
                        rs.getLong("exports")))
                .single();
    }

    /** Takes the admin's summary of the week: false when it was already sent. */
    public boolean claimSummary(UUID staffId, java.time.LocalDate weekStart, Instant now) {
        return jdbc.sql("""
                INSERT INTO investigation_summary_sent (staff_id, week_start, sent_at) VALUES (:staff, :week, :now)
                ON CONFLICT (staff_id, week_start) DO NOTHING
                """)
                .param("staff", staffId).param("week", weekStart).param("now", Timestamp.from(now))
                .update() == 1;
    }
}
