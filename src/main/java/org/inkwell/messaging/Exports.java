package org.inkwell.messaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.inkwell.contacts.ContactDetails;
import org.inkwell.contacts.Contacts;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.messaging.internal.ConversationPdf;
import org.inkwell.photos.MessagePhoto;
import org.inkwell.photos.PhotoSize;
import org.inkwell.photos.PhotoStatus;
import org.inkwell.photos.Photos;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone may take all their own letters with them, free: as one JSON file, or as a PDF per
 * conversation, and the photos as a ZIP of JPEGs named as in the JSON file. Only what the caller can see
 * is exported: a recipient never gets a rejected message or photo; a family gets every photo it sent,
 * with what became of it.
 */
@Service
public class Exports {

    /** {@code file}: the photo's name in the ZIP of photos. {@code rejection} only for a rejected one. */
    public record ExportedPhoto(UUID id, PhotoStatus status, RejectionReason rejection, String file) {
    }

    public record ExportedMessage(UUID id, Direction direction, String body, MessageStatus status, long costCents,
                                  Instant submittedAt, Instant deliveredAt, Instant readAt, RejectionReason rejection,
                                  boolean privileged, List<ExportedPhoto> photos) {
    }

    public record ExportedConversation(UUID contactId, String withName, String facility, String number,
                                       String contactStatus, List<ExportedMessage> messages) {
    }

    public record Export(Instant exportedAt, String name, List<ExportedConversation> conversations) {
    }

    private final Contacts contacts;
    private final Messages messages;
    private final ConversationPdf pdf;
    private final Photos photos;
    private final Facilities facilities;
    private final Clock clock;

    Exports(Contacts contacts, Messages messages, ConversationPdf pdf, Photos photos, Facilities facilities, Clock clock) {
        this.facilities = facilities;
        this.contacts = contacts;
        this.messages = messages;
        this.pdf = pdf;
        this.photos = photos;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Export all(Caller caller) {
        List<ExportedConversation> conversations = contacts.mine(caller).stream().map(c -> {
            List<Message> thread = messages.thread(caller, c.contact().id());
            Map<UUID, List<MessagePhoto>> shown = visiblePhotos(caller, thread);
            return new ExportedConversation(c.contact().id(), other(caller, c), c.inmate().facilityCode(),
                    c.inmate().number(), c.contact().status().name(),
                    thread.stream().map(m -> new ExportedMessage(m.id(), m.direction(), m.body(), m.status(),
                            m.costCents(), m.submittedAt(), m.deliveredAt(), m.readAt(),
                            m.status() == MessageStatus.REJECTED ? m.rejection() : null, m.privileged(),
                            shown.getOrDefault(m.id(), List.of()).stream().map(Exports::exported).toList())).toList());
        }).toList();
        return new Export(clock.instant(), caller.name(), conversations);
    }

    @Transactional(readOnly = true)
    public byte[] conversationPdf(Caller caller, UUID contactId, Locale locale) {
        ContactDetails contact = contacts.get(caller, contactId);
        String title = caller.name() + " — " + other(caller, contact);
        List<Message> thread = messages.thread(caller, contactId);
        ZoneId zone = facilities.findById(contact.contact().facilityId()).map(Facility::timeZone).map(ZoneId::of)
                .orElseThrow();
        ConversationPdf.Photos shown = new ConversationPdf.Photos(visiblePhotos(caller, thread).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .map(p -> new ConversationPdf.Photo(p.id(), p.status(), p.reasonCode())).toList())),
                id -> photos.bytesOf(id, PhotoSize.FULL), caller.is(Role.FAMILY));
        return caller.is(Role.FAMILY)
                ? pdf.render(title, caller.name(), contact.inmate().name(), thread, shown, zone, locale)
                : pdf.render(title, contact.family().fullName(), caller.name(), thread, shown, zone, locale);
    }

    /** Every photo of the caller's export, in the order of {@link #all}; for {@link #writePhotos}. */
    @Transactional(readOnly = true)
    public List<UUID> photosOf(Caller caller) {
        return contacts.mine(caller).stream()
                .flatMap(c -> {
                    List<Message> thread = messages.thread(caller, c.contact().id());
                    Map<UUID, List<MessagePhoto>> shown = visiblePhotos(caller, thread);
                    return thread.stream().flatMap(m -> shown.getOrDefault(m.id(), List.of()).stream());
                })
                .map(MessagePhoto::id).toList();
    }

    /**
     * Writes the photos as a ZIP, one stored JPEG after another, so a long export never holds more than one
     * photo in memory. {@code photoIds} must come from {@link #photosOf} for the same caller.
     */
    public void writePhotos(List<UUID> photoIds, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            // JPEGs do not shrink when deflated: stored as they are, quicker for both ends.
            zip.setLevel(0);
            for (UUID id : photoIds) {
                var jpeg = photos.bytesOf(id, PhotoSize.FULL);
                if (jpeg.isPresent()) {
                    zip.putNextEntry(new ZipEntry(file(id)));
                    zip.write(jpeg.get());
                    zip.closeEntry();
                }
            }
        }
    }

    /** The sender sees every photo they sent; the person inside only the approved ones. */
    private Map<UUID, List<MessagePhoto>> visiblePhotos(Caller caller, List<Message> thread) {
        Collection<UUID> ids = thread.stream().map(Message::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<MessagePhoto>> all = photos.onMessages(ids);
        if (caller.is(Role.FAMILY)) {
            return all;
        }
        return all.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().filter(p -> p.status() == PhotoStatus.APPROVED).toList()));
    }

    private static ExportedPhoto exported(MessagePhoto photo) {
        return new ExportedPhoto(photo.id(), photo.status(),
                photo.status() == PhotoStatus.REJECTED && photo.reasonCode() != null
                        ? RejectionReason.valueOf(photo.reasonCode()) : null,
                file(photo.id()));
    }

    private static String file(UUID photoId) {
        return "photos/" + photoId + ".jpg";
    }

    private static String other(Caller caller, ContactDetails contact) {
        return caller.is(Role.FAMILY) ? contact.inmate().name() : contact.family().fullName();
    }
}
