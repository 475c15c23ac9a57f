package org.inkwell.contacts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.directory.InmateReleased;
import org.inkwell.directory.InmateTransferred;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Release closes a person's contacts (the family sees why); a transfer within the agency keeps them and
 * points them at the new facility. Runs after the roster change commits, from the event publication
 * registry, so a crash in between is retried rather than lost.
 */
@Component
class CustodyChanges {

    static final String RELEASED = "Closed: the person was released from custody.";

    private final ContactRepository contacts;
    private final Clock clock;

    CustodyChanges(ContactRepository contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InmateReleased released) {
        Instant now = clock.instant();
        List<UUID> closed = contacts.closeAllOf(released.inmateId(), RELEASED, now);
        closed.forEach(id -> contacts.recordHistory(id, now, "SYSTEM", null, "Roster", "CLOSED", "released from custody"));
    }

    @ApplicationModuleListener
    void on(InmateTransferred transferred) {
        Instant now = clock.instant();
        contacts.moveToFacility(transferred.inmateId(), transferred.toFacilityId(), now);
        contacts.forInmate(transferred.inmateId(), now).forEach(contact -> contacts.recordHistory(contact.id(), now,
                "SYSTEM", null, "Roster", "TRANSFERRED", "moved to another facility of the agency"));
    }
}
