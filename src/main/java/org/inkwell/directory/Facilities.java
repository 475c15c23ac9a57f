package org.inkwell.directory;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.internal.FacilityRepository;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FieldChecks;
import org.inkwell.platform.IpNetworks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies and facilities: public lookup, and onboarding and policy changes by platform admins. Settings
 * are checked whole: every invalid field is refused at once (code {@code facility.invalid}, per field).
 */
@Service
public class Facilities {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    /** The code of a refused setting; its words are found per field ({@code facility.invalid.<field>}). */
    public static final String INVALID = "facility.invalid";
    private static final String AGENCY_INVALID = "agency.invalid";
    private static final int SEARCH_LIMIT = 200;
    private static final int MAX_PHONE = 32;
    private static final Pattern PHONE = Pattern.compile("[0-9 +()-]*[0-9][0-9 +()-]*");

    private final FacilityRepository facilities;
    private final AuditLog audit;
    private final Clock clock;
    private final Validator validator;
    private final FacilityDefaults defaults;

    Facilities(FacilityRepository facilities, AuditLog audit, Clock clock, Validator validator,
            @Value("${inkwell.kiosk.session-limit:PT30M}") Duration defaultKioskSessionLimit) {
        this.facilities = facilities;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
        this.defaults = FacilityDefaults.withKioskSessionLimit(defaultKioskSessionLimit);
    }

    /** What a facility's settings come to where they leave a value out. */
    public FacilityDefaults defaults() {
        return defaults;
    }

    public List<Facility> search(String text) {
        return facilities.search(text, SEARCH_LIMIT);
    }

    public Optional<Facility> find(String code) {
        return code == null ? Optional.empty() : facilities.findByCode(code.trim().toUpperCase());
    }

    public Optional<Facility> findById(UUID id) {
        return facilities.findById(id);
    }

    /** Every facility's {@code retentionDays}, by facility id. */
    public Map<UUID, Integer> retentionDays() {
        return facilities.retentionDays();
    }

    public List<Agency> agencies() {
        return facilities.agencies();
    }

    public Optional<Agency> findAgency(String code) {
        return code == null ? Optional.empty() : facilities.findAgency(code.trim().toUpperCase());
    }

    @Transactional
    public Agency createAgency(Caller admin, String code, String name) {
        FieldChecks checks = new FieldChecks();
        String agencyCode = checks.check(() -> {
            String upper = code == null ? "" : code.trim().toUpperCase();
            if (!CODE.matcher(upper).matches()) {
                throw ApiException.invalidField(AGENCY_INVALID, "agencyCode", "must be 2 to 32 letters, digits or dashes");
            }
            return upper;
        });
        String agencyName = checks.check(() -> {
            String trimmed = name == null ? "" : name.trim();
            if (trimmed.isEmpty() || trimmed.length() > 200) {
                throw ApiException.invalidField(AGENCY_INVALID, "agencyName", "is required, at most 200 characters");
            }
            return trimmed;
        });
        checks.done();
        Agency agency = new Agency(UUID.randomUUID(), agencyCode, agencyName);
        if (!facilities.insertAgency(agency, clock.instant())) {
            throw ApiException.conflict("agency.code-taken", "An agency with code " + agency.code() + " already exists.");
        }
        audit.record(AuditEntry.by(admin, "AGENCY_CREATED", agency.code(), AuditOutcome.SUCCESS)
                .inFacility(null, agency.id()));
        return agency;
    }

    @Transactional
    public Facility create(Caller admin, String code, String agencyCode, FacilitySettings settings) {
        FieldChecks checks = new FieldChecks();
        String facilityCode = checks.check(() -> {
            String upper = code == null ? "" : code.trim().toUpperCase();
            if (!CODE.matcher(upper).matches()) {
                throw ApiException.invalidField(INVALID, "code", "must be 2 to 32 letters, digits or dashes");
            }
            return upper;
        });
        Agency agency = checks.check(() -> findAgency(agencyCode)
                .orElseThrow(() -> ApiException.invalidField(INVALID, "agency", "no agency has this code")));
        check(checks, settings);
        checks.done();
        Facility facility = build(UUID.randomUUID(), agency, facilityCode, settings, Kept.of(defaults));
        if (!facilities.insert(facility, clock.instant())) {
            throw ApiException.conflict("facility.code-taken", "A facility with code " + facility.code() + " already exists.");
        }
        audit.record(AuditEntry.by(admin, "FACILITY_CREATED", facility.code(), AuditOutcome.SUCCESS)
                .inFacility(facility.id(), agency.id())
                .withDetail(describe(facility)));
        return facility;
    }

    @Transactional
    public Facility update(Caller admin, String code, FacilitySettings settings) {
        Facility current = find(code).orElseThrow(() -> ApiException.notFound("No facility has code " + code + "."));
        FieldChecks checks = new FieldChecks();
        check(checks, settings);
        checks.done();
        Facility changed = build(current.id(), current.agency(), current.code(), settings, Kept.of(current));
        facilities.update(changed, clock.instant());
        audit.record(AuditEntry.by(admin, "FACILITY_POLICY_CHANGED", current.code(), AuditOutcome.SUCCESS)
                .inFacility(current.id(), current.agency().id())
                .withDetail("before: " + describe(current) + "; after: " + describe(changed)));
        return changed;
    }

    /**
     * A facility admin gives, changes or (blank) removes the phone number families see for their own
     * facility; its other settings stay the platform operator's.
     */
    @Transactional
    public Facility changePhone(Caller admin, String phone) {
        Facility current = Optional.ofNullable(admin.facilityId()).flatMap(facilities::findById)
                .orElseThrow(() -> ApiException.forbidden("Only staff of a facility change its phone number."));
        String changed = phone(phone == null ? "" : phone);
        facilities.updatePhone(current.id(), changed, clock.instant());
        audit.record(AuditEntry.by(admin, "FACILITY_PHONE_CHANGED", current.code(), AuditOutcome.SUCCESS)
                .inFacility(current.id(), current.agency().id())
                .withDetail("before: " + current.phone() + "; after: " + changed));
        return facilities.findById(current.id()).orElseThrow();
    }

    /**
     * The facility admin's own facility's kiosk settings: how long a session may run with "More time" (5 to
     * 120 minutes from login) and the language its kiosks start in. Both fields are checked at once.
     */
    @Transactional
    public Facility updateKioskSettings(Caller admin, Integer kioskSessionMinutes, String kioskLanguage) {
        FieldChecks checks = new FieldChecks();
        checks.check(() -> {
            if (kioskSessionMinutes == null || kioskSessionMinutes < 5 || kioskSessionMinutes > 120) {
                throw ApiException.invalidField("facility.kiosk-minutes-invalid", "kioskSessionMinutes",
                        "must be from 5 to 120");
            }
        });
        checks.check(() -> {
            if (!"en".equals(kioskLanguage) && !"es".equals(kioskLanguage)) {
                throw ApiException.invalidField("facility.kiosk-language-invalid", "kioskLanguage", "must be en or es");
            }
        });
        checks.done();
        Facility current = Optional.ofNullable(admin.facilityId()).flatMap(facilities::findById)
                .orElseThrow(() -> ApiException.notFound("Your account is not attached to a facility."));
        facilities.updateKioskSettings(current.id(), kioskSessionMinutes, kioskLanguage, clock.instant());
        audit.record(AuditEntry.by(admin, "FACILITY_POLICY_CHANGED", current.code(), AuditOutcome.SUCCESS)
                .inFacility(current.id(), current.agency().id())
                .withDetail("kiosk session %d -> %d min, kiosk language %s -> %s".formatted(
                        current.kioskSessionMinutes(), kioskSessionMinutes, current.kioskLanguage(), kioskLanguage)));
        return facilities.findById(current.id()).orElseThrow();
    }

    /** Checks every setting, keeping each field's refusal in {@code checks} (code {@link #INVALID}). */
    private void check(FieldChecks checks, FacilitySettings s) {
        if (s == null) {
            checks.check(() -> {
                throw ApiException.invalidField(INVALID, "name", "the settings are required");
            });
            return;
        }
        validator.validate(s).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> checks.check(() -> refuse(v)));
        checks.check(() -> {
            try {
                ZoneId.of(zoneOf(s));
            } catch (DateTimeException e) {
                throw ApiException.invalidField(INVALID, "timeZone", "is not a known time zone (e.g. America/Chicago)");
            }
        });
        checks.check(() -> {
            for (KioskHours day : s.kioskHours() == null ? List.<KioskHours>of() : s.kioskHours()) {
                if (day != null && day.opens() != null && day.closes() != null && !day.closes().isAfter(day.opens())) {
                    throw ApiException.invalidField(INVALID, "kioskHours", "closing time must be after opening time");
                }
            }
        });
        checks.check(() -> {
            for (String network : s.kioskNetworks() == null ? List.<String>of() : s.kioskNetworks()) {
                if (network == null || !IpNetworks.isValid(IpNetworks.canonical(network))) {
                    throw ApiException.invalidField(INVALID, "kioskNetworks",
                            "must be IP networks in CIDR notation (e.g. 10.20.0.0/16)");
                }
            }
        });
        if (s.phone() != null) {
            checks.check(() -> phone(s.phone()));
        }
    }

    private String zoneOf(FacilitySettings s) {
        return s.timeZone() == null || s.timeZone().isBlank() ? defaults.timeZone() : s.timeZone().trim();
    }

    /**
     * What a setting left out of a request comes to: on a change the facility's current value, on creation
     * the default. A null photo price means "the unit price".
     */
    private record Kept(List<String> kioskNetworks, int invitationsPerDay, String phone, int kioskSessionMinutes,
            String kioskLanguage, int retentionDays, boolean legalMailFree, int maxPhotosPerMessage, Long photoPriceCents) {

        static Kept of(Facility f) {
            return new Kept(f.kioskNetworks(), f.invitationsPerDay(), f.phone(), f.kioskSessionMinutes(),
                    f.kioskLanguage(), f.retentionDays(), f.legalMailFree(), f.maxPhotosPerMessage(),
                    f.pricing().photoPriceCents());
        }

        static Kept of(FacilityDefaults d) {
            return new Kept(d.kioskNetworks(), d.invitationsPerDay(), null, d.kioskSessionMinutes(), d.kioskLanguage(),
                    d.retentionDays(), d.legalMailFree(), d.maxPhotosPerMessage(), null);
        }
    }

    /** The facility that checked settings make. */
    private Facility build(UUID id, Agency agency, String code, FacilitySettings s, Kept kept) {
        String zone = zoneOf(s);
        List<KioskHours> hours = s.kioskHours() == null ? List.of() : List.copyOf(s.kioskHours());
        List<String> networks = s.kioskNetworks() == null ? kept.kioskNetworks()
                : s.kioskNetworks().stream().map(IpNetworks::canonical).distinct().toList();
        String currency = s.pricing().currency() == null ? defaults.currency() : s.pricing().currency();
        return new Facility(id, agency, code, s.name().trim(), s.kind(), s.state(), s.delivery(),
                new Pricing(currency, s.pricing().unitPriceCents(), s.pricing().charsPerUnit(),
                        firstOf(s.pricing().photoPriceCents(), kept.photoPriceCents(), s.pricing().unitPriceCents())),
                s.maxMessageChars(), s.reviewTargetHours(), s.replyPolicy(), hours, zone,
                s.maxContacts() == null ? defaults.maxContacts() : s.maxContacts(),
                s.invitationsNeedApproval() == null ? defaults.invitationsNeedApproval() : s.invitationsNeedApproval(),
                s.autoApproveClean() == null ? defaults.autoApproveClean() : s.autoApproveClean(), networks,
                s.invitationsPerDay() == null ? kept.invitationsPerDay() : s.invitationsPerDay(),
                s.phone() == null ? kept.phone() : phone(s.phone()),
                s.kioskSessionMinutes() == null ? kept.kioskSessionMinutes() : s.kioskSessionMinutes(),
                s.kioskLanguage() == null ? kept.kioskLanguage() : s.kioskLanguage(),
                s.retentionDays() == null ? kept.retentionDays() : s.retentionDays(),
                s.legalMailFree() == null ? kept.legalMailFree() : s.legalMailFree(),
                s.maxPhotosPerMessage() == null ? kept.maxPhotosPerMessage() : s.maxPhotosPerMessage());
    }

    private static long firstOf(Long given, Long kept, long otherwise) {
        return given != null ? given : kept != null ? kept : otherwise;
    }

    /** A number as families dial it: digits with the usual separators; blank removes it. */
    private static String phone(String given) {
        String phone = given.strip();
        if (phone.isEmpty()) {
            return null;
        }
        if (phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches()) {
            throw ApiException.invalidField("facility.phone-invalid", "phone",
                    "must be at most " + MAX_PHONE + " digits, spaces, +, -, ( or )");
        }
        return phone;
    }

    /** The form field a constraint is about: the setting's own name, or the price field inside pricing. */
    private static Void refuse(ConstraintViolation<FacilitySettings> violation) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        String field = nodes.hasNext() ? nodes.next().getName() : "name";
        if ("pricing".equals(field) && nodes.hasNext()) {
            String inner = nodes.next().getName();
            field = inner == null ? field : inner;
        }
        throw ApiException.invalidField(INVALID, field, violation.getMessage());
    }

    private static String describe(Facility f) {
        return ("delivery=%s price=%d %s per %d chars, max=%d chars, review target=%dh, replies=%s, max contacts=%d, "
                + "invitations need approval=%s, auto-approve clean=%s, kiosk networks=%s, invitations a day=%d, phone=%s, "
                + "kiosk session=%d min, kiosk language=%s, retention=%d days, legal mail free=%s, photos=%d at %d")
                .formatted(f.delivery(), f.pricing().unitPriceCents(), f.pricing().currency(),
                        f.pricing().charsPerUnit(), f.maxMessageChars(), f.reviewTargetHours(), f.replyPolicy(),
                        f.maxContacts(), f.invitationsNeedApproval(), f.autoApproveClean(), f.kioskNetworks(),
                        f.invitationsPerDay(), f.phone(), f.kioskSessionMinutes(), f.kioskLanguage(), f.retentionDays(),
                        f.legalMailFree(), f.maxPhotosPerMessage(), f.pricing().photoPriceCents());
    }
}
