package org.inkwell.directory.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.inkwell.directory.Agency;
import org.inkwell.directory.DeliveryMode;
import org.inkwell.directory.Facility;
import org.inkwell.directory.FacilityKind;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Pricing;
import org.inkwell.directory.ReplyPolicy;
import org.inkwell.directory.Roster;
import org.inkwell.platform.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo agency, its two facilities and four people in custody (docs/api.md, "Demo mode"). */
@Component
@Order(10)
class DirectoryDemoData implements DemoData {

    private final FacilityRepository facilityRepository;
    private final Facilities facilities;
    private final Roster roster;
    private final Clock clock;

    DirectoryDemoData(FacilityRepository facilityRepository, Facilities facilities, Roster roster, Clock clock) {
        this.facilityRepository = facilityRepository;
        this.facilities = facilities;
        this.roster = roster;
        this.clock = clock;
    }

    @Override
    public void seed() {
        Agency agency = new Agency(UUID.randomUUID(), "DEMO", "Demo State Department of Corrections");
        facilityRepository.insertAgency(agency, clock.instant());
        Agency demo = facilities.findAgency("DEMO").orElseThrow();
        facilityRepository.insert(new Facility(UUID.randomUUID(), demo, "DEMO-NORTH", "North Correctional Facility",
                FacilityKind.STATE_PRISON, "NY", DeliveryMode.KIOSK, new Pricing("USD", 40, 2000), 6000, 24,
                ReplyPolicy.FREE, List.of(), "America/New_York", 30, true, false, List.of(), 5, "(518) 555-0142", 30, "en", 365, false, 5), clock.instant());
        facilityRepository.insert(new Facility(UUID.randomUUID(), demo, "DEMO-COUNTY", "Demo County Jail",
                FacilityKind.COUNTY_JAIL, "NY", DeliveryMode.PRINT, new Pricing("USD", 25, 1500), 3000, 12,
                ReplyPolicy.FREE, List.of(), "America/New_York", 30, true, false, List.of(), 5, null, 30, "en", 365, false, 5), clock.instant());
        Facility north = facilities.find("DEMO-NORTH").orElseThrow();
        Facility county = facilities.find("DEMO-COUNTY").orElseThrow();
        book(north, "A1001", "Jane", "Doe", "B-12", "2468");
        book(north, "A1002", "John", "Roe", "C-03", "1357");
        book(north, "A1003", "Maria", "Garcia", "B-07", "9753");
        book(county, "C2001", "Sam", "Lee", "POD-2", "8642");
    }

    private void book(Facility facility, String number, String first, String last, String housing, String pin) {
        if (roster.findInCustody(facility.code(), number).isEmpty()) {
            roster.book(facility, number, first, last, housing, pin);
        }
    }
}
