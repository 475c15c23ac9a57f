package org.inkwell.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.identity.StaffAccounts;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.Role;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operator gives a facility its administrators, the first one above all: a new facility has no staff,
 * and until one of its own admins exists nobody can run its roster or staff from the pages.
 */
@WebPage
class FacilityAdminPages {

    private final StaffAccounts staff;
    private final Facilities facilities;
    private final FormErrors formErrors;

    FacilityAdminPages(StaffAccounts staff, Facilities facilities, FormErrors formErrors) {
        this.staff = staff;
        this.facilities = facilities;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @GetMapping("/staff/facilities/{code}/admins")
    String page(@PathVariable String code, Model model) {
        Facility facility = facility(code);
        model.addAttribute("facility", facility);
        model.addAttribute("members", staff.atFacility(facility.id()));
        model.addAttribute("withEmail", true);
        return "staff/facility-admins";
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PostMapping("/staff/facilities/{code}/admins")
    String create(@PathVariable String code, @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password, HttpServletResponse response, Model model) {
        Facility facility = facility(code);
        try {
            staff.create(Caller.required(), new StaffAccounts.NewStaff(username, password, fullName,
                    Role.FACILITY_ADMIN, facility.code(), email));
            return "redirect:/staff/facilities/" + facility.code() + "/admins?created";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "username", StaffAccounts.INVALID);
            model.addAttribute("fullName", fullName);
            model.addAttribute("username", username);
            model.addAttribute("email", email);
            return page(code, model);
        }
    }

    private Facility facility(String code) {
        return facilities.find(code).orElseThrow(() -> ApiException.notFound("No facility has code " + code + "."));
    }
}
