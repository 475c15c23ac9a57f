package org.inkwell.messaging.web;

import java.time.Instant;
import java.util.ArrayList;
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
import org.inkwell.photos.Photos;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.IdempotentRequests;
import org.inkwell.platform.WebPage;
import org.inkwell.wallet.Wallets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

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
    private final ChosenPhotos chosenPhotos;
    private final DataSize largestForm;

    FamilyPages(Contacts contacts, Messages messages, Wallets wallets, Facilities facilities, IdempotentRequests keyed,
            Drafts drafts, FormErrors formErrors, ChosenPhotos chosenPhotos,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize largestForm) {
        this.contacts = contacts;
        this.messages = messages;
        this.wallets = wallets;
        this.facilities = facilities;
        this.keyed = keyed;
        this.drafts = drafts;
        this.formErrors = formErrors;
        this.chosenPhotos = chosenPhotos;
        this.largestForm = largestForm;
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

    /**
     * The form carries a key made when it was shown, so a double click sends once. Chosen photos are
     * uploaded first (a multipart form, so it works without scripts), then sent with the photos kept
     * from an earlier try; when a file or the send is refused, the page comes back with the text and
     * the photos already uploaded, to send once the problem is fixed.
     */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/conversations/{contactId}/messages")
    String send(@PathVariable UUID contactId, @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String idempotencyKey,
            @RequestParam(defaultValue = "false") boolean privileged,
            @RequestParam(name = "photos", required = false) List<MultipartFile> files,
            @RequestParam(name = "photoId", required = false) List<UUID> kept, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        Facility facility = facilityOf(contacts.get(caller, contactId));
        List<MultipartFile> chosen = ChosenPhotos.chosen(files);
        List<UUID> photoIds = new ArrayList<>(kept == null ? List.of() : kept.stream().distinct().toList());
        String refusedAtOnce = chosen.isEmpty() ? null : privileged ? Messages.NO_PHOTOS_ON_PRIVILEGED
                : facility.maxPhotosPerMessage() == 0 ? Messages.PHOTOS_NOT_ACCEPTED
                : photoIds.size() + chosen.size() > facility.maxPhotosPerMessage() ? Messages.TOO_MANY_PHOTOS : null;
        if (refusedAtOnce != null) {
            // Said before anything is uploaded: a family on a slow phone should not send photos only to lose them.
            formErrors.show(model, response, HttpStatus.BAD_REQUEST.value(), refusedAtOnce, "photos");
            return again(caller, contactId, model, body, privileged, photoIds, List.of());
        }
        ChosenPhotos.Uploaded uploaded = chosenPhotos.upload(caller, chosen);
        photoIds.addAll(uploaded.ids());
        if (uploaded.refusal() != null) {
            formErrors.show(model, response, uploaded.refusal(), "photos");
            return again(caller, contactId, model, body, privileged, photoIds, uploaded.refused());
        }
        MessageController.SendRequest form = new MessageController.SendRequest(contactId, body, null, privileged);
        IdempotentRequests.Outcome outcome = keyed.outcomeOf(caller.id(), idempotencyKey, request, form,
                HttpStatus.CREATED, () -> messages.send(caller, contactId, body, false, privileged, photoIds).id());
        if (outcome.status() == 201) {
            return "redirect:/conversations/" + contactId + (privileged ? "?sentLegal" : "?sent");
        }
        boolean aboutPhotos = outcome.code() != null && outcome.code().contains("photo");
        formErrors.show(model, response, outcome.status(), outcome.code(), aboutPhotos ? "photos" : "body");
        return again(caller, contactId, model, body, privileged, photoIds, List.of());
    }

    private String again(Caller caller, UUID contactId, Model model, String body, boolean privileged,
            List<UUID> attached, List<ChosenPhotos.Refused> refused) {
        show(caller, contactId, model, messages.thread(caller, contactId), body);
        model.addAttribute("privileged", privileged);
        model.addAttribute("attached", attached);
        model.addAttribute("refusedPhotos", refused);
        return "family/conversation";
    }

    /**
     * The page, with the text kept in the box and, when it is too long, by how much (said beside the box). Until
     * the family has sent anything on this contact, the facility's monitoring notice stands before the box.
     */
    private void show(Caller caller, UUID contactId, Model model, List<Message> thread, String body) {
        ContactDetails contact = contacts.get(caller, contactId);
        Facility facility = facilityOf(contact);
        model.addAttribute("contact", contact);
        model.addAttribute("facility", facility);
        model.addAttribute("body", body);
        model.addAttribute("overBy", Math.max(0, body.codePointCount(0, body.length()) - facility.maxMessageChars()));
        model.addAttribute("thread", thread);
        model.addAttribute("firstMessage", thread.stream().noneMatch(m -> m.direction() == Direction.TO_INMATE));
        model.addAttribute("balanceCents", wallets.balance(caller.id()));
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("mayBePrivileged", messages.mayBePrivileged(contact.contact()));
        model.addAttribute("photos", messages.photosFor(caller, thread));
        model.addAttribute("photoMaxBytes", Photos.MAX_UPLOAD_BYTES);
        model.addAttribute("photoMaxTotalBytes", largestForm.toBytes());
        model.addAttribute("attached", List.of());
        model.addAttribute("refusedPhotos", List.of());
    }

    private Facility facilityOf(ContactDetails contact) {
        return facilities.findById(contact.contact().facilityId()).orElseThrow();
    }
}
