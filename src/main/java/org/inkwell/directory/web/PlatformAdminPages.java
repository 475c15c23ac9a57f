package org.inkwell.directory.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.directory.DeliveryMode;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.FacilityDefaults;
import org.inkwell.directory.FacilityKind;
import org.inkwell.directory.FacilitySettings;
import org.inkwell.directory.ReplyPolicy;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operator's pages: agencies, facilities, and every facility's prices and policies. */
@WebPage
class PlatformAdminPages {

    private final Facilities facilities;
    private final FormErrors formErrors;

    PlatformAdminPages(Facilities facilities, FormErrors formErrors) {
        this.facilities = facilities;
        this.formErrors = formErrors;
    }

    /** The form's fields, as posted. */
    record FacilityForm(String code, String agency, String name, FacilityKind kind, String state, DeliveryMode delivery,
                        Long unitPriceCents, Integer charsPerUnit, Integer maxMessageChars, Integer reviewTargetHours,
                        ReplyPolicy replyPolicy, Integer maxContacts, String timeZone, Boolean invitationsNeedApproval,
                        Boolean autoApproveClean, String kioskNetworks, Integer invitationsPerDay, String phone,
                        Integer kioskSessionMinutes, String kioskLanguage, Integer retentionDays,
                        Integer maxPhotosPerMessage, Long photoPriceCents, Boolean legalMailFree) {

        static FacilityForm of(Facility f) {
            return new FacilityForm(f.code(), f.agency().code(), f.name(), f.kind(), f.state(), f.delivery(),
                    f.pricing().unitPriceCents(), f.pricing().charsPerUnit(), f.maxMessageChars(), f.reviewTargetHours(),
                    f.replyPolicy(), f.maxContacts(), f.timeZone(), f.invitationsNeedApproval(), f.autoApproveClean(),
                    String.join(", ", f.kioskNetworks()), f.invitationsPerDay(), f.phone(), f.kioskSessionMinutes(),
                    f.kioskLanguage(), f.retentionDays(), f.maxPhotosPerMessage(), f.pricing().photoPriceCents(),
                    f.legalMailFree());
        }

        /** A new facility's form: the defaults, and suggested prices and limits for what has none. */
        static FacilityForm blank(FacilityDefaults d) {
            long unitPriceCents = 25;
            return new FacilityForm("", "", "", FacilityKind.STATE_PRISON, "", DeliveryMode.KIOSK, unitPriceCents, 2000,
                    6000, 24, ReplyPolicy.FREE, d.maxContacts(), d.timeZone(), d.invitationsNeedApproval(),
                    d.autoApproveClean(), String.join(", ", d.kioskNetworks()), d.invitationsPerDay(), "",
                    d.kioskSessionMinutes(), d.kioskLanguage(), d.retentionDays(), d.maxPhotosPerMessage(),
                    unitPriceCents, d.legalMailFree());
        }

        FacilitySettings settings(List<org.inkwell.directory.KioskHours> hours) {
            return new FacilitySettings(name, kind, state == null ? null : state.trim().toUpperCase(), delivery,
                    new FacilitySettings.PricingSettings(null, unitPriceCents == null ? -1 : unitPriceCents,
                            charsPerUnit == null ? 0 : charsPerUnit, photoPriceCents),
                    maxMessageChars == null ? 0 : maxMessageChars, reviewTargetHours == null ? 0 : reviewTargetHours,
                    replyPolicy, hours, timeZone, maxContacts, Boolean.TRUE.equals(invitationsNeedApproval),
                    Boolean.TRUE.equals(autoApproveClean), networks(), invitationsPerDay, phone, kioskSessionMinutes,
                    kioskLanguage, retentionDays, Boolean.TRUE.equals(legalMailFree), maxPhotosPerMessage);
        }

        /** Separated by commas or spaces; a form without the field keeps the facility's networks. */
        private List<String> networks() {
            return kioskNetworks == null ? null
                    : java.util.Arrays.stream(kioskNetworks.split("[,\\s]+")).filter(n -> !n.isEmpty()).toList();
        }
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @GetMapping("/staff/facilities")
    String list(Model model) {
        model.addAttribute("facilities", facilities.search(null));
        model.addAttribute("agencies", facilities.agencies());
        return "staff/facilities";
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PostMapping("/staff/agencies")
    String createAgency(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            HttpServletResponse response, Model model) {
        try {
            facilities.createAgency(Caller.required(), code, name);
            return "redirect:/staff/facilities?agency";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "agencyCode");
            model.addAttribute("agencyCode", code);
            model.addAttribute("agencyName", name);
            return list(model);
        }
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @GetMapping("/staff/facilities/new")
    String newFacility(Model model) {
        return form(model, FacilityForm.blank(facilities.defaults()), true);
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PostMapping("/staff/facilities/new")
    String create(@ModelAttribute FacilityForm form, HttpServletResponse response, Model model) {
        try {
            Facility created = facilities.create(Caller.required(), form.code(), form.agency(), form.settings(List.of()));
            return "redirect:/staff/facilities/" + created.code() + "?saved";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "code");
            return form(model, form, true);
        }
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @GetMapping("/staff/facilities/{code}")
    String edit(@PathVariable String code, Model model) {
        Facility facility = facilities.find(code).orElseThrow(() -> ApiException.notFound("No facility has code " + code + "."));
        model.addAttribute("facilityCode", facility.code());
        return form(model, FacilityForm.of(facility), false);
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PostMapping("/staff/facilities/{code}")
    String update(@PathVariable String code, @ModelAttribute FacilityForm form, HttpServletResponse response, Model model) {
        Facility current = facilities.find(code).orElseThrow(() -> ApiException.notFound("No facility has code " + code + "."));
        try {
            facilities.update(Caller.required(), code, form.settings(current.kioskHours()));
            return "redirect:/staff/facilities/" + current.code() + "?saved";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "name");
            model.addAttribute("facilityCode", current.code());
            return form(model, form, false);
        }
    }

    private String form(Model model, FacilityForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("agencies", facilities.agencies());
        model.addAttribute("kinds", FacilityKind.values());
        model.addAttribute("deliveries", DeliveryMode.values());
        model.addAttribute("replyPolicies", ReplyPolicy.values());
        return "staff/facility-form";
    }
}
