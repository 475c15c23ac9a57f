package org.inkwell.messaging.web;

import org.inkwell.messaging.LegalMailVolumes;
import org.inkwell.platform.Caller;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The facility admin's page of attorney contacts and their volume of privileged legal mail. */
@WebPage
class LegalContactPages {

    private final LegalMailVolumes volumes;

    LegalContactPages(LegalMailVolumes volumes) {
        this.volumes = volumes;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/legal-contacts")
    String list(Model model) {
        model.addAttribute("volumes", volumes.atFacility(Caller.required()));
        model.addAttribute("recentDays", LegalMailVolumes.RECENT.toDays());
        return "staff/legal-contacts";
    }
}
