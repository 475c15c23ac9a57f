package org.inkwell.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.directory.Facilities;
import org.inkwell.identity.StaffAccounts;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.Role;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A facility admin's staff: who reviews and administers here, and creating their accounts. */
@WebPage
class StaffAccountPages {

    private final StaffAccounts staff;
    private final Facilities facilities;
    private final FormErrors formErrors;

    StaffAccountPages(StaffAccounts staff, Facilities facilities, FormErrors formErrors) {
        this.staff = staff;
        this.facilities = facilities;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/accounts")
    String page(Model model) {
        model.addAttribute("members", staff.atFacility(Caller.required().facilityId()));
        return "staff/accounts";
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/accounts")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String password, @RequestParam(required = false) Role role,
            HttpServletResponse response, Model model) {
        Caller admin = Caller.required();
        String facility = facilities.findById(admin.facilityId()).orElseThrow().code();
        try {
            staff.create(admin, new StaffAccounts.NewStaff(username, password, fullName, role, facility, null));
            return "redirect:/staff/accounts?created";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "username", StaffAccounts.INVALID);
            model.addAttribute("username", username);
            model.addAttribute("fullName", fullName);
            model.addAttribute("role", role == null ? null : role.name());
            return page(model);
        }
    }
}
