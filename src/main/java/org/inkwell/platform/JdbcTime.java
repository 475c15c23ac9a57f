package org.inkwell.platform;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants and days to and from their JDBC types for columns that may be empty: a null stays null both
 * ways, so repositories need no {@code x == null ? null : ...} of their own.
 */
public final class JdbcTime {

    private JdbcTime() {
    }

    public static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    public static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date day = rs.getDate(column);
        return day == null ? null : day.toLocalDate();
    }
}
