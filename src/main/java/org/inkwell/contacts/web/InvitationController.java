package org.inkwell.contacts.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inkwell.contacts.Invitation;
import org.inkwell.contacts.Invitations;
import org.inkwell.contacts.Relationship;
import org.inkwell.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
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

    record InvitationRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String fullName,
                             @NotNull Relationship relationship) {
    }

    record Code(@NotBlank @Size(max = 64) String code) {
    }
}
