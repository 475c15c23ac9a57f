package org.inkwell.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.directory.Facilities;
import org.inkwell.identity.IssuedToken;
import org.inkwell.platform.Caller;
import org.inkwell.platform.ClientAddress;
import org.inkwell.platform.Role;
import org.inkwell.platform.TokenAuthenticator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API tokens in PostgreSQL, so every service instance can check every token. Public and staff tokens
 * die after 30 idle minutes or 12 hours; kiosk tokens after 15 minutes, or more when the person asks for more
 * time, never past their facility's kiosk session limit counted from login.
 */
@Component
public class TokenStore implements TokenAuthenticator {

    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(12);
    static final Duration KIOSK = Duration.ofMinutes(15);
    /** Last use is written at most this often, so a busy client does not write on every request. */
    private static final Duration TOUCH_GRANULARITY = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Facilities facilities;
    private final KioskAccess kiosks;
    private final ClientAddress clientAddress;

    TokenStore(JdbcClient jdbc, Clock clock, Facilities facilities, KioskAccess kiosks, ClientAddress clientAddress) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.facilities = facilities;
        this.kiosks = kiosks;
        this.clientAddress = clientAddress;
    }

    public IssuedToken issue(Caller caller) {
        String token = Tokens.newToken();
        Instant now = clock.instant();
        boolean kiosk = caller.role() == Role.INMATE;
        Instant expires = now.plus(kiosk ? min(KIOSK, kioskLimit(caller.facilityId())) : ABSOLUTE);
        jdbc.sql("""
                INSERT INTO api_token (token_hash, subject_id, subject_name, role, facility_id, agency_id, issued_at,
                                       last_used_at, idle_timeout_seconds, expires_at)
                VALUES (:hash, :subject, :name, :role, :facility, :agency, :now, :now, :idle, :expires)
                """)
                .param("hash", Tokens.hash(token))
                .param("subject", caller.id())
                .param("name", caller.name())
                .param("role", caller.role().name())
                .param("facility", caller.facilityId())
                .param("agency", caller.agencyId())
                .param("now", Timestamp.from(now))
                .param("idle", kiosk ? null : (int) IDLE.toSeconds())
                .param("expires", Timestamp.from(expires))
                .update();
        Instant shownExpiry = kiosk ? expires : min(now.plus(IDLE), expires);
        return new IssuedToken(token, shownExpiry, caller.role());
    }

    /**
     * A kiosk token is refused (403) outside its facility's kiosk hours and outside its kiosk networks:
     * a session begun before closing does not outlast it.
     */
    @Override
    public Optional<Caller> authenticate(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        byte[] hash = Tokens.hash(token);
        Instant now = clock.instant();
        Optional<ActiveToken> active = jdbc.sql("""
                SELECT subject_id, subject_name, role, facility_id, agency_id, last_used_at
                FROM api_token
                WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
                  AND (idle_timeout_seconds IS NULL OR last_used_at + idle_timeout_seconds * INTERVAL '1 second' > :now)
                """)
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new ActiveToken(new Caller(rs.getObject("subject_id", UUID.class),
                        Role.valueOf(rs.getString("role")), rs.getString("subject_name"),
                        rs.getObject("facility_id", UUID.class), rs.getObject("agency_id", UUID.class)),
                        rs.getTimestamp("last_used_at").toInstant()))
                .optional();
        active.filter(a -> a.lastUsed().plus(TOUCH_GRANULARITY).isBefore(now)).ifPresent(a ->
                jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE token_hash = :hash")
                        .param("now", Timestamp.from(now))
                        .param("hash", hash)
                        .update());
        active.map(ActiveToken::caller).filter(caller -> caller.is(Role.INMATE))
                .flatMap(caller -> facilities.findById(caller.facilityId()))
                .ifPresent(facility -> {
                    kiosks.refuseIfClosed(facility);
                    kiosks.refuseIfOutside(facility, clientAddress.current());
                });
        return active.map(ActiveToken::caller);
    }

    /** When a still-valid token stops working if not used again: its absolute end or its idle end. */
    public Optional<Instant> endsAt(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT CASE WHEN idle_timeout_seconds IS NULL THEN expires_at
                            ELSE LEAST(expires_at, last_used_at + idle_timeout_seconds * INTERVAL '1 second') END
                FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL
                """)
                .param("hash", Tokens.hash(token))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /**
     * "More time" at the kiosk: a live kiosk session runs for another 15 minutes from now, but never past
     * its facility's kiosk session limit counted from its login, so one person cannot hold a shared kiosk all day.
     */
    public void extendKiosk(String token, UUID facilityId) {
        if (!Tokens.wellFormed(token)) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE api_token SET expires_at = GREATEST(expires_at, LEAST(:later, issued_at + :limit * INTERVAL '1 second'))
                WHERE token_hash = :hash AND role = 'INMATE' AND revoked_at IS NULL AND expires_at > :now
                """)
                .param("later", Timestamp.from(now.plus(KIOSK)))
                .param("limit", kioskLimit(facilityId).toSeconds())
                .param("hash", Tokens.hash(token))
                .param("now", Timestamp.from(now))
                .update();
    }

    public void revoke(String token) {
        if (!Tokens.wellFormed(token)) {
            return;
        }
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", Tokens.hash(token))
                .update();
    }

    /** Ends every session of a subject but the one presenting {@code keep} (after a password change). */
    public void revokeAllOf(UUID subjectId, String keep) {
        jdbc.sql("""
                UPDATE api_token SET revoked_at = :now
                WHERE subject_id = :subject AND revoked_at IS NULL AND token_hash <> :keep
                """)
                .param("now", Timestamp.from(clock.instant()))
                .param("subject", subjectId)
                .param("keep", Tokens.hash(keep == null ? "" : keep))
                .update();
    }

    private Duration kioskLimit(UUID facilityId) {
        return Duration.ofMinutes(facilities.findById(facilityId).orElseThrow().kioskSessionMinutes());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record ActiveToken(Caller caller, Instant lastUsed) {
    }
}
