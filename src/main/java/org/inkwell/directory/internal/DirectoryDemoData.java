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
import org.inkwell.directory.Inmate;
import org.inkwell.directory.InmateStatus;
import org.inkwell.directory.Pricing;
import org.inkwell.directory.ReplyPolicy;
import org.inkwell.directory.Roster;
import org.inkwell.platform.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo agency, its two facilities and four people in custody (docs/api.md, "Demo mode"). Their kiosk
 * PINs are published, so their Argon2id hashes are kept here, made once, instead of hashed at every fresh
 * demo start.
 */
@Component
@Order(10)
class DirectoryDemoData implements DemoData {

    /** PIN 2468 */
    private static final String JANE_PIN_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$bNdMSZKI1aQJULv5/A8+eg$MN+ZyUbc/FUbh3X8gjYSKOz3EbX0Z9dxaVSLXLIHr5A";
    /** PIN 1357 */
    private static final String JOHN_PIN_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$YOPU/K93wmhn5A6RhwP76A$PWeA0hl1IrFqBX2z6YR3UQzJAQED8m0U56JS+XfuocM";
    /** PIN 9753 */
    private static final String MARIA_PIN_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$jPoG4cN0IhW7FSn+kYJd9A$u1fl6oQTeNDaMHG0MLAspAgojLp4Mc40LlxLlJ5FkuE";
    /** PIN 8642 */
    private static final String SAM_PIN_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$l4dWM16lBLhEXd+SNrGK3w$a6ycUIxgQaKIRep9EkzLjm75MSGLxVpKAeSr3JdR+n8";

    private final FacilityRepository facilityRepository;
    private final InmateRepository inmates;
    private final Facilities facilities;
    private final Roster roster;
    private final Clock clock;

    DirectoryDemoData(FacilityRepository facilityRepository, InmateRepository inmates, Facilities facilities,
            Roster roster, Clock clock) {
        this.facilityRepository = facilityRepository;
        this.inmates = inmates;
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
        book(north, "A1001", "Jane", "Doe", "B-12", JANE_PIN_HASH);
        book(north, "A1002", "John", "Roe", "C-03", JOHN_PIN_HASH);
        book(north, "A1003", "Maria", "Garcia", "B-07", MARIA_PIN_HASH);
        book(county, "C2001", "Sam", "Lee", "POD-2", SAM_PIN_HASH);
    }

    private void book(Facility facility, String number, String first, String last, String housing, String pinHash) {
        if (roster.findInCustody(facility.code(), number).isEmpty()) {
            inmates.insert(new Inmate(UUID.randomUUID(), facility.agency().id(), facility.id(), facility.code(), number,
                    first, last, InmateStatus.IN_CUSTODY, housing), pinHash, clock.instant());
        }
    }
}
