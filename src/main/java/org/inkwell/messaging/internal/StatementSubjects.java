package org.inkwell.messaging.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.photos.Photos;
import org.inkwell.wallet.ChargeSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The person a message charge was for: the message's person and facility for a message's text and for each
 * photo sent with it, the person a reply was prepaid for at the facility holding them now.
 */
@Component
class StatementSubjects implements ChargeSubjects {

    private final MessageRepository messages;
    private final JdbcClient jdbc;
    private final Roster roster;
    private final Facilities facilities;
    private final Photos photos;

    StatementSubjects(MessageRepository messages, JdbcClient jdbc, Roster roster, Facilities facilities, Photos photos) {
        this.photos = photos;
        this.messages = messages;
        this.jdbc = jdbc;
        this.roster = roster;
        this.facilities = facilities;
    }

    @Override
    public Map<String, Subject> of(Collection<String> references) {
        record Charge(String reference, UUID inmateId, UUID facilityId) {
        }
        List<ChargeReference> charged = references.stream().flatMap(r -> ChargeReference.parse(r).stream()).toList();
        List<UUID> messageIds = charged.stream().filter(c -> c.kind() == ChargeReference.Kind.MESSAGE)
                .map(ChargeReference::id).toList();
        List<String> replies = charged.stream().filter(c -> c.kind() == ChargeReference.Kind.REPLY)
                .map(ChargeReference::stored).toList();
        List<Charge> charges = new ArrayList<>(messageIds.isEmpty() ? List.of() : messages.findAll(messageIds)
                .stream().map(m -> new Charge(ChargeReference.message(m.id()).stored(), m.inmateId(), m.facilityId()))
                .toList());
        Map<UUID, UUID> photoMessages = photos.messagesOf(charged.stream()
                .filter(c -> c.kind() == ChargeReference.Kind.PHOTO).map(ChargeReference::id).toList());
        if (!photoMessages.isEmpty()) {
            Map<UUID, org.inkwell.messaging.Message> sentWith = new HashMap<>();
            messages.findAll(List.copyOf(new java.util.HashSet<>(photoMessages.values()))).forEach(m -> sentWith.put(m.id(), m));
            photoMessages.forEach((photo, message) -> {
                org.inkwell.messaging.Message m = sentWith.get(message);
                if (m != null) {
                    charges.add(new Charge(ChargeReference.photo(photo).stored(), m.inmateId(), m.facilityId()));
                }
            });
        }
        if (!replies.isEmpty()) {
            charges.addAll(jdbc.sql("SELECT charge_reference, inmate_id FROM prepaid_reply WHERE charge_reference IN (:refs)")
                    .param("refs", replies)
                    .query((rs, n) -> new Charge(rs.getString("charge_reference"), rs.getObject("inmate_id", UUID.class), null))
                    .list());
        }
        Map<UUID, Inmate> people = roster.findAll(charges.stream().map(Charge::inmateId).distinct().toList());
        Map<UUID, Optional<ZoneId>> zones = new HashMap<>();
        Map<String, Subject> subjects = new HashMap<>();
        for (Charge charge : charges) {
            Inmate person = people.get(charge.inmateId());
            if (person == null) {
                continue;
            }
            UUID facility = charge.facilityId() != null ? charge.facilityId() : person.facilityId();
            zones.computeIfAbsent(facility, id -> facilities.findById(id).map(Facility::timeZone).map(ZoneId::of))
                    .ifPresent(zone -> subjects.put(charge.reference(), new Subject(person.name(), zone)));
        }
        return subjects;
    }
}
