package org.inkwell.screening.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.screening.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TermRepository {

    public record StoredTerm(long id, Category category, String term, UUID facilityId) {
    }

    private final JdbcClient jdbc;

    TermRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long version(UUID agencyId) {
        return jdbc.sql("SELECT version FROM screening_list_version WHERE agency_id = :agency").param("agency", agencyId)
                .query(Long.class).optional().orElse(0L);
    }

    public long bumpVersion(UUID agencyId) {
        return jdbc.sql("""
                INSERT INTO screening_list_version (agency_id, version) VALUES (:agency, 1)
                ON CONFLICT (agency_id) DO UPDATE SET version = screening_list_version.version + 1
                RETURNING version
                """).param("agency", agencyId).query(Long.class).single();
    }

    /** The agency's live terms and the facility's additions. */
    public List<StoredTerm> live(UUID agencyId, UUID facilityId) {
        return jdbc.sql("""
                SELECT id, category, term, facility_id FROM screening_term
                WHERE agency_id = :agency AND retired_at IS NULL AND (facility_id IS NULL OR facility_id = :facility)
                ORDER BY category, term
                """)
                .param("agency", agencyId).param("facility", facilityId)
                .query((rs, n) -> new StoredTerm(rs.getLong("id"), Category.valueOf(rs.getString("category")),
                        rs.getString("term"), rs.getObject("facility_id", UUID.class)))
                .list();
    }

    public Optional<StoredTerm> find(long id) {
        return jdbc.sql("SELECT id, category, term, facility_id FROM screening_term WHERE id = :id AND retired_at IS NULL")
                .param("id", id)
                .query((rs, n) -> new StoredTerm(rs.getLong("id"), Category.valueOf(rs.getString("category")),
                        rs.getString("term"), rs.getObject("facility_id", UUID.class)))
                .optional();
    }

    public Optional<UUID> agencyOf(long id) {
        return jdbc.sql("SELECT agency_id FROM screening_term WHERE id = :id").param("id", id).query(UUID.class).optional();
    }

    /** Adds a term unless the same one is live in that scope; answers its id, or empty when it was there. */
    public Optional<Long> add(UUID agencyId, UUID facilityId, Category category, String term, String by, Instant now) {
        return jdbc.sql("""
                INSERT INTO screening_term (agency_id, facility_id, category, term, added_by, added_at)
                VALUES (:agency, :facility, :category, :term, :by, :now)
                ON CONFLICT DO NOTHING
                RETURNING id
                """)
                .param("agency", agencyId).param("facility", facilityId).param("category", category.name())
                .param("term", term).param("by", by).param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    /** Adds the agency-wide terms it lacks in one statement; answers how many were added. */
    public int addAll(UUID agencyId, List<DefaultTerms.Entry> entries, String by, Instant now) {
        return jdbc.sql("""
                INSERT INTO screening_term (agency_id, facility_id, category, term, added_by, added_at)
                SELECT :agency, NULL, t.category, t.term, :by, :now
                FROM unnest(:categories::text[], :terms::text[]) WITH ORDINALITY AS t(category, term, position)
                ORDER BY t.position
                ON CONFLICT DO NOTHING
                """)
                .param("agency", agencyId).param("by", by).param("now", Timestamp.from(now))
                .param("categories", entries.stream().map(e -> e.category().name()).toArray(String[]::new))
                .param("terms", entries.stream().map(DefaultTerms.Entry::term).toArray(String[]::new))
                .update();
    }

    public void retire(long id, String by, Instant now) {
        jdbc.sql("UPDATE screening_term SET retired_by = :by, retired_at = :now WHERE id = :id AND retired_at IS NULL")
                .param("by", by).param("now", Timestamp.from(now)).param("id", id).update();
    }

    public boolean anyTerms(UUID agencyId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM screening_term WHERE agency_id = :agency)").param("agency", agencyId)
                .query(Boolean.class).single();
    }
}
