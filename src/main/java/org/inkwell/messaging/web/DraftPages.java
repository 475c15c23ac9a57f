package org.inkwell.messaging.web;

import java.util.UUID;

import org.inkwell.messaging.Drafts;
import org.inkwell.platform.Caller;
import org.inkwell.platform.WebPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Autosave from the compose pages (family and kiosk): the script posts the text as it is typed. */
@WebPage
class DraftPages {

    private final Drafts drafts;

    DraftPages(Drafts drafts) {
        this.drafts = drafts;
    }

    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @PostMapping("/drafts/{contactId}")
    ResponseEntity<Void> save(@PathVariable UUID contactId, @RequestParam(defaultValue = "") String body) {
        drafts.save(Caller.required(), contactId, body);
        return ResponseEntity.noContent().build();
    }
}
