package org.inkwell.directory.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.inkwell.directory.Agency;
import org.inkwell.directory.DeliveryMode;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.FacilityKind;
import org.inkwell.directory.FacilitySettings;
import org.inkwell.directory.KioskHours;
import org.inkwell.directory.ReplyPolicy;
import org.inkwell.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Onboarding agencies and facilities, and setting prices and policies: the platform operator's job. */
@RestController
@RequestMapping("/api/v1/admin")
class DirectoryAdminController {

    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9-]{1,31}";

    private final Facilities facilities;

    DirectoryAdminController(Facilities facilities) {
        this.facilities = facilities;
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @GetMapping("/agencies")
    List<AgencyView> agencies() {
        return facilities.agencies().stream().map(AgencyView::of).toList();
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PostMapping("/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    AgencyView createAgency(@Valid @RequestBody NewAgency request) {
        return AgencyView.of(facilities.createAgency(Caller.required(), request.code(), request.name()));
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PostMapping("/facilities")
    @ResponseStatus(HttpStatus.CREATED)
    FacilityView createFacility(@Valid @RequestBody NewFacility request) {
        return FacilityView.forAdmin(facilities.create(Caller.required(), request.code(), request.agency(),
                request.settings()));
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PutMapping("/facilities/{code}")
    FacilityView updateFacility(@PathVariable String code, @Valid @RequestBody FacilitySettings settings) {
        return FacilityView.forAdmin(facilities.update(Caller.required(), code, settings));
    }

    record NewAgency(
            @NotBlank @Pattern(regexp = CODE, message = "must be 2 to 32 letters, digits or dashes") String code,
            @NotBlank @Size(max = 200) String name) {
    }

    /** A facility's code and agency, then the same fields as {@link FacilitySettings}. */
    record NewFacility(
            @NotBlank @Pattern(regexp = CODE, message = "must be 2 to 32 letters, digits or dashes") String code,
            @NotBlank String agency,
            @NotBlank @Size(max = 200) String name,
            @NotNull FacilityKind kind,
            @NotNull String state,
            @NotNull DeliveryMode delivery,
            @NotNull @Valid FacilitySettings.PricingSettings pricing,
            int maxMessageChars,
            int reviewTargetHours,
            @NotNull ReplyPolicy replyPolicy,
            List<KioskHours> kioskHours,
            String timeZone,
            Integer maxContacts,
            Boolean invitationsNeedApproval,
            Boolean autoApproveClean,
            List<String> kioskNetworks,
            Integer invitationsPerDay,
            String phone,
            Integer kioskSessionMinutes,
            String kioskLanguage,
            Integer retentionDays,
            Boolean legalMailFree,
            Integer maxPhotosPerMessage) {

        FacilitySettings settings() {
            return new FacilitySettings(name, kind, state, delivery, pricing, maxMessageChars, reviewTargetHours,
                    replyPolicy, kioskHours, timeZone, maxContacts, invitationsNeedApproval,
                    autoApproveClean, kioskNetworks, invitationsPerDay, phone, kioskSessionMinutes, kioskLanguage,
                    retentionDays, legalMailFree, maxPhotosPerMessage);
        }
    }

    record AgencyView(String code, String name) {
        static AgencyView of(Agency agency) {
            return new AgencyView(agency.code(), agency.name());
        }
    }
}
