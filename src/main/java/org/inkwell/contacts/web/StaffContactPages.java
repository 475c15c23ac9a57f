package org.inkwell.contacts.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.contacts.ContactStatus;
import org.inkwell.contacts.Contacts;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Facility staff deciding contact requests, oldest first, with the reason families will read. */
@WebPage
class StaffContactPages {

    private final Contacts contacts;
    private final FormErrors formErrors;

    StaffContactPages(Contacts contacts, FormErrors formErrors) {
        this.contacts = contacts;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasAnyRole('FACILITY_ADMIN', 'REVIEWER')")
    @GetMapping("/staff/contact-requests")
    String requests(Model model) {
        model.addAttribute("requests", contacts.atFacility(Caller.required(), ContactStatus.PENDING));
        return "staff/contact-requests";
    }

    @PreAuthorize("hasAnyRole('FACILITY_ADMIN', 'REVIEWER')")
    @PostMapping("/staff/contact-requests/{id}")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason, HttpServletResponse response, Model model) {
        Caller staff = Caller.required();
        try {
            contacts.decide(staff, id, "APPROVE".equals(decision), reason);
            return "redirect:/staff/contact-requests?decided";
        } catch (ApiException refused) {
            model.addAttribute("requests", contacts.atFacility(staff, ContactStatus.PENDING));
            formErrors.showInRow(model, response, refused, "reason", id);
            return "staff/contact-requests";
        }
    }
}
