package org.inkwell.contacts.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inkwell.contacts.Contacts;
import org.inkwell.contacts.Relationship;
import org.inkwell.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contacts")
class ContactController {

    private final Contacts contacts;

    ContactController(Contacts contacts) {
        this.contacts = contacts;
    }

    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ContactView request(@Valid @RequestBody ContactRequest request) {
        return ContactView.of(contacts.request(Caller.required(), request.facility(), request.inmateNumber(),
                request.relationship()));
    }

    /** The caller's contacts, newest request first: a family's, or a person in custody's. */
    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @GetMapping
    List<ContactView> mine() {
        return contacts.mine(Caller.required()).stream().map(ContactView::of).toList();
    }

    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @GetMapping("/{id}")
    ContactView one(@PathVariable UUID id) {
        return ContactView.of(contacts.get(Caller.required(), id));
    }

    /** Either side may block; no message can be sent either way until the same side unblocks. */
    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @PostMapping("/{id}/block")
    ContactView block(@PathVariable UUID id) {
        return ContactView.of(contacts.block(Caller.required(), id));
    }

    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @PostMapping("/{id}/unblock")
    ContactView unblock(@PathVariable UUID id) {
        return ContactView.of(contacts.unblock(Caller.required(), id));
    }

    record ContactRequest(@NotBlank @Size(max = 32) String facility, @NotBlank @Size(max = 32) String inmateNumber,
                          @NotNull Relationship relationship) {
    }
}
