package org.inkwell.directory.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.inkwell.directory.Facilities;
import org.inkwell.platform.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What a facility admin sets on their own facility: the phone number families call. */
@RestController
class OwnFacilityController {

    private final Facilities facilities;

    OwnFacilityController(Facilities facilities) {
        this.facilities = facilities;
    }

    /** An empty phone removes it; leaving the field out is refused, so a mistaken empty body removes nothing. */
    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PutMapping("/api/v1/staff/facility/phone")
    FacilityView changePhone(@Valid @RequestBody PhoneChange change) {
        return FacilityView.detail(facilities.changePhone(Caller.required(), change.phone()));
    }

    record PhoneChange(@NotNull String phone) {
    }
}
