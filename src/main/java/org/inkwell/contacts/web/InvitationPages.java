package org.inkwell.contacts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.contacts.Invitations;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Answering an invitation from inside with the code from the email. */
@WebPage
class InvitationPages {

    private final Invitations invitations;
    private final FormErrors formErrors;

    InvitationPages(Invitations invitations, FormErrors formErrors) {
        this.invitations = invitations;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/invitations")
    String form() {
        return "family/invitation";
    }

    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/invitations")
    String answer(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String answer,
            HttpServletResponse response, Model model) {
        try {
            if ("decline".equals(answer)) {
                invitations.decline(Caller.required(), code);
                return "redirect:/home?declined";
            }
            invitations.accept(Caller.required(), code);
            return "redirect:/home?accepted";
        } catch (ApiException refused) {
            model.addAttribute("code", code);
            formErrors.show(model, response, refused, "code");
            return "family/invitation";
        }
    }
}
