package org.inkwell.investigations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.contacts.Contacts;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.identity.StaffAccounts;
import org.inkwell.identity.StaffMember;
import org.inkwell.investigations.internal.CaseRepository;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.StaffText;
import org.inkwell.platform.FieldChecks;
import org.inkwell.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases come first: an investigator opens one (what, on what legal basis, about whom, for how long), a
 * facility admin of the same agency approves or denies it, and only an approved case that has not ended
 * lets anyone search or read. An investigator sees only the cases they opened or the opener added them to;
 * anyone else's answer 404.
 */
@Service
public class Cases {

    static final int MAX_ACCESS_DAYS = 90;
    private static final int MAX_SUBJECTS = 50;
    private static final int MAX_CASE_NUMBER = 64;
    private static final int MAX_TEXT = 4000;
    private static final int WAITING_LIMIT = 500;

    private final CaseRepository cases;
    private final Roster roster;
    private final Facilities facilities;
    private final Accounts accounts;
    private final Contacts contacts;
    private final StaffAccounts staff;
    private final AuditLog audit;
    private final Clock clock;

    Cases(CaseRepository cases, Roster roster, Facilities facilities, Accounts accounts, Contacts contacts,
            StaffAccounts staff, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.staff = staff;
        this.roster = roster;
        this.facilities = facilities;
        this.accounts = accounts;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public InvestigationCase open(Caller investigator, String rawCaseNumber, String rawLegalBasis, Integer accessDays,
            List<NewSubject> requested) {
        FieldChecks checks = new FieldChecks();
        String caseNumber = checks.check(() -> StaffText.required("caseNumber", rawCaseNumber, MAX_CASE_NUMBER, false));
        String legalBasis = checks.check(() -> StaffText.required("legalBasis", rawLegalBasis, MAX_TEXT, true));
        checks.check(() -> {
            if (accessDays == null || accessDays < 1 || accessDays > MAX_ACCESS_DAYS) {
                throw ApiException.invalidField("case.access-days", "accessDays", "must be a number of days from 1 to " + MAX_ACCESS_DAYS);
            }
        });
        List<CaseSubject> subjects = checks.check(() -> subjects(investigator.agencyId(), requested));
        checks.done();
        InvestigationCase opened = new InvestigationCase(UUID.randomUUID(), investigator.agencyId(), caseNumber,
                legalBasis, accessDays, CaseStatus.PENDING, investigator.id(), investigator.name(), now(), null, null,
                null, null, null, subjects);
        if (!cases.insert(opened)) {
            throw ApiException.conflict("case.number-taken", "Your agency already has a case numbered " + caseNumber + ".");
        }
        audit.record(AuditEntry.by(investigator, "INVESTIGATION_CASE_OPENED", opened.id().toString(), AuditOutcome.SUCCESS)
                .withDetail("case " + caseNumber + ", " + accessDays + " days requested, " + subjects.size() + " subjects"));
        return opened;
    }

    /** The cases the caller opened or was added to, newest first. */
    @Transactional(readOnly = true)
    public List<InvestigationCase> mine(Caller investigator) {
        return cases.visibleTo(investigator.id());
    }

    @Transactional(readOnly = true)
    public InvestigationCase get(Caller investigator, UUID id) {
        return own(investigator, cases.find(id));
    }

    /**
     * The opener adds another investigator of the agency, who then sees and uses the case as the opener
     * does. Anyone not an investigator of the agency is refused alike, so the answer tells nothing of others.
     */
    @Transactional
    public CaseMember addMember(Caller opener, UUID id, String username) {
        InvestigationCase found = own(opener, cases.lock(id));
        if (!found.openedBy().equals(opener.id())) {
            throw ApiException.forbidden("case.not-opener", "Only the investigator who opened case "
                    + found.caseNumber() + " adds others to it.");
        }
        if (found.storedStatus() != CaseStatus.PENDING && found.storedStatus() != CaseStatus.OPEN) {
            throw ApiException.conflict("case.not-open", "Case " + found.caseNumber() + " is "
                    + found.storedStatus() + ": nobody joins it any more.");
        }
        StaffMember member = staff.findByUsername(username)
                .filter(m -> m.role() == Role.INVESTIGATOR && found.agencyId().equals(m.agencyId()))
                .orElseThrow(() -> ApiException.invalidField("case.member-unknown", "username",
                        "no investigator of your agency has this username"));
        if (member.id().equals(found.openedBy())
                || !cases.addMember(id, member.id(), member.username(), member.fullName(), opener.id(), now())) {
            throw ApiException.conflict("case.member-exists", member.username() + " already works on case "
                    + found.caseNumber() + ".");
        }
        audit.record(AuditEntry.by(opener, "INVESTIGATION_CASE_MEMBER_ADDED", id.toString(), AuditOutcome.SUCCESS)
                .withDetail("case " + found.caseNumber() + ": " + member.username() + " added"));
        return cases.members(id).stream().filter(m -> m.username().equals(member.username())).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<CaseMember> members(Caller investigator, UUID id) {
        own(investigator, cases.find(id));
        return cases.members(id);
    }

    /**
     * A facility admin of the agency moves the end of an approved case (never one who works it), at most
     * {@value #MAX_ACCESS_DAYS} days from now; an expired case opens again.
     */
    @Transactional
    public InvestigationCase extend(Caller admin, UUID id, Instant accessUntil, String rawReason) {
        InvestigationCase found = inAdminsAgency(admin, cases.lock(id));
        FieldChecks checks = new FieldChecks();
        String reason = checks.check(() -> {
            if (rawReason == null || rawReason.isBlank()) {
                throw ApiException.invalidField("case.extension-reason", "reason", "is required: say why access goes on");
            }
            return StaffText.required("reason", rawReason, MAX_TEXT, true);
        });
        Instant now = now();
        checks.check(() -> {
            if (accessUntil == null || !accessUntil.isAfter(now)
                    || accessUntil.isAfter(now.plus(Duration.ofDays(MAX_ACCESS_DAYS)))) {
                throw ApiException.invalidField("case.access-until", "accessUntil", "must be in the future and at most "
                        + MAX_ACCESS_DAYS + " days away");
            }
            if (found.accessUntil() != null && !accessUntil.isAfter(found.accessUntil())) {
                throw ApiException.invalidField("case.extension-later", "accessUntil", "must be later than the case's current end, "
                        + found.accessUntil());
            }
        });
        checks.done();
        if (found.storedStatus() != CaseStatus.OPEN) {
            throw ApiException.conflict("case.not-open", "Only an approved case is extended; case "
                    + found.caseNumber() + " is " + found.storedStatus() + ".");
        }
        cases.extend(id, accessUntil.truncatedTo(ChronoUnit.MICROS));
        audit.record(AuditEntry.by(admin, "INVESTIGATION_CASE_EXTENDED", id.toString(), AuditOutcome.SUCCESS)
                .withDetail("case " + found.caseNumber() + " opened by " + found.openedByName() + ": access until "
                        + accessUntil.truncatedTo(ChronoUnit.MICROS) + " (was " + found.accessUntil() + "): " + reason));
        return cases.find(id).orElseThrow();
    }

    /** The opener and the investigators added to the case. */
    @Transactional(readOnly = true)
    public List<UUID> investigators(UUID id) {
        return cases.investigators(id);
    }

    /**
     * Whom cases not yet ended are about (PENDING, or OPEN and not expired): their messages are on legal
     * hold, so retention leaves them until the case is closed, denied or expired.
     */
    @Transactional(readOnly = true)
    public List<CaseSubject> heldSubjects() {
        return cases.subjectsOfCasesNotEnded(clock.instant());
    }

    /** The messages tagged as evidence into cases not yet ended: retention keeps them while the case lasts. */
    @Transactional(readOnly = true)
    public List<UUID> heldEvidence() {
        return cases.itemsOfCasesNotEnded(clock.instant());
    }

    /** The investigator ends a case early (or takes back a request); nothing can be read through it afterwards. */
    @Transactional
    public InvestigationCase close(Caller investigator, UUID id) {
        InvestigationCase found = own(investigator, cases.lock(id));
        if (found.storedStatus() != CaseStatus.PENDING && found.storedStatus() != CaseStatus.OPEN) {
            throw ApiException.conflict("case.not-open", "Case " + found.caseNumber() + " is already "
                    + found.storedStatus() + ".");
        }
        cases.close(id, now());
        audit.record(AuditEntry.by(investigator, "INVESTIGATION_CASE_CLOSED", id.toString(), AuditOutcome.SUCCESS)
                .withDetail("case " + found.caseNumber()));
        return cases.find(id).orElseThrow();
    }

    /** The agency's cases in a status (PENDING: waiting for a decision), for a facility admin of the agency. */
    @Transactional(readOnly = true)
    public List<InvestigationCase> ofAgency(Caller admin, CaseStatus status) {
        if (status == CaseStatus.EXPIRED) {
            throw ApiException.invalidField("status", "must be PENDING, OPEN, DENIED or CLOSED");
        }
        return cases.inAgency(admin.agencyId(), status == null ? CaseStatus.PENDING : status, WAITING_LIMIT);
    }

    /**
     * A second person decides: a facility admin of the case's agency, never the one who opened it. An
     * approval without an end date gives the days the investigator asked for.
     */
    @Transactional
    public InvestigationCase decide(Caller admin, UUID id, CaseDecision decision, String rawReason, Instant accessUntil) {
        InvestigationCase found = inAdminsAgency(admin, cases.lock(id));
        if (decision == null) {
            throw ApiException.invalidField("decision", "must be APPROVE or DENY");
        }
        String reason = rawReason == null || rawReason.isBlank() ? null : StaffText.required("reason", rawReason, MAX_TEXT, true);
        if (found.storedStatus() != CaseStatus.PENDING) {
            throw ApiException.conflict("case.not-pending", "Case " + found.caseNumber() + " was already decided: it is "
                    + found.status(clock.instant()) + ".");
        }
        Instant now = now();
        if (decision == CaseDecision.DENY) {
            if (reason == null) {
                throw ApiException.invalidField("case.reason-required", "reason", "is required to deny a case; the investigator is told it");
            }
            cases.decide(id, CaseStatus.DENIED, admin.id(), admin.name(), now, reason, null);
        } else {
            Instant until = accessUntil == null ? now.plus(Duration.ofDays(found.accessDays())) : accessUntil;
            if (!until.isAfter(now) || until.isAfter(now.plus(Duration.ofDays(MAX_ACCESS_DAYS)))) {
                throw ApiException.invalidField("case.access-until", "accessUntil", "must be in the future and at most "
                        + MAX_ACCESS_DAYS + " days away");
            }
            cases.decide(id, CaseStatus.OPEN, admin.id(), admin.name(), now, reason, until);
        }
        InvestigationCase decided = cases.find(id).orElseThrow();
        audit.record(AuditEntry.by(admin, decision == CaseDecision.APPROVE ? "INVESTIGATION_CASE_APPROVED"
                        : "INVESTIGATION_CASE_DENIED", id.toString(), AuditOutcome.SUCCESS)
                .withDetail("case " + found.caseNumber() + " opened by " + found.openedByName()
                        + (decided.accessUntil() == null ? "" : ", access until " + decided.accessUntil())
                        + (reason == null ? "" : ": " + reason)));
        return decided;
    }

    /**
     * The investigator's case, if it lets them search and read now; otherwise a 403 naming why (PENDING,
     * DENIED, EXPIRED, CLOSED), and the attempt goes into the audit log.
     */
    public InvestigationCase requireUsable(Caller investigator, UUID id) {
        InvestigationCase found = get(investigator, id);
        CaseStatus status = found.status(clock.instant());
        if (status == CaseStatus.OPEN) {
            return found;
        }
        audit.recordRefusal(AuditEntry.by(investigator, "INVESTIGATION_ACCESS_REFUSED", id.toString(), AuditOutcome.DENIED)
                .withDetail("case " + found.caseNumber() + " is " + status));
        throw ApiException.forbidden("case." + status.name().toLowerCase(java.util.Locale.ROOT), switch (status) {
            case PENDING -> "Case " + found.caseNumber() + " is PENDING: a facility admin has not approved it yet.";
            case DENIED -> "Case " + found.caseNumber() + " is DENIED: it was not approved.";
            case EXPIRED -> "Case " + found.caseNumber() + " is EXPIRED: its access ended at " + found.accessUntil() + ".";
            default -> "Case " + found.caseNumber() + " is CLOSED.";
        });
    }

    /** The one check of who sees a case: its opener and the investigators added to it, in its agency. */
    private InvestigationCase own(Caller investigator, Optional<InvestigationCase> found) {
        return found.filter(c -> c.agencyId().equals(investigator.agencyId()))
                .filter(c -> c.openedBy().equals(investigator.id()) || cases.isMember(c.id(), investigator.id()))
                .orElseThrow(() -> ApiException.notFound("case.not-found", "No such case."));
    }

    /** A case of the admin's agency that they may decide or extend: never one they work on themselves. */
    private InvestigationCase inAdminsAgency(Caller admin, Optional<InvestigationCase> case_) {
        InvestigationCase found = case_.filter(c -> c.agencyId().equals(admin.agencyId()))
                .orElseThrow(() -> ApiException.notFound("case.not-found", "No such case in your agency."));
        if (found.openedBy().equals(admin.id()) || cases.isMember(found.id(), admin.id())) {
            throw ApiException.forbidden("case.own-case",
                    "A case is decided and extended by a second person, never by one who works on it.");
        }
        return found;
    }

    private List<CaseSubject> subjects(UUID agencyId, List<NewSubject> requested) {
        if (requested == null || requested.isEmpty()) {
            throw ApiException.invalidField("case.no-subject", "subjects", "name at least one person in custody or outside account");
        }
        if (requested.size() > MAX_SUBJECTS) {
            throw ApiException.invalidField("subjects", "at most " + MAX_SUBJECTS + " subjects per case");
        }
        List<CaseSubject> subjects = new ArrayList<>();
        List<ApiException> refusals = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            try {
                subjects.add(subject(agencyId, "subjects[" + i + "]", requested.get(i)));
            } catch (ApiException refused) {
                refusals.add(refused);
            }
        }
        if (!refusals.isEmpty()) {
            throw ApiException.together(refusals);
        }
        return subjects;
    }

    CaseSubject subject(UUID agencyId, String field, NewSubject s) {
        boolean person = s != null && notBlank(s.facility()) && notBlank(s.inmateNumber()) && !notBlank(s.email());
        boolean account = s != null && notBlank(s.email()) && !notBlank(s.facility()) && !notBlank(s.inmateNumber());
        if (person) {
            Inmate inmate = roster.findInAgency(agencyId, s.inmateNumber())
                    .filter(i -> i.facilityCode().equalsIgnoreCase(s.facility().trim()))
                    .orElseThrow(() -> ApiException.invalidField("case.subject-unknown", field,
                            "no one with this number at this facility in your agency"));
            return new CaseSubject(inmate.facilityId(), inmate.facilityCode(), inmate.id(), inmate.number(), null, null);
        }
        if (account) {
            AccountSummary found = accounts.findByEmail(s.email().trim())
                    .filter(a -> contacts.ofAccount(a.id()).stream().anyMatch(c -> inAgency(c.facilityId(), agencyId)))
                    .orElseThrow(() -> ApiException.invalidField("case.subject-unknown", field,
                            "no outside account with this email writes to anyone in your agency"));
            return new CaseSubject(null, null, null, null, found.id(), found.email());
        }
        throw ApiException.invalidField(field, "give either facility and inmateNumber, or email");
    }

    private boolean inAgency(UUID facilityId, UUID agencyId) {
        return facilities.findById(facilityId).map(Facility::agency).map(a -> a.id().equals(agencyId)).orElse(false);
    }


    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    /** Microseconds, as PostgreSQL keeps them, so what a call answers and what is read later agree. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
