package org.inkwell.legal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.identity.StaffAccounts;
import org.inkwell.legal.internal.LegalMails;
import org.inkwell.legal.internal.RegistrationRepository;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FieldChecks;
import org.inkwell.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attorneys' registrations: a verified account applies; a platform admin, or a facility admin of the agency
 * the applicant named, approves on evidence until a re-check date (default two years) or denies. Deciding
 * again on an approved registration is the re-check (a new date) or a revocation (deny). Every status is
 * kept in the registration's history and in the audit log, and the applicant is told by email.
 */
@Service
public class LegalRegistrations {

    public static final String EMAIL_UNVERIFIED = "legal.email-unverified";
    public static final String BAR_NUMBER_INVALID = "legal.bar-number-invalid";
    public static final String BAR_STATE_INVALID = "legal.bar-state-invalid";
    public static final String FIRM_INVALID = "legal.firm-invalid";
    public static final String PHONE_INVALID = "legal.phone-invalid";
    public static final String FACILITY_UNKNOWN = "legal.facility-unknown";
    public static final String ALREADY_REGISTERED = "legal.already-registered";
    public static final String NO_REGISTRATION = "legal.no-registration";
    public static final String DECISION_INVALID = "legal.decision-invalid";
    public static final String REASON_INVALID = "legal.reason-invalid";
    public static final String RECHECK_INVALID = "legal.recheck-invalid";
    public static final String NOT_FOUND = "legal.registration-not-found";
    public static final String OWN_REGISTRATION = "legal.own-registration";
    public static final String ALREADY_DECIDED = "legal.already-decided";

    static final int RECHECK_YEARS = 2;
    private static final String ACCOUNT_CLOSED = "The account was closed.";
    static final int MAX_RECHECK_YEARS = 5;
    static final int MAX_REASON = 1000;
    private static final int MAX_FIRM = 200;
    private static final int LIST_LIMIT = 500;
    private static final Pattern BAR_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{0,29}");
    /** The bars of the states, DC and the territories. */
    private static final Set<String> BAR_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP");

    private final RegistrationRepository registrations;
    private final Accounts accounts;
    private final StaffAccounts staff;
    private final Facilities facilities;
    private final LegalMails mails;
    private final AuditLog audit;
    private final Clock clock;

    LegalRegistrations(RegistrationRepository registrations, Accounts accounts, StaffAccounts staff,
            Facilities facilities, LegalMails mails, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.staff = staff;
        this.facilities = facilities;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A public account applies. {@code facilityCode} (optional) names where the attorney's clients are held:
     * that facility's agency's admins may then decide it too; without one only platform admins do.
     */
    @Transactional
    public LegalRegistration apply(Caller applicant, String barNumber, String barState, String firm, String phone,
            String facilityCode) {
        AccountSummary account = accounts.find(applicant.id())
                .orElseThrow(() -> ApiException.notFound("No such account."));
        if (!account.emailVerified()) {
            throw ApiException.forbidden(EMAIL_UNVERIFIED, "Confirm your email address before applying as an attorney.");
        }
        FieldChecks checks = new FieldChecks();
        String bar = checks.check(() -> barNumber(barNumber));
        String state = checks.check(() -> barState(barState));
        String firmName = checks.check(() -> LegalText.require(FIRM_INVALID, "firm", firm, MAX_FIRM, true, false));
        String number = checks.check(() -> phone(phone));
        Facility facility = checks.check(() -> facility(facilityCode));
        checks.done();
        LegalRegistration registration = new LegalRegistration(UUID.randomUUID(), account.id(), bar, state, firmName,
                number, facility == null ? null : facility.agency().id(), RegistrationStatus.PENDING, false, now(),
                null, null, null, null, null);
        if (!registrations.insertIfNoneLive(registration)) {
            throw ApiException.conflict(ALREADY_REGISTERED,
                    "You already have a registration that is pending or approved.");
        }
        registrations.recordChange(registration.id(), RegistrationStatus.PENDING, applicant, registration.appliedAt(),
                registration.agencyId(), false, null, null);
        audit.record(AuditEntry.by(applicant, "LEGAL_REGISTRATION_APPLIED", registration.id().toString(),
                AuditOutcome.SUCCESS).withDetail("bar " + state + " " + bar
                + (facility == null ? "" : ", for agency " + facility.agency().code())));
        return registration;
    }

    /** The caller's registration: the live one, or else the newest. */
    @Transactional(readOnly = true)
    public LegalRegistration mine(Caller applicant) {
        return registrations.currentOf(applicant.id())
                .orElseThrow(() -> ApiException.notFound(NO_REGISTRATION, "You have not applied as an attorney."));
    }

    /** Every status each registration took, oldest first, by registration id. */
    @Transactional(readOnly = true)
    public Map<UUID, List<RegistrationChange>> histories(Collection<LegalRegistration> list) {
        return registrations.histories(list.stream().map(LegalRegistration::id).toList());
    }

    /** The registrations the admin may decide, in that status (null: any), oldest first. */
    @Transactional(readOnly = true)
    public List<LegalRegistration> forStaff(Caller admin, RegistrationStatus status) {
        return registrations.withStatus(status, scope(admin), LIST_LIMIT);
    }

    @Transactional
    public LegalRegistration decide(Caller admin, UUID id, LegalDecision decision, String reason, LocalDate recheckOn) {
        LocalDate today = today();
        FieldChecks checks = new FieldChecks();
        checks.check(() -> {
            if (decision == null) {
                throw ApiException.invalidField(DECISION_INVALID, "decision", "must be APPROVE or DENY");
            }
        });
        String why = checks.check(() -> LegalText.require(REASON_INVALID, "reason", reason, MAX_REASON,
                decision == LegalDecision.DENY, true));
        LocalDate until = checks.check(() -> recheck(decision, recheckOn, today));
        checks.done();
        LegalRegistration current = registrations.lock(id)
                .filter(r -> scope(admin) == null || scope(admin).equals(r.agencyId()))
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND, "No such registration."));
        AccountSummary applicant = accounts.find(current.accountId()).orElseThrow();
        if (staff.emailsOf(List.of(admin.id())).stream().anyMatch(e -> e.equalsIgnoreCase(applicant.email()))) {
            throw ApiException.forbidden(OWN_REGISTRATION, "Someone else decides your own registration.");
        }
        if (current.status() == RegistrationStatus.DENIED) {
            throw ApiException.conflict(ALREADY_DECIDED, "This registration was denied; the attorney may apply again.");
        }
        if (current.everywhere() && !admin.is(Role.PLATFORM_ADMIN)) {
            throw ApiException.conflict(ALREADY_DECIDED,
                    "A platform admin approved this registration for every facility; only a platform admin decides it again.");
        }
        RegistrationStatus status = decision == LegalDecision.APPROVE ? RegistrationStatus.APPROVED : RegistrationStatus.DENIED;
        boolean everywhere = status == RegistrationStatus.APPROVED && admin.is(Role.PLATFORM_ADMIN);
        Instant at = now();
        registrations.decide(id, status, everywhere, until, admin, at, why);
        registrations.recordChange(id, status, admin, at, current.agencyId(), everywhere, until, why);
        LegalRegistration decided = registrations.lock(id).orElseThrow();
        audit.record(AuditEntry.by(admin, status == RegistrationStatus.APPROVED ? "LEGAL_REGISTRATION_APPROVED"
                : "LEGAL_REGISTRATION_DENIED", id.toString(), AuditOutcome.SUCCESS)
                .withDetail(applicant.email() + ", bar " + current.barState() + " " + current.barNumber()
                        + (until == null ? "" : ", re-check on " + until)
                        + (status == RegistrationStatus.APPROVED ? (everywhere ? ", every facility" : ", this agency's facilities") : "")
                        + (current.status() == RegistrationStatus.APPROVED ? " (was approved)" : "")));
        mails.decided(applicant, decided);
        return decided;
    }

    /**
     * The applicant closed their account: a registration still pending or approved ends with it (denied, the
     * closure as its reason), so no admin decides on or relies on an account that is gone. Runs in the closure's
     * transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void accountClosed(Caller applicant) {
        registrations.currentOf(applicant.id())
                .filter(r -> r.status() != RegistrationStatus.DENIED)
                .ifPresent(live -> {
                    Instant at = now();
                    // Recorded without the applicant's name, which the history would otherwise keep past erasure.
                    Caller by = new Caller(applicant.id(), applicant.role(), "The applicant", null, null);
                    registrations.decide(live.id(), RegistrationStatus.DENIED, false, null, by, at, ACCOUNT_CLOSED);
                    registrations.recordChange(live.id(), RegistrationStatus.DENIED, by, at, live.agencyId(), false,
                            null, ACCOUNT_CLOSED);
                });
    }

    /**
     * The closed account's personal data is being erased: its bar number, firm and phone go with its name and
     * email. The history of decisions stays, as every decision's record does.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(UUID accountId) {
        registrations.forget(accountId);
    }

    /** Null for a platform admin (every registration); a facility admin's agency otherwise. */
    static UUID scope(Caller admin) {
        return admin.is(Role.PLATFORM_ADMIN) ? null : admin.agencyId();
    }

    /** The day re-check dates are counted against (UTC). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The re-check date an approval gets when the admin chooses none. */
    public LocalDate defaultRecheckOn() {
        return defaultRecheckOn(today());
    }

    private static LocalDate defaultRecheckOn(LocalDate today) {
        return today.plusYears(RECHECK_YEARS);
    }

    private static LocalDate recheck(LegalDecision decision, LocalDate recheckOn, LocalDate today) {
        if (decision != LegalDecision.APPROVE) {
            return null;
        }
        if (recheckOn == null) {
            return defaultRecheckOn(today);
        }
        if (!recheckOn.isAfter(today) || recheckOn.isAfter(today.plusYears(MAX_RECHECK_YEARS))) {
            throw ApiException.invalidField(RECHECK_INVALID, "recheckOn",
                    "must be after today and at most " + MAX_RECHECK_YEARS + " years ahead");
        }
        return recheckOn;
    }

    private static String barNumber(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (!BAR_NUMBER.matcher(trimmed).matches()) {
            throw ApiException.invalidField(BAR_NUMBER_INVALID, "barNumber",
                    "is required: 1 to 30 letters, digits, spaces, dots, slashes or hyphens");
        }
        return trimmed;
    }

    private static String barState(String value) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!BAR_STATES.contains(code)) {
            throw ApiException.invalidField(BAR_STATE_INVALID, "barState", "must be a US state's two-letter code, e.g. NY");
        }
        return code;
    }

    private static String phone(String value) {
        String trimmed = value == null ? "" : value.strip();
        PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
        try {
            if (trimmed.length() <= 32 && !trimmed.isEmpty()) {
                Phonenumber.PhoneNumber parsed = numbers.parse(trimmed, "US");
                if (numbers.isValidNumber(parsed)) {
                    return numbers.format(parsed, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
                }
            }
        } catch (NumberParseException notANumber) {
            // answered below like any other number that is not one
        }
        throw ApiException.invalidField(PHONE_INVALID, "phone", "must be a valid phone number, e.g. +1 212 555 0100");
    }

    private Facility facility(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return facilities.find(code.strip().toUpperCase(Locale.ROOT)).orElseThrow(() ->
                ApiException.invalidField(FACILITY_UNKNOWN, "facility", "is not a facility on Inkwell"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
