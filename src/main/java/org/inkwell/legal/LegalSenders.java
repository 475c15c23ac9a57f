package org.inkwell.legal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.legal.internal.LegalMails;
import org.inkwell.legal.internal.RegistrationRepository;
import org.inkwell.legal.internal.SuspensionRepository;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may write privileged legal mail where, and the facility admins' one control over it that needs no
 * reading: suspending an attorney's privilege at their facility, with a reason, until they lift it.
 */
@Service
public class LegalSenders {

    public static final String NOT_FOUND = "legal.sender-not-found";
    public static final String ALREADY_SUSPENDED = "legal.already-suspended";
    public static final String NOT_SUSPENDED = "legal.not-suspended";
    private static final int LIST_LIMIT = 500;

    private final RegistrationRepository registrations;
    private final SuspensionRepository suspensions;
    private final LegalRegistrations rules;
    private final Facilities facilities;
    private final Accounts accounts;
    private final LegalMails mails;
    private final AuditLog audit;
    private final Clock clock;

    LegalSenders(RegistrationRepository registrations, SuspensionRepository suspensions, LegalRegistrations rules,
            Facilities facilities, Accounts accounts, LegalMails mails, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.suspensions = suspensions;
        this.rules = rules;
        this.facilities = facilities;
        this.accounts = accounts;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * True when the account's registration is APPROVED for that facility (by a platform admin, or by an admin
     * of the facility's agency), its re-check date has not passed (UTC), and its privilege is not suspended
     * at that facility. Unknown accounts or facilities: false.
     */
    @Transactional(readOnly = true)
    public boolean mayWritePrivileged(UUID accountId, UUID facilityId) {
        if (accountId == null || facilityId == null) {
            return false;
        }
        return facilities.findById(facilityId)
                .flatMap(facility -> registrations.approvedOf(accountId)
                        .filter(r -> r.holdsFor(facility.agency().id(), rules.today())))
                .isPresent()
                && !suspensions.inForce(accountId, facilityId);
    }

    /**
     * The approved attorneys whose privilege may hold where the admin works (a facility admin: approved for
     * every facility or for their agency; a platform admin: all), with the suspensions in force at the facility
     * admin's facility (a platform admin: everywhere).
     */
    @Transactional(readOnly = true)
    public List<LegalSender> forStaff(Caller admin) {
        List<LegalRegistration> approved = registrations.approvedFor(LegalRegistrations.scope(admin), LIST_LIMIT);
        Map<UUID, List<Suspension>> suspended = suspensions
                .inForceFor(approved.stream().map(LegalRegistration::accountId).toList(),
                        LegalRegistrations.scope(admin) == null ? null : admin.facilityId())
                .stream().collect(Collectors.groupingBy(Suspension::accountId));
        return approved.stream()
                .map(r -> new LegalSender(r, suspended.getOrDefault(r.accountId(), List.of())))
                .toList();
    }

    /** A facility admin suspends the attorney's privilege at their own facility. */
    @Transactional
    public Suspension suspend(Caller admin, UUID accountId, String reason) {
        String why = LegalText.require(LegalRegistrations.REASON_INVALID, "reason", reason,
                LegalRegistrations.MAX_REASON, true, true);
        Facility facility = ownFacility(admin);
        LegalRegistration sender = relevant(admin, accountId);
        Suspension suspension = new Suspension(UUID.randomUUID(), accountId, facility.id(), why, admin.name(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!suspensions.insertIfNoneLive(suspension, admin)) {
            throw ApiException.conflict(ALREADY_SUSPENDED, "This attorney's privilege is already suspended here.");
        }
        AccountSummary attorney = accounts.find(accountId).orElseThrow();
        audit.record(AuditEntry.by(admin, "LEGAL_PRIVILEGE_SUSPENDED", sender.id().toString(), AuditOutcome.SUCCESS)
                .withDetail(attorney.email() + " at " + facility.code() + ": " + why));
        mails.suspended(attorney, facility.name(), why);
        return suspension;
    }

    @Transactional
    public void lift(Caller admin, UUID accountId) {
        Facility facility = ownFacility(admin);
        LegalRegistration sender = relevant(admin, accountId);
        suspensions.lift(accountId, facility.id(), admin, clock.instant().truncatedTo(ChronoUnit.MICROS))
                .orElseThrow(() -> ApiException.notFound(NOT_SUSPENDED,
                        "This attorney's privilege is not suspended here."));
        AccountSummary attorney = accounts.find(accountId).orElseThrow();
        audit.record(AuditEntry.by(admin, "LEGAL_PRIVILEGE_RESTORED", sender.id().toString(), AuditOutcome.SUCCESS)
                .withDetail(attorney.email() + " at " + facility.code()));
        mails.lifted(attorney, facility.name());
    }

    private Facility ownFacility(Caller admin) {
        return Optional.ofNullable(admin.facilityId()).flatMap(facilities::findById)
                .orElseThrow(() -> ApiException.forbidden("Only a facility's admin suspends a privilege there."));
    }

    /** The approved attorney, when their privilege may hold at the admin's facility; 404 otherwise. */
    private LegalRegistration relevant(Caller admin, UUID accountId) {
        return registrations.approvedOf(accountId)
                .filter(r -> r.everywhere() || (r.agencyId() != null && r.agencyId().equals(admin.agencyId())))
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND, "No such legal sender."));
    }
}
