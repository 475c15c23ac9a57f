package org.inkwell.contacts.web;

import java.time.Instant;
import java.util.UUID;

import org.inkwell.contacts.ContactDetails;
import org.inkwell.contacts.ContactStatus;
import org.inkwell.contacts.Relationship;
import org.inkwell.contacts.Side;

/** A contact as its two people see it (docs/api.md, "Contacts"), with why it is not open where it is not. */
record ContactView(
        UUID id,
        ContactStatus status,
        Relationship relationship,
        InmateView inmate,
        String contactName,
        String statusReason,
        Side blockedBy,
        Instant suspendedUntil,
        Instant requestedAt,
        Instant decidedAt) {

    record InmateView(String facility, String number, String name) {
    }

    static ContactView of(ContactDetails details) {
        var c = details.contact();
        var i = details.inmate();
        return new ContactView(c.id(), c.status(), c.relationship(), new InmateView(i.facilityCode(), i.number(), i.name()),
                details.family().fullName(), c.statusReason(), c.blockedBy(), c.suspendedUntil(), c.requestedAt(),
                c.decidedAt());
    }
}
