package org.inkwell.contacts.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inkwell.contacts.ContactDetails;
import org.inkwell.contacts.ContactHistoryEntry;
import org.inkwell.contacts.ContactStatus;
import org.inkwell.contacts.Contacts;
import org.inkwell.contacts.Relationship;
import org.inkwell.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Facility staff: deciding requests, and the suspensions and restrictions of discipline. */
@RestController
@RequestMapping("/api/v1/staff")
class StaffContactController {

    private final Contacts contacts;

    StaffContactController(Contacts contacts) {
        this.contacts = contacts;
    }

    @PreAuthorize("hasAnyRole('FACILITY_ADMIN', 'REVIEWER')")
    @GetMapping("/contact-requests")
    List<RequestView> requests(@RequestParam(required = false) ContactStatus status) {
        return contacts.atFacility(Caller.required(), status).stream().map(RequestView::of).toList();
    }

    @PreAuthorize("hasAnyRole('FACILITY_ADMIN', 'REVIEWER')")
    @PostMapping("/contact-requests/{id}/decision")
    ContactView decide(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
        return ContactView.of(contacts.decide(Caller.required(), id, decision.decision() == Decision.Kind.APPROVE,
                decision.reason()));
    }

    /** A person's contacts, for staff of the facility holding them. */
    @PreAuthorize("hasAnyRole('FACILITY_ADMIN', 'REVIEWER')")
    @GetMapping("/contacts")
    List<RequestView> ofPerson(@RequestParam @NotBlank String inmateNumber) {
        return contacts.ofPerson(Caller.required(), inmateNumber).stream().map(RequestView::of).toList();
    }

    /** One contact with its whole history: who did what, when and why. */
    @PreAuthorize("hasAnyRole('FACILITY_ADMIN', 'REVIEWER')")
    @GetMapping("/contacts/{id}")
    StaffContactView one(@PathVariable UUID id) {
        Caller staff = Caller.required();
        return new StaffContactView(RequestView.of(contacts.getForStaff(staff, id)), contacts.history(staff, id));
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PutMapping("/contacts/{id}/suspension")
    ContactView suspend(@PathVariable UUID id, @Valid @RequestBody Until request) {
        return ContactView.of(contacts.suspend(Caller.required(), id, request.until(), request.reason()));
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @DeleteMapping("/contacts/{id}/suspension")
    ContactView liftSuspension(@PathVariable UUID id) {
        return ContactView.of(contacts.liftSuspension(Caller.required(), id));
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PutMapping("/inmates/{number}/restriction")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void restrict(@PathVariable String number, @Valid @RequestBody Until request) {
        contacts.restrict(Caller.required(), number, request.until(), request.reason());
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @DeleteMapping("/inmates/{number}/restriction")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void liftRestriction(@PathVariable String number) {
        contacts.liftRestriction(Caller.required(), number);
    }

    record Decision(@NotNull Kind decision, @Size(max = 1000) String reason) {
        enum Kind { APPROVE, DENY }
    }

    record Until(@NotNull Instant until, @NotBlank @Size(max = 1000) String reason) {
    }

    record Requester(String fullName, String email) {
    }

    record RequestView(UUID id, ContactStatus status, Relationship relationship, Requester requester,
                       ContactView.InmateView inmate, Instant requestedAt, String origin, String statusReason,
                       Instant decidedAt) {
        static RequestView of(ContactDetails d) {
            var c = d.contact();
            return new RequestView(c.id(), c.status(), c.relationship(),
                    new Requester(d.family().fullName(), d.family().email()),
                    new ContactView.InmateView(d.inmate().facilityCode(), d.inmate().number(), d.inmate().name()),
                    c.requestedAt(), c.origin(), c.statusReason(), c.decidedAt());
        }
    }

    record StaffContactView(RequestView contact, List<ContactHistoryEntry> history) {
    }
}
