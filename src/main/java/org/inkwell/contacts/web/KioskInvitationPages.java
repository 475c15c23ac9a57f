package org.inkwell.contacts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.contacts.Invitation;
import org.inkwell.contacts.InvitationStatus;
import org.inkwell.contacts.Invitations;
import org.inkwell.contacts.Relationship;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Inviting someone outside from the kiosk: they get an email with a code. */
@WebPage
class KioskInvitationPages {

    private final Invitations invitations;
    private final FormErrors formErrors;

    KioskInvitationPages(Invitations invitations, FormErrors formErrors) {
        this.invitations = invitations;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('INMATE')")
    @GetMapping("/kiosk/invite")
    String form(Model model) {
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("sent", invitations.sentBy(Caller.required()));
        return "kiosk/invite";
    }

    @PreAuthorize("hasRole('INMATE')")
    @PostMapping("/kiosk/invite")
    String invite(@RequestParam(defaultValue = "") String fullName, @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) Relationship relationship, HttpServletResponse response, Model model) {
        try {
            Invitation invitation = invitations.invite(Caller.required(), email, fullName, relationship);
            return invitation.status() == InvitationStatus.SENT ? "redirect:/kiosk/invite?sent" : "redirect:/kiosk/invite?held";
        } catch (ApiException refused) {
            if (refused.retryAfter() != null) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, refused.retryAfter().toSeconds())));
            }
            formErrors.show(model, response, refused, "email");
            model.addAttribute("fullName", fullName);
            model.addAttribute("email", email);
            model.addAttribute("relationship", relationship);
            return form(model);
        }
    }
}
