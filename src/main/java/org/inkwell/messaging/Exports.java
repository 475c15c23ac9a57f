package org.inkwell.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.inkwell.contacts.ContactDetails;
import org.inkwell.contacts.Contacts;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.messaging.internal.ConversationPdf;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone may take all their own letters with them, free: as one JSON file, or as a PDF per
 * conversation. Only what the caller can see is exported (a recipient never gets a rejected message).
 */
@Service
public class Exports {

    public record ExportedMessage(UUID id, Direction direction, String body, MessageStatus status, long costCents,
                                  Instant submittedAt, Instant deliveredAt, Instant readAt, RejectionReason rejection,
                                  boolean privileged) {
    }

    public record ExportedConversation(UUID contactId, String withName, String facility, String number,
                                       String contactStatus, List<ExportedMessage> messages) {
    }

    public record Export(Instant exportedAt, String name, List<ExportedConversation> conversations) {
    }

    private final Contacts contacts;
    private final Messages messages;
    private final ConversationPdf pdf;
    private final Facilities facilities;
    private final Clock clock;

    Exports(Contacts contacts, Messages messages, ConversationPdf pdf, Facilities facilities, Clock clock) {
        this.facilities = facilities;
        this.contacts = contacts;
        this.messages = messages;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Export all(Caller caller) {
        List<ExportedConversation> conversations = contacts.mine(caller).stream().map(c -> new ExportedConversation(
                c.contact().id(), other(caller, c), c.inmate().facilityCode(), c.inmate().number(),
                c.contact().status().name(),
                messages.thread(caller, c.contact().id()).stream().map(m -> new ExportedMessage(m.id(), m.direction(),
                        m.body(), m.status(), m.costCents(), m.submittedAt(), m.deliveredAt(), m.readAt(),
                        m.status() == MessageStatus.REJECTED ? m.rejection() : null, m.privileged())).toList()))
                .toList();
        return new Export(clock.instant(), caller.name(), conversations);
    }

    @Transactional(readOnly = true)
    public byte[] conversationPdf(Caller caller, UUID contactId, Locale locale) {
        ContactDetails contact = contacts.get(caller, contactId);
        String title = caller.name() + " — " + other(caller, contact);
        List<Message> thread = messages.thread(caller, contactId);
        ZoneId zone = facilities.findById(contact.contact().facilityId()).map(Facility::timeZone).map(ZoneId::of)
                .orElseThrow();
        return caller.is(Role.FAMILY)
                ? pdf.render(title, caller.name(), contact.inmate().name(), thread, new ConversationPdf.Photos(java.util.Map.of(), id -> java.util.Optional.empty(), true), zone, locale)
                : pdf.render(title, contact.family().fullName(), caller.name(), thread, new ConversationPdf.Photos(java.util.Map.of(), id -> java.util.Optional.empty(), false), zone, locale);
    }

    private static String other(Caller caller, ContactDetails contact) {
        return caller.is(Role.FAMILY) ? contact.inmate().name() : contact.family().fullName();
    }
}
