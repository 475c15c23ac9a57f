package org.inkwell.directory;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
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
import org.springframework.validation.annotation.Validated;

/** Agencies and facilities: public lookup, and onboarding and policy changes by platform admins. */
@Service
@Validated
public class Facilities {

    private static final int SEARCH_LIMIT = 200;
    private static final String DEFAULT_TIME_ZONE = "America/New_York";
    private static final int DEFAULT_MAX_CONTACTS = 30;
    private static final int DEFAULT_INVITATIONS_PER_DAY = 5;
    private static final String DEFAULT_KIOSK_LANGUAGE = "en";

    private final FacilityRepository facilities;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultKioskSessionMinutes;

    Facilities(FacilityRepository facilities, AuditLog audit, Clock clock,
            @Value("${inkwell.kiosk.session-limit:PT30M}") Duration defaultKioskSessionLimit) {
        this.facilities = facilities;
        this.audit = audit;
        this.clock = clock;
        // Within the range a facility may set, so a facility created without the setting is still valid.
        this.defaultKioskSessionMinutes = (int) Math.max(5, Math.min(120, defaultKioskSessionLimit.toMinutes()));
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

    public List<Agency> agencies() {
        return facilities.agencies();
    }

    public Optional<Agency> findAgency(String code) {
        return code == null ? Optional.empty() : facilities.findAgency(code.trim().toUpperCase());
    }

    @Transactional
    public Agency createAgency(Caller admin, String code, String name) {
        Agency agency = new Agency(UUID.randomUUID(), code.trim().toUpperCase(), name.trim());
        if (!facilities.insertAgency(agency, clock.instant())) {
            throw ApiException.conflict("An agency with code " + agency.code() + " already exists.");
        }
        audit.record(AuditEntry.by(admin, "AGENCY_CREATED", agency.code(), AuditOutcome.SUCCESS)
                .inFacility(null, agency.id()));
        return agency;
    }

    @Transactional
    public Facility create(Caller admin, String code, String agencyCode, @Valid FacilitySettings settings) {
        Agency agency = findAgency(agencyCode)
                .orElseThrow(() -> ApiException.invalidField("agency", "no agency has this code"));
        Facility facility = apply(UUID.randomUUID(), agency, code.trim().toUpperCase(), settings, List.of(),
                DEFAULT_INVITATIONS_PER_DAY, defaultKioskSessionMinutes, DEFAULT_KIOSK_LANGUAGE);
        if (!facilities.insert(facility, clock.instant())) {
            throw ApiException.conflict("A facility with code " + facility.code() + " already exists.");
        }
        audit.record(AuditEntry.by(admin, "FACILITY_CREATED", facility.code(), AuditOutcome.SUCCESS)
                .inFacility(facility.id(), agency.id())
                .withDetail(describe(facility)));
        return facility;
    }

    @Transactional
    public Facility update(Caller admin, String code, @Valid FacilitySettings settings) {
        Facility current = find(code).orElseThrow(() -> ApiException.notFound("No facility has code " + code + "."));
        Facility changed = apply(current.id(), current.agency(), current.code(), settings, current.kioskNetworks(),
                current.invitationsPerDay(), current.kioskSessionMinutes(), current.kioskLanguage());
        facilities.update(changed, clock.instant());
        audit.record(AuditEntry.by(admin, "FACILITY_POLICY_CHANGED", current.code(), AuditOutcome.SUCCESS)
                .inFacility(current.id(), current.agency().id())
                .withDetail("before: " + describe(current) + "; after: " + describe(changed)));
        return changed;
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

    private static Facility apply(UUID id, Agency agency, String code, FacilitySettings s,
            List<String> currentNetworks, int invitationsPerDayIfUnset, int kioskMinutesIfUnset,
            String kioskLanguageIfUnset) {
        String zone = s.timeZone() == null || s.timeZone().isBlank() ? DEFAULT_TIME_ZONE : s.timeZone().trim();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ApiException.invalidField("timeZone", "is not a known time zone (e.g. America/Chicago)");
        }
        List<KioskHours> hours = s.kioskHours() == null ? List.of() : List.copyOf(s.kioskHours());
        for (KioskHours day : hours) {
            if (!day.closes().isAfter(day.opens())) {
                throw ApiException.invalidField("kioskHours", "closing time must be after opening time");
            }
        }
        List<String> networks = s.kioskNetworks() == null ? currentNetworks
                : s.kioskNetworks().stream().map(IpNetworks::canonical).distinct().toList();
        for (String network : networks) {
            if (!IpNetworks.isValid(network)) {
                throw ApiException.invalidField("kioskNetworks", "must be IP networks in CIDR notation (e.g. 10.20.0.0/16)");
            }
        }
        String currency = s.pricing().currency() == null ? "USD" : s.pricing().currency();
        return new Facility(id, agency, code, s.name().trim(), s.kind(), s.state(), s.delivery(),
                new Pricing(currency, s.pricing().unitPriceCents(), s.pricing().charsPerUnit()),
                s.maxMessageChars(), s.reviewTargetHours(), s.replyPolicy(), hours, zone,
                s.maxContacts() == null ? DEFAULT_MAX_CONTACTS : s.maxContacts(),
                s.invitationsNeedApproval() == null || s.invitationsNeedApproval(),
                s.autoApproveClean() != null && s.autoApproveClean(), networks,
                s.invitationsPerDay() == null ? invitationsPerDayIfUnset : s.invitationsPerDay(),
                s.kioskSessionMinutes() == null ? kioskMinutesIfUnset : s.kioskSessionMinutes(),
                s.kioskLanguage() == null ? kioskLanguageIfUnset : s.kioskLanguage());
    }

    private static String describe(Facility f) {
        return ("delivery=%s price=%d %s per %d chars, max=%d chars, review target=%dh, replies=%s, max contacts=%d, "
                + "invitations need approval=%s, auto-approve clean=%s, kiosk networks=%s, invitations a day=%d, "
                + "kiosk session=%d min, kiosk language=%s")
                .formatted(f.delivery(), f.pricing().unitPriceCents(), f.pricing().currency(),
                        f.pricing().charsPerUnit(), f.maxMessageChars(), f.reviewTargetHours(), f.replyPolicy(),
                        f.maxContacts(), f.invitationsNeedApproval(), f.autoApproveClean(), f.kioskNetworks(),
                        f.invitationsPerDay(), f.kioskSessionMinutes(), f.kioskLanguage());
    }
}
