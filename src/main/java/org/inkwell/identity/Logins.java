package org.inkwell.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.internal.AccountRepository;
import org.inkwell.identity.internal.LoginThrottle;
import org.inkwell.identity.internal.PasswordPolicy;
import org.inkwell.identity.internal.StaffRepository;
import org.inkwell.identity.internal.TokenStore;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Logging in and out. A wrong password and an unknown name get the same 401 after the same work;
 * five failures in a row lock the name for 15 minutes (429 with Retry-After).
 */
@Service
public class Logins {

    private static final String WRONG_CREDENTIALS = "The username or password is not right.";
    private static final String WRONG_KIOSK_CREDENTIALS = "The facility, number or PIN is not right.";

    private final AccountRepository accounts;
    private final StaffRepository staff;
    private final Roster roster;
    private final TokenStore tokens;
    private final LoginThrottle throttle;
    private final PasswordPolicy policy;
    private final PasswordEncoder hashes;
    private final AuditLog audit;
    private final Clock clock;
    /** Compared against when the name does not exist, so that takes as long as a wrong password. */
    private final SingletonSupplier<String> unknownUserHash;

    Logins(AccountRepository accounts, StaffRepository staff, Roster roster, TokenStore tokens, LoginThrottle throttle,
            PasswordPolicy policy, PasswordEncoder hashes, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.staff = staff;
        this.roster = roster;
        this.tokens = tokens;
        this.throttle = throttle;
        this.policy = policy;
        this.hashes = hashes;
        this.audit = audit;
        this.clock = clock;
        this.unknownUserHash = SingletonSupplier.of(() -> hashes.encode("no-such-user-" + UUID.randomUUID()));
    }

    /** A public account (by email) or a staff member (by username). Failures are recorded even though refused. */
    @Transactional(noRollbackFor = ApiException.class)
    public IssuedToken login(String username, String password) {
        String name = username == null ? "" : username.trim();
        String key = "user:" + name.toLowerCase(Locale.ROOT);
        refuseIfLocked(key, name);
        Optional<Caller> caller;
        String hash;
        if (name.contains("@")) {
            Optional<AccountRepository.Credentials> found = accounts.credentials(name);
            caller = found.map(c -> new Caller(c.account().id(), Role.FAMILY, c.account().fullName(), null, null));
            hash = found.map(AccountRepository.Credentials::passwordHash).orElseGet(unknownUserHash);
        } else {
            Optional<StaffRepository.Credentials> found = staff.credentials(name);
            caller = found.map(c -> new Caller(c.staff().id(), c.staff().role(), c.staff().fullName(),
                    c.staff().facilityId(), c.staff().agencyId()));
            hash = found.map(StaffRepository.Credentials::passwordHash).orElseGet(unknownUserHash);
        }
        boolean matches = password != null && hashes.matches(password, hash);
        if (!matches || caller.isEmpty()) {
            fail(key, name, WRONG_CREDENTIALS);
        }
        return succeed(key, caller.get());
    }

    /** A person in custody at a kiosk or tablet: facility code, number and PIN. */
    @Transactional(noRollbackFor = ApiException.class)
    public IssuedToken loginInmate(String facility, String number, String pin) {
        String name = (facility == null ? "" : facility.trim()) + ":" + (number == null ? "" : number.trim());
        String key = "inmate:" + name.toUpperCase(Locale.ROOT);
        refuseIfLocked(key, name);
        Optional<Inmate> inmate = roster.authenticate(facility, number, pin);
        if (inmate.isEmpty()) {
            fail(key, name, WRONG_KIOSK_CREDENTIALS);
        }
        Inmate person = inmate.get();
        return succeed(key, new Caller(person.id(), Role.INMATE, person.name(), person.facilityId(), person.agencyId()));
    }

    /** When the session of this token ends unless used again (the kiosk shows a countdown to it). */
    public Optional<java.time.Instant> sessionEndsAt(String token) {
        return tokens.endsAt(token);
    }

    @Transactional
    public void logout(String token) {
        tokens.revoke(token);
    }

    /** Changes the caller's own password and ends their other sessions. */
    @Transactional
    public void changePassword(Caller caller, String currentToken, String currentPassword, String newPassword) {
        boolean family = caller.is(Role.FAMILY);
        String hash = (family ? accounts.passwordHash(caller.id()) : staff.passwordHash(caller.id()))
                .orElseThrow(() -> ApiException.forbidden("This account has no password."));
        if (currentPassword == null || !hashes.matches(currentPassword, hash)) {
            audit.record(AuditEntry.by(caller, "PASSWORD_CHANGE", caller.id().toString(), AuditOutcome.FAILURE));
            throw ApiException.invalidField("currentPassword", "is not right");
        }
        policy.check("newPassword", newPassword, caller.name());
        String newHash = hashes.encode(newPassword);
        if (family) {
            accounts.setPasswordHash(caller.id(), newHash, clock.instant());
        } else {
            staff.setPasswordHash(caller.id(), newHash);
        }
        tokens.revokeAllOf(caller.id(), currentToken);
        audit.record(AuditEntry.by(caller, "PASSWORD_CHANGE", caller.id().toString(), AuditOutcome.SUCCESS));
    }

    private void refuseIfLocked(String key, String name) {
        Optional<Duration> locked = throttle.lockedFor(key);
        if (locked.isPresent()) {
            audit.record(AuditEntry.anonymous(name, "LOGIN", AuditOutcome.DENIED).withDetail("locked"));
            throw ApiException.tooManyRequests(
                    "Too many failed attempts. Try again in " + minutes(locked.get()) + ".", locked.get());
        }
    }

    private void fail(String key, String name, String message) {
        boolean locked = throttle.recordFailure(key);
        audit.record(AuditEntry.anonymous(name, "LOGIN", AuditOutcome.FAILURE));
        if (locked) {
            audit.record(AuditEntry.anonymous(name, "LOCKOUT", AuditOutcome.SUCCESS)
                    .withDetail("locked after repeated failures"));
        }
        throw ApiException.unauthorized(message);
    }

    private IssuedToken succeed(String key, Caller caller) {
        throttle.recordSuccess(key);
        audit.record(AuditEntry.by(caller, "LOGIN", caller.id().toString(), AuditOutcome.SUCCESS));
        return tokens.issue(caller);
    }

    private static String minutes(Duration duration) {
        long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
