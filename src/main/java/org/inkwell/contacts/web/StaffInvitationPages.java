package org.inkwell.contacts.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.contacts.Invitations;
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

/** Facility admins letting held invitations from inside go out, or keeping them in. */
@WebPage
class StaffInvitationPages {

    private final Invitations invitations;
    private final FormErrors formErrors;

    StaffInvitationPages(Invitations invitations, FormErrors formErrors) {
        this.invitations = invitations;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/invitations")
    String held(Model model) {
        model.addAttribute("invitations", invitations.awaitingReview(Caller.required()));
        return "staff/invitations";
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/invitations/{id}")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason, HttpServletResponse response, Model model) {
        try {
            invitations.decide(Caller.required(), id, "APPROVE".equals(decision), reason);
            return "redirect:/staff/invitations?decided";
        } catch (ApiException refused) {
            formErrors.showInRow(model, response, refused, "reason", id);
            return held(model);
        }
    }
}
