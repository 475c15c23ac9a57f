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
 * The person a message charge was for: the message's person and facility for "message:" charges and for
 * the "photo:" charges of the photos sent with it, the person a reply was prepaid for ("reply:" charges)
 * at the facility holding them now.
 */
@Component
class StatementSubjects implements ChargeSubjects {

    private static final String MESSAGE = "message:";
    private static final String REPLY = "reply:";
    private static final String PHOTO = "photo:";

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
        List<UUID> messageIds = references.stream().filter(r -> r.startsWith(MESSAGE))
                .flatMap(r -> uuid(r.substring(MESSAGE.length())).stream()).toList();
        List<String> replies = references.stream().filter(r -> r.startsWith(REPLY)).toList();
        List<Charge> charges = new ArrayList<>(messageIds.isEmpty() ? List.of() : messages.findAll(messageIds)
                .stream().map(m -> new Charge(MESSAGE + m.id(), m.inmateId(), m.facilityId())).toList());
        Map<UUID, UUID> photoMessages = photos.messagesOf(references.stream().filter(r -> r.startsWith(PHOTO))
                .flatMap(r -> uuid(r.substring(PHOTO.length())).stream()).toList());
        if (!photoMessages.isEmpty()) {
            Map<UUID, org.inkwell.messaging.Message> sentWith = new HashMap<>();
            messages.findAll(List.copyOf(new java.util.HashSet<>(photoMessages.values()))).forEach(m -> sentWith.put(m.id(), m));
            photoMessages.forEach((photo, message) -> {
                org.inkwell.messaging.Message m = sentWith.get(message);
                if (m != null) {
                    charges.add(new Charge(PHOTO + photo, m.inmateId(), m.facilityId()));
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

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
