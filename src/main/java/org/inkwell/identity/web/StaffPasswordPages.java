package org.inkwell.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.identity.Logins;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.SessionCookie;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.ui.Model;

/**
 * Any staff member changes their own password: the current one proves it is them, the new one meets the
 * same policy as everywhere else, and every other session of the account ends (this browser stays in).
 */
@WebPage
class StaffPasswordPages {

    private final Logins logins;
    private final FormErrors formErrors;

    StaffPasswordPages(Logins logins, FormErrors formErrors) {
        this.logins = logins;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasAnyRole('REVIEWER','FACILITY_ADMIN','INVESTIGATOR','PLATFORM_ADMIN')")
    @GetMapping("/staff/password")
    String form() {
        return "staff/password";
    }

    @PreAuthorize("hasAnyRole('REVIEWER','FACILITY_ADMIN','INVESTIGATOR','PLATFORM_ADMIN')")
    @PostMapping("/staff/password")
    String change(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            logins.changePassword(Caller.required(), SessionCookie.read(request), currentPassword, newPassword);
            return "redirect:/staff/password?changed";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "currentPassword", "password.invalid");
            return "staff/password";
        }
    }
}
