package org.inkwell.delivery.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.messaging.InboxItem;
import org.inkwell.messaging.Messages;
import org.inkwell.messaging.PhotoView;
import org.inkwell.platform.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The kiosk or tablet inbox of a person in custody. */
@RestController
class InboxController {

    private final Messages messages;

    InboxController(Messages messages) {
        this.messages = messages;
    }

    /** Delivered messages to the caller, newest first. */
    @PreAuthorize("hasRole('INMATE')")
    @GetMapping("/api/v1/inmate/inbox")
    List<InboxView> inbox() {
        return messages.inbox(Caller.required()).stream().map(InboxView::of).toList();
    }

    @PreAuthorize("hasRole('INMATE')")
    @PostMapping("/api/v1/inmate/messages/{id}/read")
    ReadView read(@PathVariable UUID id) {
        var message = messages.markRead(Caller.required(), id);
        return new ReadView(message.id(), message.readAt());
    }

    record From(String name) {
    }

    /** {@code photos}: the approved photos on the message, in the sender's order. */
    record InboxView(UUID id, UUID contactId, From from, String body, Instant deliveredAt, Instant readAt,
                     boolean privileged, List<PhotoView> photos) {
        static InboxView of(InboxItem item) {
            return new InboxView(item.id(), item.contactId(), new From(item.fromName()), item.body(), item.deliveredAt(),
                    item.readAt(), item.privileged(), PhotoView.of(item.photos()));
        }
    }

    record ReadView(UUID id, Instant readAt) {
    }
}
