package org.inkwell.contacts.internal;

import java.time.Clock;
import java.util.UUID;

import org.inkwell.contacts.ContactStatus;
import org.inkwell.contacts.Relationship;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.Accounts;
import org.inkwell.platform.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo family's approved contact with A1001 (docs/api.md, "Demo mode"). */
@Component
@Order(40)
class ContactsDemoData implements DemoData {

    private final Accounts accounts;
    private final Roster roster;
    private final ContactRepository contacts;
    private final Clock clock;

    ContactsDemoData(Accounts accounts, Roster roster, ContactRepository contacts, Clock clock) {
        this.accounts = accounts;
        this.roster = roster;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public void seed() {
        var family = accounts.findByEmail("family@example.org").orElseThrow();
        Inmate jane = roster.findInCustody("DEMO-NORTH", "A1001").orElse(null);
        if (jane == null || !contacts.forAccount(family.id(), clock.instant()).isEmpty()) {
            return;
        }
        UUID id = UUID.randomUUID();
        contacts.insert(id, family.id(), jane.id(), jane.facilityId(), Relationship.PARENT, ContactStatus.APPROVED, "FAMILY_REQUEST",
                clock.instant());
        contacts.recordHistory(id, clock.instant(), "SYSTEM", null, "Demo data", "APPROVED", "demo contact");
    }
}
