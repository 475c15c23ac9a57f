package org.inkwell.messaging.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.contacts.ContactDetails;
import org.inkwell.contacts.Contacts;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.messaging.Direction;
import org.inkwell.messaging.Drafts;
import org.inkwell.messaging.Message;
import org.inkwell.messaging.Messages;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.IdempotentRequests;
import org.inkwell.platform.WebPage;
import org.inkwell.wallet.Wallets;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A family's letters: their conversations, newest activity first, and writing in one. */
@WebPage
class FamilyPages {

    private final Contacts contacts;
    private final Messages messages;
    private final Wallets wallets;
    private final Facilities facilities;
    private final IdempotentRequests keyed;
    private final Drafts drafts;
    private final FormErrors formErrors;

    FamilyPages(Contacts contacts, Messages messages, Wallets wallets, Facilities facilities, IdempotentRequests keyed,
            Drafts drafts, FormErrors formErrors) {
        this.contacts = contacts;
        this.messages = messages;
        this.wallets = wallets;
        this.facilities = facilities;
        this.keyed = keyed;
        this.drafts = drafts;
        this.formErrors = formErrors;
    }

    record Conversation(ContactDetails contact, Instant lastActivity, int messages, int newReplies) {
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/home")
    String home(Model model) {
        Caller caller = Caller.required();
        Map<UUID, Integer> newReplies = messages.newReplies(caller);
        List<Conversation> conversations = contacts.mine(caller).stream().map(c -> {
            List<Message> thread = messages.thread(caller, c.contact().id());
            Instant last = thread.stream().map(Message::submittedAt).max(Comparator.naturalOrder())
                    .orElse(c.contact().requestedAt());
            return new Conversation(c, last, thread.size(), newReplies.getOrDefault(c.contact().id(), 0));
        }).sorted(Comparator.comparing(Conversation::lastActivity).reversed()).toList();
        model.addAttribute("conversations", conversations);
        model.addAttribute("balanceCents", wallets.balance(caller.id()));
        return "family/home";
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/conversations/{contactId}")
    String conversation(@PathVariable UUID contactId, Model model) {
        Caller caller = Caller.required();
        show(caller, contactId, model, messages.openThread(caller, contactId),
                drafts.find(caller, contactId).map(Drafts.Draft::body).orElse(""));
        return "family/conversation";
    }

    /** The form carries a key made when it was shown, so a double click sends once. */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/conversations/{contactId}/messages")
    String send(@PathVariable UUID contactId, @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String idempotencyKey,
            @RequestParam(defaultValue = "false") boolean privileged, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        MessageController.SendRequest form = new MessageController.SendRequest(contactId, body, null, privileged);
        IdempotentRequests.Outcome outcome = keyed.outcomeOf(caller.id(), idempotencyKey, request, form,
                HttpStatus.CREATED, () -> messages.send(caller, contactId, body, false, privileged).id());
        if (outcome.status() == 201) {
            return "redirect:/conversations/" + contactId + (privileged ? "?sentLegal" : "?sent");
        }
        formErrors.show(model, response, outcome.status(), outcome.code(), "body");
        show(caller, contactId, model, messages.thread(caller, contactId), body);
        model.addAttribute("privileged", privileged);
        return "family/conversation";
    }

    /**
     * The page, with the text kept in the box and, when it is too long, by how much (said beside the box). Until
     * the family has sent anything on this contact, the facility's monitoring notice stands before the box.
     */
    private void show(Caller caller, UUID contactId, Model model, List<Message> thread, String body) {
        ContactDetails contact = contacts.get(caller, contactId);
        Facility facility = facilities.findById(contact.contact().facilityId()).orElseThrow();
        model.addAttribute("contact", contact);
        model.addAttribute("facility", facility);
        model.addAttribute("body", body);
        model.addAttribute("overBy", Math.max(0, body.codePointCount(0, body.length()) - facility.maxMessageChars()));
        model.addAttribute("thread", thread);
        model.addAttribute("firstMessage", thread.stream().noneMatch(m -> m.direction() == Direction.TO_INMATE));
        model.addAttribute("balanceCents", wallets.balance(caller.id()));
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("mayBePrivileged", messages.mayBePrivileged(contact.contact()));
    }
}
