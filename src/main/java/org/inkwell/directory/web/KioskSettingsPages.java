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

/** The facility admin's kiosk settings page: session limit and the language the kiosks start in. */
@WebPage
class KioskSettingsPages {

    private final Facilities facilities;
    private final FormErrors formErrors;

    KioskSettingsPages(Facilities facilities, FormErrors formErrors) {
        this.facilities = facilities;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/kiosk-settings")
    String form(Model model) {
        Facility facility = facilities.findById(Caller.required().facilityId()).orElseThrow();
        model.addAttribute("kioskSessionMinutes", Integer.toString(facility.kioskSessionMinutes()));
        model.addAttribute("kioskLanguage", facility.kioskLanguage());
        return "staff/kiosk-settings";
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/kiosk-settings")
    String save(@RequestParam(defaultValue = "") String kioskSessionMinutes,
            @RequestParam(defaultValue = "") String kioskLanguage, HttpServletResponse response, Model model) {
        try {
            facilities.updateKioskSettings(Caller.required(), minutes(kioskSessionMinutes), kioskLanguage);
            return "redirect:/staff/kiosk-settings?saved";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "kioskSessionMinutes");
            model.addAttribute("kioskSessionMinutes", kioskSessionMinutes);
            model.addAttribute("kioskLanguage", kioskLanguage);
            return "staff/kiosk-settings";
        }
    }

    /** What was typed as a whole number; anything else is treated as missing, and refused as such. */
    private static Integer minutes(String typed) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
