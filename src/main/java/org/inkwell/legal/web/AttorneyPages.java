package org.inkwell.legal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.legal.LegalRegistrations;
import org.inkwell.legal.RegistrationStatus;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A family account's "Apply as an attorney" page: the form, and where the registration stands once sent. */
@WebPage
class AttorneyPages {

    private final LegalRegistrations registrations;
    private final LegalViews views;
    private final FormErrors formErrors;

    AttorneyPages(LegalRegistrations registrations, LegalViews views, FormErrors formErrors) {
        this.registrations = registrations;
        this.views = views;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/attorney")
    String page(Model model) {
        show(model);
        return "family/attorney";
    }

    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/attorney")
    String apply(@RequestParam(defaultValue = "") String barNumber, @RequestParam(defaultValue = "") String barState,
            @RequestParam(defaultValue = "") String firm, @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String facility, HttpServletResponse response, Model model) {
        try {
            registrations.apply(Caller.required(), barNumber, barState, firm, phone, facility);
            return "redirect:/attorney?applied";
        } catch (ApiException refused) {
            show(model);
            model.addAttribute("form", new LegalRegistrationController.Application(barNumber, barState, firm, phone,
                    facility));
            formErrors.show(model, response, refused, "barNumber");
            return "family/attorney";
        }
    }

    private void show(Model model) {
        try {
            RegistrationView mine = views.forApplicant(registrations.mine(Caller.required()));
            model.addAttribute("registration", mine);
            model.addAttribute("mayApply", mine.status() == RegistrationStatus.DENIED);
        } catch (ApiException none) {
            model.addAttribute("mayApply", true);
        }
        model.addAttribute("form", new LegalRegistrationController.Application("", "", "", "", ""));
    }
}
