package org.inkwell.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.platform.JdbcTime;
import org.inkwell.records.LegalHold;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class HoldRepository {

    private static final String COLUMNS = """
            id, inmate_id, facility_code, inmate_number, account_id, email, reference, reason, placed_by_name,
            placed_at, lifted_by_name, lifted_at""";

    private final JdbcClient jdbc;

    HoldRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LegalHold hold, UUID placedBy) {
        jdbc.sql("""
                INSERT INTO legal_hold (id, inmate_id, facility_code, inmate_number, account_id, email, reference, reason,
                                        placed_by, placed_by_name, placed_at)
                VALUES (:id, :inmate, :facility, :number, :account, :email, :reference, :reason, :by, :byName, :at)
                """)
                .param("id", hold.id()).param("inmate", hold.inmateId()).param("facility", hold.facility())
                .param("number", hold.inmateNumber()).param("account", hold.accountId()).param("email", hold.email())
                .param("reference", hold.reference()).param("reason", hold.reason()).param("by", placedBy)
                .param("byName", hold.placedBy()).param("at", Timestamp.from(hold.placedAt()))
                .update();
    }

    public Optional<LegalHold> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE id = :id FOR UPDATE").param("id", id)
                .query(HoldRepository::map).optional();
    }

    public Optional<LegalHold> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE id = :id").param("id", id)
                .query(HoldRepository::map).optional();
    }

    public void lift(UUID id, UUID by, String byName, Instant at) {
        jdbc.sql("UPDATE legal_hold SET lifted_by = :by, lifted_by_name = :byName, lifted_at = :at WHERE id = :id")
                .param("by", by).param("byName", byName).param("at", Timestamp.from(at)).param("id", id)
                .update();
    }

    /** Open holds first, then lifted ones; newest first within each. */
    public List<LegalHold> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold ORDER BY lifted_at IS NOT NULL, placed_at DESC, id LIMIT :limit")
                .param("limit", limit).query(HoldRepository::map).list();
    }

    public List<LegalHold> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE lifted_at IS NULL")
                .query(HoldRepository::map).list();
    }

    private static LegalHold map(ResultSet rs, int row) throws SQLException {
        return new LegalHold(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
                rs.getString("facility_code"), rs.getString("inmate_number"), rs.getObject("account_id", UUID.class),
                rs.getString("email"), rs.getString("reference"), rs.getString("reason"),
                rs.getString("placed_by_name"), rs.getTimestamp("placed_at").toInstant(),
                rs.getString("lifted_by_name"), JdbcTime.instant(rs, "lifted_at"));
    }
}
