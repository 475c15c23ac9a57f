package org.inkwell.messaging.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import org.inkwell.messaging.Message;
import org.inkwell.messaging.Messages;
import org.inkwell.photos.MessagePhoto;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Idempotency;
import org.inkwell.platform.IdempotentRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MessageController {

    private final Messages messages;
    private final IdempotentRequests keyed;

    MessageController(Messages messages, IdempotentRequests keyed) {
        this.messages = messages;
        this.keyed = keyed;
    }

    /** A family sends a message; it is charged, screened and queued for review in one transaction. */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/api/v1/messages")
    @io.swagger.v3.oas.annotations.Operation(summary = "A family sends a message, with photos if they like",
            description = "Text, photos (photoIds), or both. costCents is the text's units times the unit price plus "
                    + "photoPriceCents per photo, charged in the same transaction; each photo under a wallet reference "
                    + "of its own (photo:<id>), so a photo rejected in review is refunded on its own.")
    ResponseEntity<String> send(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestBody SendRequest request, HttpServletRequest http) {
        return sendAs(key, request, http);
    }

    /**
     * A person in custody replies from the kiosk or tablet; screened and reviewed like any message, but
     * for privileged legal mail to their attorney.
     */
    @PreAuthorize("hasRole('INMATE')")
    @PostMapping("/api/v1/inmate/messages")
    @io.swagger.v3.oas.annotations.Operation(summary = "A person in custody sends a reply", description = "Text only: "
            + "people inside do not send photos, and a request naming photoIds is refused with 403.")
    ResponseEntity<String> reply(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestBody SendRequest request, HttpServletRequest http) {
        return sendAs(key, request, http);
    }

    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @GetMapping("/api/v1/messages")
    List<MessageView> thread(@RequestParam UUID contactId) {
        return views(messages.openThread(Caller.required(), contactId));
    }

    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @GetMapping("/api/v1/messages/{id}")
    MessageView one(@PathVariable UUID id) {
        return view(messages.get(Caller.required(), id));
    }

    /** The sender takes back a message no reviewer holds yet, and gets the cost back. */
    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @PostMapping("/api/v1/messages/{id}/withdraw")
    MessageView withdraw(@PathVariable UUID id) {
        return view(messages.withdraw(Caller.required(), id));
    }

    /** How many prepaid replies are left on a contact (SENDER_PREPAID facilities). */
    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @GetMapping("/api/v1/contacts/{contactId}/prepaid-replies")
    PrepaidReplies prepaidReplies(@PathVariable UUID contactId) {
        return new PrepaidReplies(contactId, messages.prepaidRepliesLeft(Caller.required(), contactId));
    }

    record PrepaidReplies(UUID contactId, int available) {
    }

    /** A family marks a reply from inside as read; the sender sees when. */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/api/v1/messages/{id}/read")
    MessageView read(@PathVariable UUID id) {
        return view(messages.markRead(Caller.required(), id));
    }

    private List<MessageView> views(List<Message> found) {
        Map<UUID, List<MessagePhoto>> photos = messages.photosFor(Caller.required(), found);
        return found.stream().map(m -> MessageView.of(m, photos.get(m.id()))).toList();
    }

    private MessageView view(Message message) {
        return views(List.of(message)).get(0);
    }

    private ResponseEntity<String> sendAs(String key, SendRequest request, HttpServletRequest http) {
        Caller caller = Caller.required();
        SendRequest body = request == null ? new SendRequest(null, null, null, null, null) : request;
        return keyed.inOneTransaction(keyed.keyed(caller.id(), key, http, body), HttpStatus.CREATED, () -> {
            if (body.contactId() == null) {
                throw org.inkwell.platform.ApiException.invalidField("contactId", "is required");
            }
            List<UUID> photoIds = body.photoIds() == null ? List.of() : body.photoIds();
            Message sent = messages.send(caller, body.contactId(), body.body(), Boolean.TRUE.equals(body.prepayReply()),
                    Boolean.TRUE.equals(body.privileged()), photoIds);
            // A message sent without photos has none to look up.
            return SentMessage.of(sent, photoIds.isEmpty() ? List.of() : messages.photosFor(caller, List.of(sent)).get(sent.id()));
        });
    }

    /**
     * {@code prepayReply}: where replies are SENDER_PREPAID, also pay for one reply (one unit).
     * {@code privileged}: legal mail between the person and their attorney (an approved legal sender).
     * {@code photoIds}: the family's own unsent uploads, in the order to show them.
     */
    record SendRequest(UUID contactId,
                       @Schema(description = "The text; may be empty when photos are attached.") String body,
                       Boolean prepayReply,
                       Boolean privileged,
                       @Schema(description = "Photos to attach, in order: the caller's own photos uploaded with "
                               + "POST /api/v1/photos and not yet sent, at most the facility's maxPhotosPerMessage "
                               + "(a facility with 0 takes none: 400). Each costs the facility's photoPriceCents, "
                               + "charged with the message and refunded on its own if rejected. Not on privileged "
                               + "legal mail (400). People inside do not send photos: on POST /api/v1/inmate/messages "
                               + "any photoIds are refused with 403. Someone else's photo: 404; one already sent: 409.")
                       List<UUID> photoIds) {

        SendRequest(UUID contactId, String body, Boolean prepayReply, Boolean privileged) {
            this(contactId, body, prepayReply, privileged, null);
        }
    }
}
