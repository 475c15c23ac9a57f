package org.inkwell.screening.internal;

import org.inkwell.directory.Facilities;
import org.inkwell.platform.DemoData;
import org.inkwell.screening.TermLists;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo agency screens with the default list. */
@Component
@Order(15)
class ScreeningDemoData implements DemoData {

    private final Facilities facilities;
    private final TermLists lists;

    ScreeningDemoData(Facilities facilities, TermLists lists) {
        this.facilities = facilities;
        this.lists = lists;
    }

    @Override
    public void seed() {
        facilities.findAgency("DEMO").ifPresent(agency -> lists.seedDefaults(agency.id()));
    }
}
