package org.inkwell.directory.web;

import java.util.Optional;

import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.platform.Caller;
import org.springframework.stereotype.Component;

/**
 * What the page footer promises about review, true for the facility the page is about: the page's own
 * facility, else the caller's. Where clean messages are delivered without a reviewer the footer says
 * so; with no facility in view it promises only what holds everywhere. Pages call
 * {@code #{${@footerPromise.key(facility)}}}.
 */
@Component("footerPromise")
class FooterPromise {

    private final Facilities facilities;

    FooterPromise(Facilities facilities) {
        this.facilities = facilities;
    }

    public String key(Object pageFacility) {
        Optional<Boolean> autoApproves;
        if (pageFacility instanceof Facility f) {
            autoApproves = Optional.of(f.autoApproveClean());
        } else if (pageFacility instanceof FacilityView v) {
            autoApproves = Optional.ofNullable(v.autoApproveClean());
        } else {
            autoApproves = Caller.current().filter(c -> c.facilityId() != null)
                    .flatMap(c -> facilities.findById(c.facilityId())).map(Facility::autoApproveClean);
        }
        return autoApproves.map(auto -> auto ? "layout.footer.autoApproved" : "layout.footer.reviewed")
                .orElse("layout.footer");
    }
}
