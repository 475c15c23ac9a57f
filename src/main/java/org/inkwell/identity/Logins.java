package org.inkwell.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.internal.AccountRepository;
import org.inkwell.identity.internal.FacilityLoginAlerts;
import org.inkwell.identity.internal.KioskAccess;
import org.inkwell.identity.internal.LoginThrottle;
import org.inkwell.identity.internal.PasswordPolicy;
import org.inkwell.identity.internal.SourceThrottle;
import org.inkwell.identity.internal.StaffRepository;
import org.inkwell.identity.internal.TokenStore;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.ClientAddress;
import org.inkwell.platform.FieldChecks;
import org.inkwell.platform.IpAddress;
import org.inkwell.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * Logging in and out. A wrong password and an unknown name (a closed account's email among them) get the
 * same 401 after the same work;
 * five failures in a row lock the name for 15 minutes (429 with Retry-After), and too many failures
 * from one client address lock that address out of every login for the rest of a 15-minute window.
 * People inside log in within their facility's kiosk hours only, and, where the facility lists its
 * kiosk networks, from those only; addresses in those networks have a limit of their own, higher
 * since a whole housing unit shares them.
 * <p>
 * Logins run without a surrounding transaction: each count is one statement that commits at once, so
 * parallel attempts see each other's counts and no row stays locked while a hash is compared.
 */
@Service
public class Logins {

    private static final String WRONG_CREDENTIALS = "The username or password is not right.";
    private static final String WRONG_KIOSK_CREDENTIALS = "The facility, number or PIN is not right.";

    private final AccountRepository accounts;
    private final StaffRepository staff;
    private final Roster roster;
    private final Facilities facilities;
    private final TokenStore tokens;
    private final LoginThrottle throttle;
    private final SourceThrottle sources;
    private final KioskAccess kiosks;
    private final FacilityLoginAlerts alerts;
    private final ClientAddress clientAddress;
    private final PasswordPolicy policy;
    private final PasswordEncoder hashes;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int sourceLimit;
    private final int kioskNetworkLimit;
    /** Compared against when the name does not exist, so that takes as long as a wrong password. */
    private final SingletonSupplier<String> unknownUserHash;

    Logins(AccountRepository accounts, StaffRepository staff, Roster roster, Facilities facilities, TokenStore tokens,
            LoginThrottle throttle, SourceThrottle sources, KioskAccess kiosks, FacilityLoginAlerts alerts,
            ClientAddress clientAddress, PasswordPolicy policy, PasswordEncoder hashes, AuditLog audit,
            TransactionTemplate transaction, Clock clock,
            @Value("${inkwell.security.login.source-failures:20}") int sourceLimit,
            @Value("${inkwell.security.login.kiosk-network-failures:200}") int kioskNetworkLimit) {
        this.accounts = accounts;
        this.staff = staff;
        this.roster = roster;
        this.facilities = facilities;
        this.tokens = tokens;
        this.throttle = throttle;
        this.sources = sources;
        this.kiosks = kiosks;
        this.alerts = alerts;
        this.clientAddress = clientAddress;
        this.policy = policy;
        this.hashes = hashes;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.sourceLimit = sourceLimit;
        this.kioskNetworkLimit = kioskNetworkLimit;
        this.unknownUserHash = SingletonSupplier.of(() -> hashes.encode("no-such-user-" + UUID.randomUUID()));
    }

    /** A public account (by email) or a staff member (by username). Failures are recorded even though refused. */
    public IssuedToken login(String username, String password) {
        String name = username == null ? "" : username.trim();
        String key = "user:" + name.toLowerCase(Locale.ROOT);
        String address = clientAddress.current();
        Source source = new Source(IpAddress.sourceKey(address), sourceLimit);
        LoginThrottle.Attempt attempt = begin(source, key, name, null);
        Optional<Caller> caller;
        String hash;
        if (name.contains("@")) {
            Optional<AccountRepository.Credentials> found = accounts.openCredentials(name);
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
            throw fail(attempt, name, null, "login.wrong", WRONG_CREDENTIALS);
        }
        return succeed(attempt, source, name, null, caller.get());
    }

    /** A person in custody at a kiosk or tablet: facility code, number and PIN. */
    public IssuedToken loginInmate(String facilityCode, String number, String pin) {
        String name = (facilityCode == null ? "" : facilityCode.trim()) + ":" + (number == null ? "" : number.trim());
        String key = inmateKey(facilityCode == null ? "" : facilityCode.trim(), number == null ? "" : number.trim());
        String address = clientAddress.current();
        Optional<Facility> facility = facilities.find(facilityCode);
        Source source = new Source(IpAddress.sourceKey(address), sourceLimit);
        if (facility.isPresent()) {
            Facility site = facility.get();
            try {
                kiosks.refuseIfOutside(site, address);
                kiosks.refuseIfClosed(site);
            } catch (ApiException refused) {
                audit.record(AuditEntry.anonymous(name, "LOGIN", AuditOutcome.DENIED)
                        .inFacility(site.id(), site.agency().id()).withDetail(refused.getMessage()));
                throw refused;
            }
            if (kiosks.isKioskNetwork(site, address)) {
                source = new Source("kiosk:" + site.id() + ":" + source.key(), kioskNetworkLimit);
            }
        }
        LoginThrottle.Attempt attempt = begin(source, key, name, facility.orElse(null));
        Optional<Inmate> inmate = roster.authenticate(facilityCode, number, pin);
        if (inmate.isEmpty()) {
            facility.ifPresent(site -> alerts.failed(site, key));
            throw fail(attempt, name, facility.orElse(null), "login.kiosk-wrong", WRONG_KIOSK_CREDENTIALS);
        }
        Inmate person = inmate.get();
        return succeed(attempt, source, name, facility.orElse(null),
                new Caller(person.id(), Role.INMATE, person.name(), person.facilityId(), person.agencyId()));
    }

    /**
     * Lifts the kiosk lockout of a person of the admin's own facility (a person inside cannot reset a
     * PIN by email). Others' people answer 404.
     */
    public void unlockInmate(Caller admin, String number) {
        Inmate person = roster.heldAtCallersFacility(admin, number);
        boolean wasLocked = throttle.unlock(inmateKey(person.facilityCode(), person.number()));
        audit.record(AuditEntry.by(admin, "LOGIN_UNLOCKED", person.number(), AuditOutcome.SUCCESS)
                .inFacility(person.facilityId(), person.agencyId())
                .withDetail(wasLocked ? "was locked" : "was not locked"));
    }

    /** How long the kiosk login of a person of the admin's facility stays locked, if it is. */
    public Optional<Duration> inmateLockedFor(Caller admin, String number) {
        return facilities.findById(admin.facilityId())
                .flatMap(facility -> roster.findInCustody(facility.code(), number)
                        .flatMap(person -> throttle.lockedFor(inmateKey(facility.code(), person.number()))));
    }

    /** When the session of this token ends unless used again (the kiosk shows a countdown to it). */
    public Optional<java.time.Instant> sessionEndsAt(String token) {
        return tokens.endsAt(token);
    }

    /** "More time" at the kiosk, up to the person's facility's kiosk session limit. */
    @Transactional
    public void extendKioskSession(Caller inmate, String token) {
        tokens.extendKiosk(token, inmate.facilityId());
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
        FieldChecks checks = new FieldChecks();
        checks.check(() -> {
            if (currentPassword == null || !hashes.matches(currentPassword, hash)) {
                audit.record(AuditEntry.by(caller, "PASSWORD_CHANGE", caller.id().toString(), AuditOutcome.FAILURE));
                throw ApiException.invalidField("currentPassword", "is not right");
            }
        });
        checks.check(() -> policy.check("newPassword", newPassword, caller.name()));
        checks.done();
        String newHash = hashes.encode(newPassword);
        if (family) {
            accounts.setPasswordHash(caller.id(), newHash, clock.instant());
        } else {
            staff.setPasswordHash(caller.id(), newHash);
        }
        tokens.revokeAllOf(caller.id(), currentToken);
        audit.record(AuditEntry.by(caller, "PASSWORD_CHANGE", caller.id().toString(), AuditOutcome.SUCCESS));
    }

    private record Source(String key, int limit) {
    }

    /** Counts the attempt against its source and its name, or refuses it (429) if either is used up. */
    private LoginThrottle.Attempt begin(Source source, String key, String name, Facility facility) {
        if (source.key() != null) {
            Optional<Duration> refused = sources.begin(source.key(), source.limit());
            if (refused.isPresent()) {
                audit.record(inFacility(AuditEntry.anonymous(name, "LOGIN", AuditOutcome.DENIED), facility)
                        .withDetail("too many failures from this address"));
                throw ApiException.tooManyRequests("login.locked", "Too many failed logins from your network. Try again in "
                        + minutes(refused.get()) + ".", refused.get());
            }
        }
        Optional<LoginThrottle.Attempt> attempt = throttle.begin(key);
        if (attempt.isEmpty()) {
            giveBack(source);
            throw locked(key, name, facility);
        }
        return attempt.get();
    }

    private ApiException locked(String key, String name, Facility facility) {
        Duration left = throttle.lockedFor(key).orElse(Duration.ofSeconds(1));
        audit.record(inFacility(AuditEntry.anonymous(name, "LOGIN", AuditOutcome.DENIED), facility).withDetail("locked"));
        return ApiException.tooManyRequests("login.locked", "Too many failed attempts. Try again in " + minutes(left) + ".", left);
    }

    private ApiException fail(LoginThrottle.Attempt attempt, String name, Facility facility, String code,
            String message) {
        audit.record(inFacility(AuditEntry.anonymous(name, "LOGIN", AuditOutcome.FAILURE), facility));
        if (attempt.locksTheName()) {
            audit.record(inFacility(AuditEntry.anonymous(name, "LOCKOUT", AuditOutcome.SUCCESS), facility)
                    .withDetail("locked after repeated failures"));
        }
        return ApiException.unauthorized(code, message);
    }

    private IssuedToken succeed(LoginThrottle.Attempt attempt, Source source, String name, Facility facility,
            Caller caller) {
        giveBack(source);
        if (!throttle.succeeded(attempt)) {
            throw locked(attempt.key(), name, facility);
        }
        return transaction.execute(status -> {
            audit.record(AuditEntry.by(caller, "LOGIN", caller.id().toString(), AuditOutcome.SUCCESS));
            return tokens.issue(caller);
        });
    }

    private void giveBack(Source source) {
        if (source.key() != null) {
            sources.giveBack(source.key());
        }
    }

    private static AuditEntry inFacility(AuditEntry entry, Facility facility) {
        return facility == null ? entry : entry.inFacility(facility.id(), facility.agency().id());
    }

    static String inmateKey(String facilityCode, String number) {
        return "inmate:" + (facilityCode + ":" + number).toUpperCase(Locale.ROOT);
    }

    private static String minutes(Duration duration) {
        long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
