package org.inkwell.contacts.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inkwell.contacts.HeldInvitation;
import org.inkwell.contacts.Invitation;
import org.inkwell.contacts.Invitations;
import org.inkwell.contacts.Relationship;
import org.inkwell.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    /** A person in custody invites someone by email; the invitee gets a code valid 10 days. */
    @PreAuthorize("hasRole('INMATE')")
    @PostMapping("/api/v1/inmate/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    Invitation invite(@Valid @RequestBody InvitationRequest request) {
        return invitations.invite(Caller.required(), request.email(), request.fullName(), request.relationship());
    }

    @PreAuthorize("hasRole('INMATE')")
    @GetMapping("/api/v1/inmate/invitations")
    List<Invitation> sent() {
        return invitations.sentBy(Caller.required());
    }

    /** The invitee accepts: a contact request opens (or an approved contact, where the facility allows it). */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/api/v1/invitations/accept")
    @ResponseStatus(HttpStatus.CREATED)
    ContactView accept(@Valid @RequestBody Code request) {
        return ContactView.of(invitations.accept(Caller.required(), request.code()));
    }

    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/api/v1/invitations/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(@Valid @RequestBody Code request) {
        invitations.decline(Caller.required(), request.code());
    }

    /** Invitations held for staff at the caller's facility, oldest first, with why each waits. */
    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/api/v1/staff/invitations")
    List<HeldInvitationView> held() {
        return invitations.awaitingReview(Caller.required()).stream().map(HeldInvitationView::of).toList();
    }

    /** Approving lets the invitation email go out; refusing keeps it in and needs a reason. */
    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/api/v1/staff/invitations/{id}/decision")
    Invitation decide(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
        return invitations.decide(Caller.required(), id, decision.decision() == Decision.Kind.APPROVE, decision.reason());
    }

    record InvitationRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String fullName,
                             @NotNull Relationship relationship) {
    }

    record Code(@NotBlank @Size(max = 64) String code) {
    }

    record Decision(@NotNull Kind decision, @Size(max = 1000) String reason) {
        enum Kind { APPROVE, DENY }
    }

    record HeldInvitationView(UUID id, ContactView.InmateView inmate, String email, String fullName,
                              Relationship relationship, String heldBecause, Instant createdAt) {
        static HeldInvitationView of(HeldInvitation held) {
            return new HeldInvitationView(held.id(), new ContactView.InmateView(held.inmate().facilityCode(),
                    held.inmate().number(), held.inmate().name()), held.email(), held.fullName(), held.relationship(),
                    held.heldBecause(), held.createdAt());
        }
    }
}
