package org.inkwell.directory.web;

import java.time.ZoneId;

import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.platform.Caller;
import org.inkwell.platform.WebPage;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The time zone of the caller's own facility, for pages of staff and people inside that show times
 * ({@code facilityZone}); absent for families and platform admins, whose pages take the zone of the
 * facility they are looking at.
 */
@ControllerAdvice(annotations = WebPage.class)
class FacilityZoneModel {

    private final Facilities facilities;

    FacilityZoneModel(Facilities facilities) {
        this.facilities = facilities;
    }

    @ModelAttribute("facilityZone")
    ZoneId facilityZone() {
        return Caller.current().filter(c -> c.facilityId() != null)
                .flatMap(c -> facilities.findById(c.facilityId())).map(Facility::timeZone).map(ZoneId::of)
                .orElse(null);
    }
}
