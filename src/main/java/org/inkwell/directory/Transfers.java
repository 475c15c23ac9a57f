package org.inkwell.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.internal.InmateRepository;
import org.inkwell.directory.internal.RosterCsv;
import org.inkwell.directory.internal.TransferRequestRepository;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a person between facilities of an agency. A facility's roster may name someone held elsewhere,
 * but that only asks: the holding facility's admin (or a platform admin) confirms or declines, and
 * until then nothing of the person changes, so one facility cannot rename, re-PIN, log in as or
 * release another facility's people.
 */
@Service
public class Transfers {

    private static final int LIST_LIMIT = 500;
    private static final int MAX_REASON = 1000;

    private final TransferRequestRepository requests;
    private final InmateRepository inmates;
    private final Facilities facilities;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Transfers(TransferRequestRepository requests, InmateRepository inmates, Facilities facilities, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.inmates = inmates;
        this.facilities = facilities;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The roster row of {@code to} for a person held at another facility becomes a request (one open at a
     * time per person); answers why the row was not applied. Runs in the import's transaction, with the
     * person's row locked.
     */
    String request(Caller admin, Facility to, Inmate held, RosterCsv.Row row, String pinHash, Instant now) {
        String holder = held.facilityCode();
        var open = requests.pendingFor(held.id());
        if (open.isPresent()) {
            return open.get().toFacilityId().equals(to.id())
                    ? "this person is held at " + holder + "; your transfer request awaits that facility's confirmation"
                    : "this person is held at " + holder + ", and a transfer to another facility awaits confirmation";
        }
        UUID id = UUID.randomUUID();
        requests.insert(new TransferRequestRepository.Requested(id, held.id(), held.facilityId(), to.id(),
                row.firstName(), row.lastName(), row.housingUnit(), pinHash, admin.id(), now));
        audit.record(AuditEntry.by(admin, "TRANSFER_REQUESTED", held.number(), AuditOutcome.SUCCESS)
                .inFacility(held.facilityId(), held.agencyId())
                .withDetail("request " + id + " from " + to.code() + " for a person held at " + holder));
        return "this person is held at " + holder + "; a transfer request was sent to that facility, "
                + "and the person moves here only when it confirms";
    }

    /** The person was released: nobody is left to move, so open requests for them end. */
    void withdrawFor(UUID inmateId, Instant now) {
        requests.withdrawPendingFor(inmateId, "the person was released", now);
    }

    /**
     * Open requests a facility admin should see: for people their facility holds and those it asked for.
     * A platform admin sees every open request.
     */
    public List<TransferRequest> pending(Caller staff) {
        if (staff.is(Role.PLATFORM_ADMIN)) {
            return requests.allPending(LIST_LIMIT);
        }
        return staff.facilityId() == null ? List.of() : requests.pendingInvolving(staff.facilityId(), LIST_LIMIT);
    }

    /**
     * The holding facility's admin or a platform admin confirms (the person moves, with the housing unit
     * and, if the file gave one, the PIN of the request; the name stays) or declines. Anyone else, the
     * requesting facility included, is told there is no such request.
     */
    @Transactional
    public TransferRequest decide(Caller staff, UUID id, boolean confirm, String reason) {
        String why = trimmed(reason);
        TransferRequest seen = requests.find(id)
                .filter(r -> staff.is(Role.PLATFORM_ADMIN) || r.fromFacilityId().equals(staff.facilityId()))
                .orElseThrow(() -> ApiException.notFound("transfer.not-found", "No transfer request awaits your facility's decision."));
        // The person first, then the request: the order a roster import (release, new request) locks them in.
        Inmate person = inmates.lock(seen.inmateId()).orElseThrow();
        TransferRequest request = requests.lock(id).orElseThrow();
        if (request.status() != TransferStatus.PENDING) {
            throw ApiException.conflict("transfer.already-decided", "This transfer request was already decided (" + request.status() + ").");
        }
        Instant now = clock.instant();
        if (!person.inCustody() || !person.facilityId().equals(request.fromFacilityId())) {
            throw ApiException.conflict("transfer.person-moved", "This person is no longer held at " + request.fromFacility() + ".");
        }
        Facility holding = facilities.findById(request.fromFacilityId()).orElseThrow();
        if (confirm) {
            String pinHash = requests.pinHash(id).orElse(null);
            inmates.transfer(person.id(), request.toFacilityId(), request.housingUnit(), now);
            if (pinHash != null) {
                inmates.setPinHash(person.id(), pinHash);
            }
            events.publishEvent(new InmateTransferred(person.id(), request.fromFacilityId(), request.toFacilityId(), now));
        }
        requests.decide(id, confirm ? TransferStatus.CONFIRMED : TransferStatus.DECLINED, staff.id(), staff.name(), why,
                now);
        audit.record(AuditEntry.by(staff, confirm ? "TRANSFER_CONFIRMED" : "TRANSFER_DECLINED", person.number(),
                        AuditOutcome.SUCCESS)
                .inFacility(holding.id(), holding.agency().id())
                .withDetail("request " + id + ": " + request.fromFacility() + " to " + request.toFacility()
                        + (confirm ? (request.newPin() ? ", PIN from the file applied" : ", PIN kept") : "")
                        + (why == null ? "" : "; " + why)));
        return requests.find(id).orElseThrow();
    }

    private static String trimmed(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String why = reason.strip();
        if (why.length() > MAX_REASON) {
            throw ApiException.invalidField("transfer.reason-too-long", "reason", "must be at most " + MAX_REASON + " characters");
        }
        return why;
    }
}
