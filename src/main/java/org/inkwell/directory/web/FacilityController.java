package org.inkwell.directory.web;

import java.util.List;

import jakarta.validation.constraints.Size;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.MonitoringNotice;
import org.inkwell.directory.Roster;
import org.inkwell.platform.ApiException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/facilities")
class FacilityController {

    private final Facilities facilities;
    private final Roster roster;
    private final MonitoringNotice notice;

    FacilityController(Facilities facilities, Roster roster, MonitoringNotice notice) {
        this.facilities = facilities;
        this.roster = roster;
        this.notice = notice;
    }

    /** Anyone may browse facilities and their prices before creating an account. */
    @PreAuthorize("permitAll()")
    @GetMapping
    List<FacilityView> search(@RequestParam(required = false) @Size(max = 100) String q) {
        return facilities.search(q).stream().map(FacilityView::summary).toList();
    }

    /** The monitoring notice is in English whatever Accept-Language says; the pages show it in the page's language. */
    @PreAuthorize("permitAll()")
    @GetMapping("/{code}")
    FacilityView facility(@PathVariable String code) {
        return facilities.find(code).map(f -> FacilityView.detail(f, notice))
                .orElseThrow(() -> ApiException.notFound("No facility has code " + code + "."));
    }

    /** A family member finds a loved one before asking to become a contact; released people are not found. */
    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/{code}/inmates/{number}")
    InmateView inmate(@PathVariable String code, @PathVariable String number) {
        return roster.findInCustody(code, number)
                .map(i -> new InmateView(i.facilityCode(), i.number(), i.name()))
                .orElseThrow(() -> ApiException.notFound("No one with that number is held at that facility."));
    }

    record InmateView(String facility, String number, String name) {
    }
}
