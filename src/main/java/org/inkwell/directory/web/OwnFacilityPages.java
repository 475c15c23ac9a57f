package org.inkwell.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The facility admin's page for how families reach their facility. */
@WebPage
class OwnFacilityPages {

    private final Facilities facilities;
    private final FormErrors formErrors;

    OwnFacilityPages(Facilities facilities, FormErrors formErrors) {
        this.facilities = facilities;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/facility")
    String form(Model model) {
        Facility own = facilities.findById(Caller.required().facilityId()).orElseThrow();
        model.addAttribute("facility", own);
        model.addAttribute("phone", own.phone());
        return "staff/facility-contact";
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/facility")
    String save(@RequestParam(defaultValue = "") String phone, HttpServletResponse response, Model model) {
        try {
            facilities.changePhone(Caller.required(), phone);
            return "redirect:/staff/facility?saved";
        } catch (ApiException refused) {
            form(model);
            model.addAttribute("phone", phone);
            formErrors.show(model, response, refused, "phone");
            return "staff/facility-contact";
        }
    }
}
