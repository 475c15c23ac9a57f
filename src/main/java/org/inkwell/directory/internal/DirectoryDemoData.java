package org.inkwell.directory.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.inkwell.directory.Agency;
import org.inkwell.directory.DeliveryMode;
import org.inkwell.directory.Facility;
import org.inkwell.directory.FacilityDefaults;
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
        FacilityDefaults d = facilities.defaults();
        facilityRepository.insert(new Facility(UUID.randomUUID(), demo, "DEMO-NORTH", "North Correctional Facility",
                FacilityKind.STATE_PRISON, "NY", DeliveryMode.KIOSK, new Pricing(d.currency(), 40, 2000), 6000, 24,
                ReplyPolicy.FREE, List.of(), d.timeZone(), d.maxContacts(), d.invitationsNeedApproval(),
                d.autoApproveClean(), d.kioskNetworks(), d.invitationsPerDay(), "(518) 555-0142", d.kioskSessionMinutes(),
                d.kioskLanguage(), d.retentionDays(), d.legalMailFree(), d.maxPhotosPerMessage()), clock.instant());
        facilityRepository.insert(new Facility(UUID.randomUUID(), demo, "DEMO-COUNTY", "Demo County Jail",
                FacilityKind.COUNTY_JAIL, "NY", DeliveryMode.PRINT, new Pricing(d.currency(), 25, 1500), 3000, 12,
                ReplyPolicy.FREE, List.of(), d.timeZone(), d.maxContacts(), d.invitationsNeedApproval(),
                d.autoApproveClean(), d.kioskNetworks(), d.invitationsPerDay(), null, d.kioskSessionMinutes(),
                d.kioskLanguage(), d.retentionDays(), d.legalMailFree(), d.maxPhotosPerMessage()), clock.instant());
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
