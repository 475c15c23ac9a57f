package org.inkwell.records;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.investigations.CaseSubject;
import org.inkwell.investigations.Cases;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.StaffText;
import org.inkwell.platform.FieldChecks;
import org.inkwell.records.internal.HoldRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: a platform admin places one on a person in custody or an outside account, with a
 * reference and a reason, and lifts it later; both are audited and a lifted hold stays on record. An
 * investigation case not yet ended holds its subjects, and the messages tagged into it as evidence, for as
 * long as it lasts.
 */
@Service
public class LegalHolds {

    static final int MAX_REFERENCE = 200;
    static final int MAX_REASON = 2000;
    private static final int LIST_LIMIT = 500;

    private final HoldRepository holds;
    private final Facilities facilities;
    private final Roster roster;
    private final Accounts accounts;
    private final Cases cases;
    private final AuditLog audit;
    private final Clock clock;

    LegalHolds(HoldRepository holds, Facilities facilities, Roster roster, Accounts accounts, Cases cases, AuditLog audit,
            Clock clock) {
        this.holds = holds;
        this.facilities = facilities;
        this.roster = roster;
        this.accounts = accounts;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Places a hold on the person with this number at this facility (released or not), or on the account
     * with this email: one of the two, never both.
     */
    @Transactional
    public LegalHold place(Caller admin, String facility, String inmateNumber, String email, String rawReference,
            String rawReason) {
        boolean person = notBlank(facility) || notBlank(inmateNumber);
        boolean account = notBlank(email);
        if (person == account) {
            throw ApiException.invalidField("hold.subject", "subject",
                    "give either facility and inmateNumber (a person in custody), or email (an outside account)");
        }
        FieldChecks checks = new FieldChecks();
        String reference = checks.check(() -> StaffText.required("reference", rawReference, MAX_REFERENCE, false));
        String reason = checks.check(() -> StaffText.required("reason", rawReason, MAX_REASON, true));
        Inmate inmate = person ? checks.check(() -> person(facility, inmateNumber)) : null;
        AccountSummary found = account ? checks.check(() -> account(email)) : null;
        checks.done();
        LegalHold hold = new LegalHold(UUID.randomUUID(), inmate == null ? null : inmate.id(),
                inmate == null ? null : inmate.facilityCode(), inmate == null ? null : inmate.number(),
                found == null ? null : found.id(), found == null ? null : found.email(), reference, reason,
                admin.name(), now(), null, null);
        holds.insert(hold, admin.id());
        audit.record(AuditEntry.by(admin, "LEGAL_HOLD_PLACED", hold.id().toString(), AuditOutcome.SUCCESS)
                .withDetail(subject(hold) + ", reference " + reference + ": " + reason));
        return hold;
    }

    /** Lifts an open hold; its messages are due again from the next retention run. */
    @Transactional
    public LegalHold lift(Caller admin, UUID id) {
        LegalHold hold = holds.lock(id).orElseThrow(() -> ApiException.notFound("hold.not-found", "No such legal hold."));
        if (hold.status() == HoldStatus.LIFTED) {
            throw ApiException.conflict("hold.lifted", "This hold was already lifted by " + hold.liftedBy() + " at "
                    + hold.liftedAt() + ".");
        }
        holds.lift(id, admin.id(), admin.name(), now());
        audit.record(AuditEntry.by(admin, "LEGAL_HOLD_LIFTED", id.toString(), AuditOutcome.SUCCESS)
                .withDetail(subject(hold) + ", reference " + hold.reference()));
        return holds.find(id).orElseThrow();
    }

    /** Open holds first, then lifted ones, newest first. */
    @Transactional(readOnly = true)
    public List<LegalHold> list() {
        return holds.recent(LIST_LIMIT);
    }

    /**
     * Everyone held now (by an open legal hold, or as a subject of an investigation case not yet ended) and
     * the evidence of such cases.
     */
    @Transactional(readOnly = true)
    public HeldParties heldParties() {
        Set<UUID> inmates = new HashSet<>();
        Set<UUID> accountIds = new HashSet<>();
        for (LegalHold hold : holds.open()) {
            if (hold.inmateId() != null) {
                inmates.add(hold.inmateId());
            } else {
                accountIds.add(hold.accountId());
            }
        }
        for (CaseSubject subject : cases.heldSubjects()) {
            if (subject.isPerson()) {
                inmates.add(subject.inmateId());
            } else {
                accountIds.add(subject.accountId());
            }
        }
        inmates.remove(null);
        accountIds.remove(null);
        return new HeldParties(inmates, accountIds, new HashSet<>(cases.heldEvidence()));
    }

    private Inmate person(String facilityCode, String number) {
        if (!notBlank(facilityCode) || !notBlank(number)) {
            throw ApiException.invalidField("hold.subject", notBlank(facilityCode) ? "inmateNumber" : "facility",
                    "a person in custody is named by facility and inmateNumber together");
        }
        Facility facility = facilities.find(facilityCode)
                .orElseThrow(() -> ApiException.invalidField("hold.subject-unknown", "facility", "no facility has this code"));
        return roster.findInAgency(facility.agency().id(), number.trim())
                .filter(i -> Objects.equals(i.facilityId(), facility.id()))
                .orElseThrow(() -> ApiException.invalidField("hold.subject-unknown", "inmateNumber",
                        "no one with this number is or was held at " + facility.code()));
    }

    private AccountSummary account(String email) {
        return accounts.findByEmail(email.trim())
                .orElseThrow(() -> ApiException.invalidField("hold.subject-unknown", "email", "no account has this email"));
    }

    private static String subject(LegalHold hold) {
        return hold.inmateId() != null ? "person " + hold.facility() + " " + hold.inmateNumber() : "account " + hold.email();
    }


    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    /** Microseconds, as PostgreSQL keeps them, so what a call answers and what is read later agree. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
