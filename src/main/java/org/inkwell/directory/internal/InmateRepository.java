package org.inkwell.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.directory.Inmate;
import org.inkwell.directory.InmateStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InmateRepository {

    private static final String SELECT = """
            SELECT i.*, f.code AS facility_code FROM inmate i JOIN facility f ON f.id = i.facility_id
            """;

    private static final String MATCHES = """
             AND (i.number LIKE :number OR lower(i.first_name || ' ' || i.last_name) LIKE :name
                  OR lower(i.last_name || ' ' || i.first_name) LIKE :name OR lower(i.last_name || ', ' || i.first_name) LIKE :name)
            """;

    private final JdbcClient jdbc;

    InmateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Inmate> findById(UUID id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query(InmateRepository::map).optional();
    }

    public List<Inmate> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE i.id IN (:ids)").param("ids", ids).query(InmateRepository::map).list();
    }

    /**
     * People released longer ago than the retention period of the facility that released them, in id order
     * after {@code afterId} (null: from the start).
     */
    public List<UUID> releasedPastRetention(Instant now, UUID afterId, int limit) {
        return jdbc.sql("""
                SELECT i.id FROM inmate i JOIN facility f ON f.id = i.facility_id
                WHERE i.released_at IS NOT NULL
                  AND (CAST(:after AS UUID) IS NULL OR i.id > :after)
                  AND i.released_at < CAST(:now AS TIMESTAMPTZ) - make_interval(days => f.retention_days)
                ORDER BY i.id
                LIMIT :limit
                """)
                .param("after", afterId).param("now", java.sql.Timestamp.from(now)).param("limit", limit)
                .query(UUID.class).list();
    }

    /** Which of these numbers belong to someone on the agency's roster. */
    public List<String> existingNumbers(UUID agencyId, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT number FROM inmate WHERE agency_id = :agency AND number IN (:numbers)")
                .param("agency", agencyId).param("numbers", numbers).query(String.class).list();
    }

    public Optional<Inmate> findAtFacility(String facilityCode, String number) {
        return jdbc.sql(SELECT + " WHERE f.code = :facility AND i.number = :number")
                .param("facility", facilityCode)
                .param("number", number)
                .query(InmateRepository::map)
                .optional();
    }

    public Optional<Inmate> findInAgency(UUID agencyId, String number) {
        return jdbc.sql(SELECT + " WHERE i.agency_id = :agency AND i.number = :number")
                .param("agency", agencyId)
                .param("number", number)
                .query(InmateRepository::map)
                .optional();
    }

    /**
     * The agency-wide record for a number, locked for the rest of the transaction. The row is locked on its
     * own and read afterwards: a locking query joined to the facility, re-checked after waiting for a
     * transfer that changed the facility, would find nobody.
     */
    public Optional<Inmate> lockInAgency(UUID agencyId, String number) {
        return jdbc.sql("SELECT id FROM inmate WHERE agency_id = :agency AND number = :number FOR UPDATE")
                .param("agency", agencyId)
                .param("number", number)
                .query(UUID.class)
                .optional()
                .flatMap(this::findById);
    }

    /** Locked like {@link #lockInAgency}: on its own, then read. */
    public Optional<Inmate> lock(UUID id) {
        return jdbc.sql("SELECT id FROM inmate WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional()
                .flatMap(this::findById);
    }

    public Optional<String> pinHash(UUID inmateId) {
        return jdbc.sql("SELECT pin_hash FROM inmate WHERE id = :id").param("id", inmateId)
                .query(String.class).optional();
    }

    public void insert(Inmate inmate, String pinHash, Instant now) {
        jdbc.sql("""
                INSERT INTO inmate (id, agency_id, facility_id, number, first_name, last_name, status, housing_unit,
                                    pin_hash, booked_at, updated_at)
                VALUES (:id, :agency, :facility, :number, :first, :last, :status, :housing, :pin, :now, :now)
                ON CONFLICT (agency_id, number) DO NOTHING
                """)
                .param("id", inmate.id())
                .param("agency", inmate.agencyId())
                .param("facility", inmate.facilityId())
                .param("number", inmate.number())
                .param("first", inmate.firstName())
                .param("last", inmate.lastName())
                .param("status", inmate.status().name())
                .param("housing", inmate.housingUnit())
                .param("pin", pinHash)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Books the person into custody at a facility (new booking, re-booking or transfer). */
    public void book(UUID id, UUID facilityId, String firstName, String lastName, String housingUnit, Instant now) {
        jdbc.sql("""
                UPDATE inmate SET facility_id = :facility, first_name = :first, last_name = :last,
                       housing_unit = :housing, updated_at = :now,
                       booked_at = CASE WHEN status = 'RELEASED' THEN :now ELSE booked_at END,
                       status = 'IN_CUSTODY', released_at = NULL
                WHERE id = :id
                """)
                .param("id", id)
                .param("facility", facilityId)
                .param("first", firstName)
                .param("last", lastName)
                .param("housing", housingUnit)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Moves a person in custody to another facility; the name stays as the holding facility had it. */
    public void transfer(UUID id, UUID facilityId, String housingUnit, Instant now) {
        jdbc.sql("UPDATE inmate SET facility_id = :facility, housing_unit = :housing, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("facility", facilityId)
                .param("housing", housingUnit)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void release(UUID id, Instant now) {
        jdbc.sql("UPDATE inmate SET status = 'RELEASED', released_at = :now, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void setPinHash(UUID id, String pinHash) {
        jdbc.sql("UPDATE inmate SET pin_hash = :pin WHERE id = :id").param("id", id).param("pin", pinHash).update();
    }

    /**
     * People in custody at the facility, by number, after the number {@code after} (keyset paging); a search
     * matches the start of the number or any part of the name, ignoring case.
     */
    public List<Inmate> inCustodyAt(UUID facilityId, String search, String after, int limit) {
        return jdbc.sql(SELECT + " WHERE i.facility_id = :facility AND i.status = 'IN_CUSTODY' AND i.number > :after"
                        + MATCHES + " ORDER BY i.number LIMIT :limit")
                .param("facility", facilityId)
                .param("after", after == null ? "" : after)
                .param("number", escapeLike(search.toUpperCase(Locale.ROOT)) + "%")
                .param("name", "%" + escapeLike(search.toLowerCase(Locale.ROOT)) + "%")
                .param("limit", limit)
                .query(InmateRepository::map)
                .list();
    }

    public long countInCustodyAt(UUID facilityId, String search) {
        return jdbc.sql("SELECT count(*) FROM inmate i WHERE i.facility_id = :facility AND i.status = 'IN_CUSTODY'" + MATCHES)
                .param("facility", facilityId)
                .param("number", escapeLike(search.toUpperCase(Locale.ROOT)) + "%")
                .param("name", "%" + escapeLike(search.toLowerCase(Locale.ROOT)) + "%")
                .query(Long.class)
                .single();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Inmate map(ResultSet rs, int row) throws SQLException {
        return new Inmate(
                rs.getObject("id", UUID.class),
                rs.getObject("agency_id", UUID.class),
                rs.getObject("facility_id", UUID.class),
                rs.getString("facility_code"),
                rs.getString("number"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                InmateStatus.valueOf(rs.getString("status")),
                rs.getString("housing_unit"));
    }
}
