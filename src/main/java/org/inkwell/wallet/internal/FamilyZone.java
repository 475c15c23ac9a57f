package org.inkwell.wallet.internal;

import java.time.ZoneId;
import java.util.UUID;

import org.inkwell.contacts.Contacts;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.platform.FacilityTime;
import org.springframework.stereotype.Component;

/**
 * The zone a family's money times are read in where no message ties them to a facility (purchases,
 * balance refunds, receipts): that of the facility of their newest contact, the place their letters go
 * (families nearly always write within one state); UTC, labelled so, for a family with no contact yet.
 */
@Component
public class FamilyZone {

    private final Contacts contacts;
    private final Facilities facilities;

    FamilyZone(Contacts contacts, Facilities facilities) {
        this.contacts = contacts;
        this.facilities = facilities;
    }

    public ZoneId of(UUID account) {
        return contacts.facilitiesOf(account).stream().findFirst().flatMap(facilities::findById)
                .map(Facility::timeZone).map(ZoneId::of).orElse(FacilityTime.UTC);
    }
}
