package org.inkwell.delivery.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.contacts.ContactDetails;
import org.inkwell.contacts.ContactStatus;
import org.inkwell.contacts.Contacts;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.messaging.Drafts;
import org.inkwell.messaging.InboxItem;
import org.inkwell.messaging.Messages;
import org.inkwell.photos.MessagePhoto;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.IdempotentRequests;
import org.inkwell.platform.WebPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The kiosk and tablet pages for a person in custody: large type, big targets, a visible session
 * timer, the inbox, reading, and replying with a draft that outlives the session.
 */
@WebPage
class KioskPages {

    private final Messages messages;
    private final Contacts contacts;
    private final Drafts drafts;
    private final IdempotentRequests keyed;
    private final Facilities facilities;
    private final FormErrors formErrors;
    private final KioskSession session;

    KioskPages(Messages messages, Contacts contacts, Drafts drafts, IdempotentRequests keyed, Facilities facilities,
            FormErrors formErrors, KioskSession session) {
        this.messages = messages;
        this.contacts = contacts;
        this.drafts = drafts;
        this.keyed = keyed;
        this.facilities = facilities;
        this.formErrors = formErrors;
        this.session = session;
    }

    @PreAuthorize("hasRole('INMATE')")
    @GetMapping("/kiosk/inbox")
    String inbox(HttpServletRequest request, Model model) {
        Caller caller = Caller.required();
        model.addAttribute("inbox", messages.inbox(caller).stream().map(InboxLine::of).toList());
        model.addAttribute("contacts", contacts.mine(caller).stream()
                .filter(c -> c.contact().status() == ContactStatus.APPROVED).toList());
        session.show(request, model);
        return "kiosk/inbox";
    }

    /**
     * Shows a message and changes nothing, so a prefetch or a reload marks nothing read; opening it from
     * the inbox goes through {@link #open} first.
     */
    @PreAuthorize("hasRole('INMATE')")
    @GetMapping("/kiosk/messages/{id}")
    String message(@PathVariable UUID id, HttpServletRequest request, Model model) {
        Caller caller = Caller.required();
        InboxItem item = messages.inbox(caller).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("No such message."));
        model.addAttribute("message", item);
        model.addAttribute("photos", item.photos().stream().map(MessagePhoto::id).toList());
        session.show(request, model);
        return "kiosk/message";
    }

    /** Opening a message is reading it: its sender sees when. Then shows it. */
    @PreAuthorize("hasRole('INMATE')")
    @PostMapping("/kiosk/messages/{id}/read")
    String open(@PathVariable UUID id) {
        messages.markRead(Caller.required(), id);
        return "redirect:/kiosk/messages/" + id;
    }

    @PreAuthorize("hasRole('INMATE')")
    @GetMapping("/kiosk/write/{contactId}")
    String write(@PathVariable UUID contactId, HttpServletRequest request, Model model) {
        Caller caller = Caller.required();
        compose(caller, contactId, drafts.find(caller, contactId).map(Drafts.Draft::body).orElse(""), model);
        session.show(request, model);
        return "kiosk/write";
    }

    @PreAuthorize("hasRole('INMATE')")
    @PostMapping("/kiosk/write/{contactId}")
    String send(@PathVariable UUID contactId, @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String idempotencyKey,
            @RequestParam(defaultValue = "false") boolean privileged, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        record Reply(UUID contactId, String body, boolean privileged) {
        }
        IdempotentRequests.Outcome outcome = keyed.outcomeOf(caller.id(), idempotencyKey, request,
                new Reply(contactId, body, privileged), HttpStatus.CREATED,
                () -> messages.send(caller, contactId, body, false, privileged).id());
        if (outcome.status() == 201) {
            return privileged ? "redirect:/kiosk/inbox?sentLegal" : "redirect:/kiosk/inbox?sent";
        }
        compose(caller, contactId, body, model);
        model.addAttribute("privileged", privileged);
        formErrors.show(model, response, outcome.status(), outcome.code(), "body");
        session.show(request, model);
        return "kiosk/write";
    }

    private void compose(Caller caller, UUID contactId, String body, Model model) {
        ContactDetails contact = contacts.get(caller, contactId);
        model.addAttribute("contact", contact);
        model.addAttribute("thread", messages.thread(caller, contactId));
        model.addAttribute("body", body);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        Facility facility = facility(caller);
        model.addAttribute("facility", facility);
        model.addAttribute("maxChars", facility.maxMessageChars());
        model.addAttribute("mayBePrivileged", messages.mayBePrivileged(contact.contact()));
    }

    private Facility facility(Caller caller) {
        return facilities.findById(caller.facilityId()).orElseThrow(() -> ApiException.notFound("No such facility."));
    }

    /** An inbox entry with the start of its text, so a person sees what it is about before opening it. */
    record InboxLine(InboxItem item, String preview) {

        private static final int PREVIEW_CODE_POINTS = 80;

        static InboxLine of(InboxItem item) {
            String flat = item.body().strip().replaceAll("\\s+", " ");
            if (flat.codePointCount(0, flat.length()) <= PREVIEW_CODE_POINTS) {
                return new InboxLine(item, flat);
            }
            String cut = flat.substring(0, flat.offsetByCodePoints(0, PREVIEW_CODE_POINTS));
            int lastSpace = cut.lastIndexOf(' ');
            // Ends at a word where there is one, so the line does not end in half a word.
            return new InboxLine(item, (lastSpace > cut.length() / 2 ? cut.substring(0, lastSpace) : cut).strip() + "…");
        }
    }
}
