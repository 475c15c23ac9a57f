package org.inkwell.messaging.web;

import java.util.UUID;

import org.inkwell.messaging.Drafts;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's draft on a contact; sending a message on the contact clears it. */
@RestController
@RequestMapping("/api/v1/drafts/{contactId}")
class DraftController {

    private final Drafts drafts;

    DraftController(Drafts drafts) {
        this.drafts = drafts;
    }

    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @PutMapping
    Drafts.Draft save(@PathVariable UUID contactId, @RequestBody DraftBody request) {
        return drafts.save(Caller.required(), contactId, request == null ? null : request.body());
    }

    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @GetMapping
    Drafts.Draft get(@PathVariable UUID contactId) {
        return drafts.find(Caller.required(), contactId)
                .orElseThrow(() -> ApiException.notFound("No draft on this contact."));
    }

    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID contactId) {
        drafts.delete(Caller.required(), contactId);
    }

    record DraftBody(String body) {
    }
}
