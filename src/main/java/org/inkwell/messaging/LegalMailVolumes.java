package org.inkwell.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.contacts.ContactDetails;
import org.inkwell.contacts.ContactStatus;
import org.inkwell.contacts.Contacts;
import org.inkwell.contacts.Relationship;
import org.inkwell.legal.LegalSender;
import org.inkwell.legal.LegalSenders;
import org.inkwell.messaging.internal.MessageRepository;
import org.inkwell.messaging.internal.MessageRepository.PrivilegedVolume;
import org.inkwell.platform.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Abuse control of privileged legal mail that needs no reading: per attorney contact of the facility,
 * how many privileged messages it carried lately and in all, and when the last one was sent. Counted
 * from the messages' metadata, which staff may see; no letter is opened.
 */
@Service
public class LegalMailVolumes {

    /** The window of "lately". */
    public static final Duration RECENT = Duration.ofDays(30);

    /**
     * {@code firm}: the attorney's, when they are an approved legal sender whose privilege may hold here (null
     * otherwise); {@code privilegeSuspended}: a facility admin here suspended it.
     */
    public record Volume(UUID contactId, ContactStatus status, String attorneyName, String attorneyEmail, String firm,
                         boolean privilegeSuspended, String personNumber, String personName, long last30Days, long total,
                         Instant lastAt) {
    }

    private final MessageRepository messages;
    private final Contacts contacts;
    private final LegalSenders legalSenders;
    private final Clock clock;

    LegalMailVolumes(MessageRepository messages, Contacts contacts, LegalSenders legalSenders, Clock clock) {
        this.messages = messages;
        this.contacts = contacts;
        this.legalSenders = legalSenders;
        this.clock = clock;
    }

    /**
     * The facility admin's own facility: every approved attorney contact, and every other contact that
     * carried privileged mail there; the busiest of late first.
     */
    @Transactional(readOnly = true)
    public List<Volume> atFacility(Caller admin) {
        Map<UUID, PrivilegedVolume> volumes = messages.privilegedVolumes(admin.facilityId(), clock.instant().minus(RECENT));
        Map<UUID, ContactDetails> legal = new LinkedHashMap<>();
        contacts.atFacility(admin, ContactStatus.APPROVED).stream()
                .filter(c -> c.contact().relationship() == Relationship.ATTORNEY)
                .forEach(c -> legal.put(c.contact().id(), c));
        volumes.keySet().stream().filter(id -> !legal.containsKey(id))
                .forEach(id -> legal.put(id, contacts.getForStaff(admin, id)));
        Map<UUID, LegalSender> senders = legalSenders.forStaff(admin).stream()
                .collect(Collectors.toMap(s -> s.registration().accountId(), s -> s, (a, b) -> a));
        PrivilegedVolume none = new PrivilegedVolume(0, 0, null);
        return legal.values().stream().map(c -> {
            PrivilegedVolume v = volumes.getOrDefault(c.contact().id(), none);
            LegalSender sender = senders.get(c.family().id());
            return new Volume(c.contact().id(), c.contact().status(), c.family().fullName(), c.family().email(),
                    sender == null ? null : sender.registration().firm(), sender != null && !sender.suspensions().isEmpty(),
                    c.inmate().number(), c.inmate().name(), v.since(), v.total(), v.lastAt());
        }).sorted(Comparator.comparingLong(Volume::last30Days).reversed()
                .thenComparing(Comparator.comparingLong(Volume::total).reversed())
                .thenComparing(Volume::attorneyName)).toList();
    }
}
