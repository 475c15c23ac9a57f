package org.inkwell.directory.web;

import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.platform.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A facility admin sets their own facility's kiosk session limit and starting language. */
@RestController
class KioskSettingsController {

    private final Facilities facilities;

    KioskSettingsController(Facilities facilities) {
        this.facilities = facilities;
    }

    record KioskSettings(Integer kioskSessionMinutes, String kioskLanguage) {
        static KioskSettings of(Facility facility) {
            return new KioskSettings(facility.kioskSessionMinutes(), facility.kioskLanguage());
        }
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PutMapping("/api/v1/staff/facility/kiosk-settings")
    KioskSettings update(@RequestBody KioskSettings settings) {
        return KioskSettings.of(facilities.updateKioskSettings(Caller.required(), settings.kioskSessionMinutes(),
                settings.kioskLanguage()));
    }
}
