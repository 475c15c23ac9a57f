package org.inkwell.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.contacts.Contact;
import org.inkwell.contacts.Contacts;
import org.inkwell.contacts.Relationship;
import org.inkwell.contacts.Side;
import org.inkwell.directory.DeliveryMode;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.PersonAtFacility;
import org.inkwell.directory.ReplyPolicy;
import org.inkwell.directory.Roster;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.legal.LegalLettersHandedOut;
import org.inkwell.legal.LegalSenders;
import org.inkwell.legal.LetterDirection;
import org.inkwell.legal.PrivilegedLetters;
import org.inkwell.messaging.internal.ChargeReference;
import org.inkwell.messaging.internal.MessageRepository;
import org.inkwell.messaging.internal.OpenedConversations;
import org.inkwell.messaging.internal.PrepaidReplies;
import org.inkwell.photos.MessagePhoto;
import org.inkwell.photos.PhotoStatus;
import org.inkwell.photos.Photos;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.inkwell.screening.Category;
import org.inkwell.screening.Flag;
import org.inkwell.screening.Screener;
import org.inkwell.screening.ScreeningResult;
import org.inkwell.wallet.Wallets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The message lifecycle (docs/architecture.md): sent into review, then delivered (or approved for print) or
 * rejected, withdrawn by its sender while no reviewer holds it, and read. Every change that moves money
 * moves it in the same transaction, through the wallet's held charges. Privileged legal mail skips screen
 * and review: its body goes to the legal module's {@link PrivilegedLetters}, and its parties read it back
 * from there; every other reader of a message here gets it without a body.
 */
@Service
public class Messages {

    private static final TypeReference<List<Flag>> FLAGS = new TypeReference<>() {
    };
    private static final int INBOX_LIMIT = 200;
    /** What a privileged message is stored with in place of a screen: nothing read, nothing found. */
    private static final ScreeningResult NOT_SCREENED = new ScreeningResult(0, List.of(), 0);

    /** Refusals of {@code "privileged": true}: a contact that is not an attorney, a sender not approved now. */
    public static final String NOT_PRIVILEGED = "send.not-privileged";
    public static final String PRIVILEGE_NOT_APPROVED = "send.privilege-not-approved";
    /** Refusals of {@code photoIds}: from inside, on privileged mail, where photos are not taken, too many. */
    public static final String NO_PHOTOS_FROM_INSIDE = "send.no-photos-from-inside";
    public static final String NO_PHOTOS_ON_PRIVILEGED = "send.no-photos-on-privileged";
    public static final String PHOTOS_NOT_ACCEPTED = "send.photos-not-accepted";
    public static final String TOO_MANY_PHOTOS = "send.too-many-photos";

    private final MessageRepository messages;
    private final PrepaidReplies prepaid;
    private final Contacts contacts;
    private final Roster roster;
    private final Facilities facilities;
    private final Accounts accounts;
    private final Wallets wallets;
    private final Screener screener;
    private final MessageReview review;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final OpenedConversations opened;
    private final LegalSenders legalSenders;
    private final PrivilegedLetters letters;
    private final Photos photos;

    Messages(MessageRepository messages, PrepaidReplies prepaid, Contacts contacts, Roster roster, Facilities facilities,
            Accounts accounts, Wallets wallets, Screener screener, MessageReview review,
            ApplicationEventPublisher events, JsonMapper json, Clock clock, OpenedConversations opened,
            LegalSenders legalSenders, PrivilegedLetters letters, Photos photos) {
        this.photos = photos;
        this.opened = opened;
        this.legalSenders = legalSenders;
        this.letters = letters;
        this.messages = messages;
        this.prepaid = prepaid;
        this.contacts = contacts;
        this.roster = roster;
        this.facilities = facilities;
        this.accounts = accounts;
        this.wallets = wallets;
        this.screener = screener;
        this.review = review;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Sends a message on a contact, in the caller's transaction: checks, price, screen, store, charge
     * and queue all commit together or not at all. A family writing to a SENDER_PREPAID facility may
     * also pay for one reply (one unit), which the person inside then uses to answer. A privileged
     * message (attorney and client, either way) is neither screened nor queued: it is delivered at once,
     * or approved into a legal print batch where the person gets letters on paper.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Message send(Caller sender, UUID contactId, String rawBody, boolean prepayReply, boolean privileged) {
        return send(sender, contactId, rawBody, prepayReply, privileged, List.of());
    }

    /**
     * {@link #send} with photos: the family's own unsent uploads, in the order given, each priced at the
     * facility's photo price and charged under a reference of its own ({@code photo:<id>}), so each is
     * settled or refunded on its own when it is reviewed. The body may then be empty. People inside do not
     * send photos, privileged mail carries none (no photo crosses unreviewed), and a message with photos is
     * always read by a reviewer, even where clean messages are approved without one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Message send(Caller sender, UUID contactId, String rawBody, boolean prepayReply, boolean privileged,
            List<UUID> photoIds) {
        Sendable send = checkSendable(sender, contactId, rawBody, prepayReply, privileged, photoIds);
        UUID id = UUID.randomUUID();
        // Microseconds, as PostgreSQL keeps them, so the answer to the send and every later read agree.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Price price = price(send, id);
        ScreeningResult screening = privileged ? NOT_SCREENED : screen(send);
        Message message = store(send, id, price, screening, now);
        charge(send, price, now);
        return privileged ? sendPrivileged(message, send.body(), send.facility()) : enqueue(send, message, screening);
    }

    /**
     * A send that passed every check: who writes on which contact to whom, at which facility, the checked
     * text and its length in characters, and what else the sender asked for.
     */
    private record Sendable(Caller sender, Side side, Contact contact, Inmate inmate, Facility facility, String body,
                            int characters, boolean prepayReply, boolean privileged, List<UUID> photoIds) {

        Direction direction() {
            return side == Side.FAMILY ? Direction.TO_INMATE : Direction.FROM_INMATE;
        }

        boolean free() {
            return privileged && facility.legalMailFree();
        }

        boolean repliesPrepaid() {
            return direction() == Direction.FROM_INMATE && facility.replyPolicy() == ReplyPolicy.SENDER_PREPAID;
        }
    }

    /**
     * What a send costs: its text under {@code textCharge} (none when free or empty), each photo at
     * {@code photoCents}. A text charge of kind MESSAGE is taken now; one of kind REPLY was taken when the
     * family prepaid the reply and is already held.
     */
    private record Price(long textCents, ChargeReference textCharge, long photoCents, int photos) {

        static Price ofPhotos(long photoCents, int photos) {
            return new Price(0, null, photoCents, photos);
        }

        boolean textChargedNow() {
            return textCharge != null && textCharge.kind() == ChargeReference.Kind.MESSAGE;
        }

        long totalCents() {
            return Math.addExact(textCents, Math.multiplyExact(photoCents, (long) photos));
        }
    }

    /** Every refusal a send can meet before anything is written: who may write, what, to whom, at what length. */
    private Sendable checkSendable(Caller sender, UUID contactId, String rawBody, boolean prepayReply, boolean privileged,
            List<UUID> photoIds) {
        Side side = sender.is(Role.INMATE) ? Side.INMATE : Side.FAMILY;
        if (!photoIds.isEmpty() && side == Side.INMATE) {
            throw ApiException.forbidden(NO_PHOTOS_FROM_INSIDE, "People inside do not send photos; send text only.");
        }
        if (!photoIds.isEmpty() && privileged) {
            throw ApiException.invalidField(NO_PHOTOS_ON_PRIVILEGED, "photoIds",
                    "privileged legal mail carries no photos: it is never reviewed, and no photo crosses unreviewed");
        }
        String body = photoIds.isEmpty() || rawBody != null && !rawBody.isBlank() ? MessageText.check(rawBody) : "";
        Contact contact = contacts.requireOpenForMessages(contactId, side, sender.id());
        if (side == Side.FAMILY && !accounts.find(sender.id()).map(AccountSummary::emailVerified).orElse(false)) {
            throw ApiException.forbidden("send.email-unconfirmed", "Confirm your email address before sending messages; we sent you a link.");
        }
        PersonAtFacility held = roster.findWithFacility(contact.inmateId()).filter(p -> p.person().inCustody())
                .orElseThrow(() -> ApiException.conflict("send.not-in-custody", "This person is no longer in custody; messages cannot be sent."));
        Inmate inmate = held.person();
        Facility facility = held.facility();
        requirePhotosTaken(facility, photoIds.size());
        int characters = body.codePointCount(0, body.length());
        if (characters > facility.maxMessageChars()) {
            throw ApiException.invalidField("send.too-long", "body", "is %d characters; %s takes at most %d"
                    .formatted(characters, facility.name(), facility.maxMessageChars()));
        }
        Sendable send = new Sendable(sender, side, contact, inmate, facility, body, characters, prepayReply, privileged,
                photoIds);
        if (privileged) {
            requirePrivileged(contact, facility);
        }
        ReplyPolicy policy = facility.replyPolicy();
        if (prepayReply && (send.direction() != Direction.TO_INMATE || policy != ReplyPolicy.SENDER_PREPAID)) {
            throw ApiException.invalidField("prepayReply", "replies at " + facility.name() + " are "
                    + (policy == ReplyPolicy.FREE ? "free" : "paid by the person inside") + "; there is nothing to prepay");
        }
        if (!send.free() && send.repliesPrepaid() && characters > facility.pricing().charsPerUnit()) {
            throw ApiException.invalidField("reply.prepaid-too-long", "body",
                    "a prepaid reply holds at most %d characters; this is %d"
                            .formatted(facility.pricing().charsPerUnit(), characters));
        }
        return send;
    }

    /**
     * The price at the facility's rates. A reply from inside where families prepay replies is paid by the
     * contact's oldest prepaid reply, which this takes for message {@code id}; a reply inside where replies
     * are free, an empty text (photos only) and free legal mail cost nothing for their text.
     */
    private Price price(Sendable send, UUID id) {
        long photoCents = send.facility().pricing().photoPriceCents();
        int photos = send.photoIds().size();
        if (send.free()) {
            return Price.ofPhotos(photoCents, photos);
        }
        if (send.repliesPrepaid()) {
            PrepaidReplies.Prepaid used = prepaid.use(send.contact().id(), id).orElseThrow(() -> ApiException.paymentRequired(
                    "reply.no-prepaid-reply",
                    "No prepaid reply is left on this contact. Your contact can prepay a reply with their next message."));
            return new Price(used.amountCents(), used.chargeReference(), photoCents, photos);
        }
        if (!send.body().isEmpty()
                && (send.direction() == Direction.TO_INMATE || send.facility().replyPolicy() == ReplyPolicy.INMATE_PAYS)) {
            long cost = send.facility().pricing().costCents(send.characters());
            return new Price(cost, cost > 0 ? ChargeReference.message(id) : null, photoCents, photos);
        }
        return Price.ofPhotos(photoCents, photos);
    }

    private ScreeningResult screen(Sendable send) {
        return screener.screen(send.facility().agency().id(), send.facility().id(), send.body(),
                Set.of(send.inmate().number()));
    }

    /**
     * The message row (a privileged letter's without its body, which the legal module keeps), the draft on the
     * contact cleared, and the photos attached in the order given, which also proves each one the sender's own
     * unsent upload.
     */
    private Message store(Sendable send, UUID id, Price price, ScreeningResult screening, Instant now) {
        Facility facility = send.facility();
        Message message = new Message(id, send.contact().id(), send.direction(), send.contact().accountId(),
                send.inmate().id(), facility.id(), facility.agency().id(), send.privileged() ? "" : send.body(),
                send.characters(), send.body().isEmpty() ? 0 : facility.pricing().units(send.characters()),
                price.totalCents(), facility.pricing().currency(),
                price.textCharge() == null ? null : price.textCharge().stored(), MessageStatus.IN_REVIEW,
                screening.score(), json.writeValueAsString(screening.flags()), now, null, null, null, null,
                send.privileged(), send.photoIds().size());
        messages.insertClearingDraft(message, screening.listVersion(), send.side());
        photos.attach(send.sender().id(), send.photoIds(), id, facility.id(), send.inmate().id());
        return message;
    }

    /**
     * Holds the price on the payer's wallet: the text's (a person inside pays their own replies where they
     * pay at all), each photo's under its own reference, and a reply the family prepays with this message.
     * Photos are charged only after {@link #store} attached them: a photo that is not the sender's own
     * unsent upload is refused there, before any charge could name it.
     */
    private void charge(Sendable send, Price price, Instant now) {
        UUID family = send.sender().id();
        if (price.textChargedNow()) {
            boolean fromInside = send.direction() == Direction.FROM_INMATE;
            if (fromInside && wallets.balance(send.inmate().id()) < price.textCents()) {
                // Said to the person inside in words of their own: they cannot add credit as a family can.
                throw ApiException.paymentRequired("reply.balance-too-low", "Your balance is too low for this reply.");
            }
            wallets.charge(fromInside ? send.inmate().id() : family, price.textCents(), price.textCharge().stored());
        }
        if (price.photoCents() > 0) {
            send.photoIds().forEach(photo -> wallets.charge(family, price.photoCents(), ChargeReference.photo(photo).stored()));
        }
        if (send.prepayReply()) {
            long replyPrice = send.facility().pricing().unitPriceCents();
            UUID prepaidId = UUID.randomUUID();
            ChargeReference reply = ChargeReference.reply(prepaidId);
            wallets.charge(family, replyPrice, reply.stored());
            prepaid.add(prepaidId, send.contact().id(), send.inmate().id(), reply, replyPrice, now);
        }
    }

    /**
     * Into review: published for investigations' watch alerts in this transaction, then queued, or approved at
     * once where review says the facility lets clean messages through without a reviewer. A message with
     * photos always waits for one.
     */
    private Message enqueue(Sendable send, Message message, ScreeningResult screening) {
        Facility facility = send.facility();
        events.publishEvent(new MessageSubmitted(message.id(), facility.agency().id(), send.inmate().id(),
                send.contact().accountId(), screening.flags().stream().anyMatch(f -> f.category() == Category.WATCHLIST)));
        MessageReview.Entry entry = review.submitted(new SubmittedMessage(message.id(), facility.id(), screening.score(),
                screening.clean(), message.submittedAt(), facility.reviewTargetHours(),
                facility.autoApproveClean() && send.photoIds().isEmpty()));
        if (entry == MessageReview.Entry.APPROVED) {
            approve(message.id());
            return messages.find(message.id()).orElseThrow();
        }
        return message;
    }

    private static void requirePhotosTaken(Facility facility, int photoCount) {
        if (photoCount > 0 && facility.maxPhotosPerMessage() == 0) {
            throw ApiException.invalidField(PHOTOS_NOT_ACCEPTED, "photoIds", facility.name() + " does not accept photos");
        }
        if (photoCount > facility.maxPhotosPerMessage()) {
            throw ApiException.invalidField(TOO_MANY_PHOTOS, "photoIds", "names %d photos; %s takes at most %d a message"
                    .formatted(photoCount, facility.name(), facility.maxPhotosPerMessage()));
        }
    }

    /**
     * Refuses privileged mail unless the contact is the person's attorney and the outside account may
     * write privileged letters at the facility now (approved, re-checked in time, not suspended there).
     */
    private void requirePrivileged(Contact contact, Facility facility) {
        if (contact.relationship() != Relationship.ATTORNEY) {
            throw ApiException.forbidden(NOT_PRIVILEGED, "Only letters between a person and their attorney can be "
                    + "privileged legal mail; this contact is " + contact.relationship() + ".");
        }
        if (!legalSenders.mayWritePrivileged(contact.accountId(), facility.id())) {
            throw ApiException.forbidden(PRIVILEGE_NOT_APPROVED, "The attorney on this contact is not an approved "
                    + "legal sender at " + facility.name() + " now (not approved, due for re-check, or suspended), so "
                    + "this letter cannot be privileged.");
        }
    }

    /**
     * The rest of a privileged send: the letter into the legal module, then delivered at once, or approved
     * for a legal print batch where letters go to people on paper. Replies from inside reach the family
     * online, as every reply does. Nothing is published to screening or investigations: no one watches it.
     */
    private Message sendPrivileged(Message message, String body, Facility facility) {
        boolean onPaper = message.direction() == Direction.TO_INMATE && facility.delivery() == DeliveryMode.PRINT;
        letters.store(new PrivilegedLetters.Letter(message.id(), message.accountId(), message.inmateId(),
                message.facilityId(), LetterDirection.valueOf(message.direction().name()), body,
                message.submittedAt(), onPaper));
        if (onPaper) {
            requireTransition(message.id(), MessageStatus.IN_REVIEW, MessageStatus.APPROVED, null);
        } else {
            requireTransition(message.id(), MessageStatus.IN_REVIEW, MessageStatus.DELIVERED, null);
            delivered(message, photosOf(message));
        }
        return messages.find(message.id()).orElseThrow();
    }

    /** Staff handed out a legal print batch: its letters are delivered, as printed ordinary ones are. */
    @EventListener
    void on(LegalLettersHandedOut handedOut) {
        handedOut.messageIds().forEach(this::markPrintedAndHandedOut);
    }

    /** Whether letters on the contact may be privileged now: compose pages offer the choice only then. */
    public boolean mayBePrivileged(Contact contact) {
        return contact.relationship() == Relationship.ATTORNEY
                && legalSenders.mayWritePrivileged(contact.accountId(), contact.facilityId());
    }

    /** The thread on one of the caller's contacts, oldest first, as the caller may see it. */
    @Transactional(readOnly = true)
    public List<Message> thread(Caller caller, UUID contactId) {
        contacts.get(caller, contactId);
        return readable(caller, messages.thread(contactId).stream().filter(m -> visibleTo(caller, m)).toList());
    }

    /**
     * The thread as {@link #thread} gives it, read by the family: replies delivered until now are no longer
     * new on their home page. The person inside has an inbox with read marks of its own.
     */
    @Transactional
    public List<Message> openThread(Caller caller, UUID contactId) {
        List<Message> thread = thread(caller, contactId);
        if (caller.is(Role.FAMILY)) {
            opened.opened(contactId, clock.instant());
        }
        return thread;
    }

    /** Per contact of the family's, the replies delivered since they last opened it; a contact without any is absent. */
    public Map<UUID, Integer> newReplies(Caller family) {
        return opened.newReplies(contacts.mine(family).stream().map(c -> c.contact().id()).toList());
    }

    public Message get(Caller caller, UUID id) {
        return messages.find(id).filter(m -> visibleTo(caller, m)).map(m -> readable(caller, List.of(m)).get(0))
                .orElseThrow(() -> ApiException.notFound("message.not-found", "No such message."));
    }

    /** The sender takes a message back while it waits unclaimed for review; the cost is refunded. */
    @Transactional
    public Message withdraw(Caller sender, UUID id) {
        Message message = messages.lock(id).filter(m -> isSender(sender, m))
                .orElseThrow(() -> ApiException.notFound("message.not-found", "No such message."));
        if (message.status() != MessageStatus.IN_REVIEW) {
            throw ApiException.conflict("Only a message still waiting for review can be withdrawn; this one is "
                    + message.status() + ".");
        }
        if (!review.withdrawIfUnclaimed(id)) {
            throw ApiException.conflict("A reviewer is reading this message now, so it can no longer be withdrawn.");
        }
        messages.transition(id, MessageStatus.IN_REVIEW, MessageStatus.WITHDRAWN, clock.instant(), null);
        refund(message);
        return messages.find(id).orElseThrow();
    }

    /** Review approved it: delivered at once, or queued for print where the facility prints. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void approve(UUID id) {
        approve(id, Map.of());
    }

    /**
     * Review approved the message but not the photos in {@code rejectedPhotos}: those are rejected and
     * refunded one by one, the text and every other photo are delivered (or queued for print). A message of
     * photos only whose every photo is rejected has nothing left to deliver, so it is rejected as a whole,
     * for the first photo's reason.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void approve(UUID id, Map<UUID, RejectionReason> rejectedPhotos) {
        Message message = messages.lock(id).orElseThrow();
        List<MessagePhoto> decided = message.photoCount() == 0 ? List.of() : photos.decide(id, reasonCodes(rejectedPhotos));
        decided.stream().filter(p -> p.status() == PhotoStatus.REJECTED)
                .forEach(p -> wallets.refund(ChargeReference.photo(p.id()).stored()));
        if (message.body().isEmpty() && !message.privileged() && !decided.isEmpty()
                && decided.stream().noneMatch(p -> p.status() == PhotoStatus.APPROVED)) {
            RejectionReason reason = RejectionReason.valueOf(decided.get(0).reasonCode());
            requireTransition(id, MessageStatus.IN_REVIEW, MessageStatus.REJECTED, reason);
            refund(message, decided);
            events.publishEvent(rejected(message, reason));
            return;
        }
        Facility facility = facilities.findById(message.facilityId()).orElseThrow();
        if (facility.delivery() == DeliveryMode.PRINT) {
            requireTransition(id, MessageStatus.IN_REVIEW, MessageStatus.APPROVED, null);
        } else {
            requireTransition(id, MessageStatus.IN_REVIEW, MessageStatus.DELIVERED, null);
            delivered(message, decided);
        }
    }

    /** Review rejected it: the sender is refunded in full and told why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(UUID id, RejectionReason reason) {
        reject(id, reason, Map.of());
    }

    /**
     * Review rejected the message and so every photo on it: each photo for its own reason where the reviewer
     * gave one, else for the message's; text and photos are refunded, each photo under its own reference.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(UUID id, RejectionReason reason, Map<UUID, RejectionReason> photoReasons) {
        Message message = messages.lock(id).orElseThrow();
        requireTransition(id, MessageStatus.IN_REVIEW, MessageStatus.REJECTED, reason);
        List<MessagePhoto> decided = List.of();
        if (message.photoCount() > 0) {
            Map<UUID, String> codes = new java.util.HashMap<>();
            photosOf(message).forEach(p -> codes.put(p.id(), photoReasons.getOrDefault(p.id(), reason).name()));
            decided = photos.decide(id, codes);
        }
        refund(message, decided);
        events.publishEvent(rejected(message, reason));
    }

    /** A printed message was handed out. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markPrintedAndHandedOut(UUID id) {
        Message message = messages.lock(id).orElseThrow();
        requireTransition(id, MessageStatus.APPROVED, MessageStatus.DELIVERED, null);
        delivered(message, photosOf(message));
    }

    /**
     * The recipient read it; the sender sees when. Reading twice changes nothing. The first reading is one
     * statement (marked and read back at once); only a message that was not marked is looked at again, to tell
     * one read already from one that is not the reader's.
     */
    @Transactional
    public Message markRead(Caller reader, UUID id) {
        Direction toReader = reader.is(Role.INMATE) ? Direction.TO_INMATE
                : reader.is(Role.FAMILY) ? Direction.FROM_INMATE : null;
        Message message = java.util.Optional.ofNullable(toReader)
                .flatMap(direction -> messages.markRead(id, direction, reader.id(), clock.instant()))
                .or(() -> messages.find(id).filter(m -> isRecipient(reader, m) && delivered(m.status())))
                .orElseThrow(() -> ApiException.notFound("message.not-found", "No such message."));
        return readable(reader, List.of(message)).get(0);
    }

    public List<InboxItem> inbox(Caller inmate) {
        List<Message> delivered = readable(inmate, messages.inbox(inmate.id(), INBOX_LIMIT));
        Map<UUID, AccountSummary> senders = accounts.findAll(delivered.stream().map(Message::accountId)
                .collect(Collectors.toSet()));
        Map<UUID, List<MessagePhoto>> approved = photosFor(inmate, delivered);
        return delivered.stream().map(m -> new InboxItem(m.id(), m.contactId(), senders.get(m.accountId()).fullName(),
                m.body(), m.deliveredAt(), m.readAt(), m.privileged(), approved.getOrDefault(m.id(), List.of()))).toList();
    }

    /**
     * The messages with the privileged letters' bodies filled in for their party; for anyone else (and for a
     * letter of another party) the body stays empty, as it is stored.
     */
    private List<Message> readable(Caller reader, List<Message> found) {
        List<UUID> privileged = found.stream().filter(Message::privileged).map(Message::id).toList();
        if (privileged.isEmpty()) {
            return found;
        }
        Map<UUID, String> bodies = letters.bodiesFor(reader, privileged);
        return found.stream().map(m -> m.privileged() ? m.withBody(bodies.getOrDefault(m.id(), "")) : m).toList();
    }

    /** How many prepaid replies the person inside can still send on a contact. */
    public int prepaidRepliesLeft(Caller caller, UUID contactId) {
        contacts.get(caller, contactId);
        return prepaid.available(contactId);
    }

    public List<Message> awaitingPrint(UUID facilityId) {
        return messages.awaitingPrint(facilityId);
    }

    public List<Message> findAll(java.util.Collection<UUID> ids) {
        return messages.findAll(ids);
    }

    /**
     * The earlier decided messages on a contact, newest first: the context a reviewer weighs a new
     * message in (delivered ones and rejected ones with their reasons). Privileged legal mail was never
     * reviewed and is no reviewer's context.
     */
    public List<Message> earlierDecisions(UUID contactId, UUID before, int limit) {
        return messages.thread(contactId).stream()
                .filter(m -> !m.id().equals(before) && m.decidedAt() != null && !m.privileged())
                .sorted(java.util.Comparator.comparing(Message::decidedAt).reversed())
                .limit(limit)
                .toList();
    }

    /** What a reviewer is shown. Reading it is audited by the caller. */
    public ReviewContent reviewContent(UUID id) {
        Message m = messages.find(id).orElseThrow();
        String family = accounts.find(m.accountId()).map(AccountSummary::fullName).orElse("(unknown)");
        String inmate = roster.findById(m.inmateId()).map(Inmate::name).orElse("(unknown)");
        String facility = facilities.findById(m.facilityId()).map(Facility::code).orElse("");
        boolean out = m.direction() == Direction.TO_INMATE;
        return new ReviewContent(m.id(), m.contactId(), m.direction(), m.body(), facility, out ? family : inmate,
                out ? inmate : family, m.submittedAt(), m.riskScore(), flags(m), photosOf(m));
    }

    public List<Flag> flags(Message message) {
        return json.readValue(message.screeningFlags(), FLAGS);
    }

    /** Settles the text and the approved ones of {@code onMessage}, the message's photos as decided. */
    private void delivered(Message message, List<MessagePhoto> onMessage) {
        if (message.chargeReference() != null) {
            wallets.settle(message.chargeReference());
        }
        onMessage.stream().filter(p -> p.status() == PhotoStatus.APPROVED)
                .forEach(p -> wallets.settle(ChargeReference.photo(p.id()).stored()));
        events.publishEvent(new MessageDelivered(message.id(), message.direction(), message.accountId(),
                message.inmateId(), message.facilityId(), message.contactId(), message.submittedAt()));
    }

    private static MessageRejected rejected(Message message, RejectionReason reason) {
        return new MessageRejected(message.id(), message.direction(), message.accountId(), message.inmateId(), reason,
                message.contactId());
    }

    /** Refunds the text and every photo still held; photos already settled or refunded are left as they are. */
    private void refund(Message message) {
        refund(message, photosOf(message));
    }

    /** {@link #refund(Message)} with the message's photos already at hand. */
    private void refund(Message message, List<MessagePhoto> onMessage) {
        if (message.chargeReference() != null) {
            wallets.refund(message.chargeReference());
        }
        onMessage.forEach(p -> wallets.refund(ChargeReference.photo(p.id()).stored()));
    }

    /** The message's photos; asked of the photo module only when it was sent with some. */
    private List<MessagePhoto> photosOf(Message message) {
        return message.photoCount() == 0 ? List.of()
                : photos.onMessages(List.of(message.id())).getOrDefault(message.id(), List.of());
    }

    private static Map<UUID, String> reasonCodes(Map<UUID, RejectionReason> reasons) {
        return reasons.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
    }

    /**
     * The photos of these messages that the caller may see: the sender sees all of theirs with where each
     * stands; the recipient only approved ones; anyone else none.
     */
    public Map<UUID, List<MessagePhoto>> photosFor(Caller caller, Collection<Message> found) {
        Map<UUID, List<MessagePhoto>> all = photos.onMessages(found.stream().filter(m -> m.photoCount() > 0)
                .map(Message::id).toList());
        Map<UUID, List<MessagePhoto>> visible = new java.util.HashMap<>();
        for (Message m : found) {
            List<MessagePhoto> attached = all.getOrDefault(m.id(), List.of());
            if (isSender(caller, m)) {
                visible.put(m.id(), attached);
            } else if (isRecipient(caller, m)) {
                visible.put(m.id(), attached.stream().filter(p -> p.status() == PhotoStatus.APPROVED).toList());
            }
        }
        return visible;
    }

    private void requireTransition(UUID id, MessageStatus from, MessageStatus to, RejectionReason reason) {
        if (!messages.transition(id, from, to, clock.instant(), reason)) {
            throw ApiException.conflict("This message is no longer " + from + ".");
        }
    }

    private static boolean delivered(MessageStatus status) {
        return status == MessageStatus.DELIVERED || status == MessageStatus.READ;
    }

    private static boolean isSender(Caller caller, Message m) {
        return caller.is(Role.FAMILY) ? m.direction() == Direction.TO_INMATE && m.accountId().equals(caller.id())
                : caller.is(Role.INMATE) && m.direction() == Direction.FROM_INMATE && m.inmateId().equals(caller.id());
    }

    private static boolean isRecipient(Caller caller, Message m) {
        return caller.is(Role.INMATE) ? m.direction() == Direction.TO_INMATE && m.inmateId().equals(caller.id())
                : caller.is(Role.FAMILY) && m.direction() == Direction.FROM_INMATE && m.accountId().equals(caller.id());
    }

    /** Senders see all their messages; recipients only what was delivered to them. */
    private static boolean visibleTo(Caller caller, Message m) {
        return isSender(caller, m) || isRecipient(caller, m) && delivered(m.status());
    }
}
