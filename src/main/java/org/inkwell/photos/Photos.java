package org.inkwell.photos;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.HexFormat;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.photos.internal.ImageFormat;
import org.inkwell.photos.internal.PhotoMemory;
import org.inkwell.photos.internal.PhotoRepository;
import org.inkwell.photos.internal.ProcessedPhoto;
import org.inkwell.photos.internal.Reencoder;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.inkwell.platform.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploading a photo, attaching it to a message, deciding it in review, and reading it back. An upload
 * keeps nothing of the file that was sent: only the server's re-encoding of its pixels and a thumbnail are
 * stored. Once attached, a photo knows the facility and person it was sent to, so who may read it is
 * decided here without asking the messaging module (which depends on this one).
 */
@Service
public class Photos {

    public static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
    public static final String TOO_LARGE = "photo.too-large";
    public static final String UNSUPPORTED_TYPE = "photo.unsupported-type";
    public static final String EMPTY = "photo.empty";
    public static final String NOT_FOUND = "photo.not-found";
    public static final String EMAIL_UNCONFIRMED = "photo.email-unconfirmed";
    public static final String TOO_MANY_UNSENT = "photo.too-many-unsent";
    public static final String ALREADY_SENT = "photo.already-sent";
    public static final String NAMED_TWICE = "photo.named-twice";
    /** How far back a rejected photo at the same facility makes a new one "similar to a rejected photo". */
    private static final Duration SIMILAR_WITHIN = Duration.ofDays(365);

    private final Reencoder reencoder;
    private final PhotoMemory memory;
    private final PhotoRepository photos;
    private final PhotoStore store;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AuditLog audit;
    private final int maxUnsent;

    Photos(Reencoder reencoder, PhotoMemory memory, PhotoRepository photos, PhotoStore store, Accounts accounts,
            TransactionTemplate transaction, Clock clock, AuditLog audit,
            @Value("${inkwell.photos.max-unsent:50}") int maxUnsent) {
        this.audit = audit;
        this.maxUnsent = maxUnsent;
        this.reencoder = reencoder;
        this.memory = memory;
        this.photos = photos;
        this.store = store;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Reads at most 10 MB of the body, however long it claims or turns out to be, and stores the
     * re-encoded photo as the uploader's, not yet attached to any message.
     *
     * @param declaredLength the body's announced length, or -1 when it is sent in chunks
     */
    public PhotoReceipt upload(Caller uploader, String contentType, long declaredLength, InputStream body) {
        if (ImageFormat.ofMediaType(contentType).isEmpty()) {
            throw ApiException.unsupportedMediaType(UNSUPPORTED_TYPE, "Send a photo as image/jpeg, image/png or image/webp.");
        }
        if (!accounts.find(uploader.id()).map(AccountSummary::emailVerified).orElse(false)) {
            throw ApiException.forbidden(EMAIL_UNCONFIRMED, "Confirm your email address before sending photos; we sent you a link.");
        }
        if (declaredLength > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        // A body of unknown length is gathered in pieces and then copied whole: up to twice the limit at once.
        try (PhotoMemory.Lease room = memory.forBody(declaredLength < 0 ? 2 * MAX_UPLOAD_BYTES : declaredLength)) {
            byte[] upload = declaredLength < 0 ? readAtMostTheLimit(body) : readAll(body, (int) declaredLength);
            if (upload.length == 0) {
                throw ApiException.badRequest(EMPTY, "The upload is empty.");
            }
            ProcessedPhoto photo = reencoder.reencode(upload);
            UUID id = UUID.randomUUID();
            String sha256 = HexFormat.of().formatHex(Sha256.digest().digest(photo.jpeg()));
            transaction.executeWithoutResult(status -> {
                if (photos.lockAndCountUnsent(uploader.id()) >= maxUnsent) {
                    throw ApiException.conflict(TOO_MANY_UNSENT, "You have %d photos uploaded and not sent; send them "
                            .formatted(maxUnsent) + "or wait a day, when unsent photos are removed, before uploading more.");
                }
                photos.add(id, uploader.id(), photo, sha256, clock.instant());
                store.put(id, photo.jpeg(), photo.thumbnail());
            });
            return new PhotoReceipt(id, photo.width(), photo.height(), photo.jpeg().length, sha256);
        }
    }

    /**
     * The stored JPEG, for its uploader, for reviewers and admins of the facility it was sent to (audited as
     * staff reading message content), and for the person it was sent to once it is approved. Anyone else is
     * told there is no such photo.
     */
    @Transactional
    public PhotoImage image(Caller caller, UUID id, PhotoSize size) {
        PhotoRepository.StoredPhoto photo = photos.find(id).filter(found -> mayRead(caller, found))
                .orElseThrow(Photos::notFound);
        byte[] jpeg = store.get(id, size).orElseThrow(Photos::notFound);
        if (caller.is(Role.REVIEWER) || caller.is(Role.FACILITY_ADMIN)) {
            audit.record(AuditEntry.by(caller, "PHOTO_VIEWED", id.toString(), AuditOutcome.SUCCESS)
                    .withDetail("photo " + size.name().toLowerCase() + " of message " + photo.messageId()));
        }
        return new PhotoImage(jpeg, size == PhotoSize.THUMB ? photo.sha256() + "-thumb" : photo.sha256());
    }

    private static boolean mayRead(Caller caller, PhotoRepository.StoredPhoto photo) {
        if (caller.is(Role.FAMILY)) {
            return photo.uploaderId().equals(caller.id());
        }
        if (caller.is(Role.REVIEWER) || caller.is(Role.FACILITY_ADMIN)) {
            return photo.facilityId() != null && photo.facilityId().equals(caller.facilityId());
        }
        return caller.is(Role.INMATE) && photo.status() == PhotoStatus.APPROVED && caller.id().equals(photo.recipientId());
    }

    /**
     * The bytes of a photo for server-side rendering (print batches, PDFs, exports) by a module that has
     * already decided its reader may see it. Never hand these to a client without that check.
     */
    public Optional<byte[]> bytesOf(UUID photoId, PhotoSize size) {
        return store.get(photoId, size);
    }

    /** Every photo of these messages, in the order their senders gave; a message without photos is absent. */
    public Map<UUID, List<MessagePhoto>> onMessages(Collection<UUID> messageIds) {
        return messageIds.isEmpty() ? Map.of() : photos.onMessages(Set.copyOf(messageIds));
    }

    /** For each of these photos that was sent, the message it was sent with; unsent or unknown ones are absent. */
    public Map<UUID, UUID> messagesOf(Collection<UUID> photoIds) {
        return photoIds.isEmpty() ? Map.of() : photos.messagesOf(Set.copyOf(photoIds));
    }

    /**
     * Attaches the uploader's unsent photos to a new message, in the given order, in the send's transaction,
     * and marks those that look like a photo rejected at the same facility within a year. The photos stay
     * locked until the send commits, so of two sends naming one photo only one gets it. A photo that is not
     * the uploader's is not found; one already sent is a conflict.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attach(UUID uploaderId, List<UUID> photoIds, UUID messageId, UUID facilityId, UUID recipientId) {
        if (photoIds.isEmpty()) {
            return;
        }
        if (photoIds.stream().anyMatch(java.util.Objects::isNull) || new HashSet<>(photoIds).size() != photoIds.size()) {
            throw ApiException.invalidField(NAMED_TWICE, "photoIds", "must name each photo once");
        }
        Map<UUID, PhotoRepository.StoredPhoto> locked = photos.lock(photoIds).stream()
                .collect(java.util.stream.Collectors.toMap(PhotoRepository.StoredPhoto::id, p -> p));
        for (UUID id : photoIds) {
            PhotoRepository.StoredPhoto photo = locked.get(id);
            if (photo == null || !photo.uploaderId().equals(uploaderId)) {
                throw ApiException.notFound(NOT_FOUND, "There is no such photo of yours: " + id + ".");
            }
            if (photo.status() != PhotoStatus.UPLOADED) {
                throw ApiException.conflict(ALREADY_SENT, "The photo " + id + " was already sent with a message; "
                        + "upload it again to send it once more.");
            }
        }
        for (int position = 0; position < photoIds.size(); position++) {
            photos.attach(photoIds.get(position), messageId, facilityId, recipientId, position);
        }
        photos.markSimilarToRejected(messageId, clock.instant().minus(SIMILAR_WITHIN));
    }

    /**
     * Review decided a message: its photos named in {@code rejected} (photo id to reason code) are rejected,
     * every other photo still in review is approved. Answers the message's photos as decided.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<MessagePhoto> decide(UUID messageId, Map<UUID, String> rejected) {
        Instant now = clock.instant();
        List<MessagePhoto> attached = photos.onMessages(List.of(messageId)).getOrDefault(messageId, List.of());
        List<MessagePhoto> decided = new java.util.ArrayList<>(attached.size());
        for (MessagePhoto photo : attached) {
            String reason = rejected.get(photo.id());
            PhotoStatus outcome = reason == null ? PhotoStatus.APPROVED : PhotoStatus.REJECTED;
            // A photo no longer in review keeps what it was decided before; the row says so, not this decision.
            decided.add(photos.decide(photo.id(), outcome, reason, now) ? new MessagePhoto(photo.id(), photo.messageId(),
                    photo.position(), outcome, reason, photo.similarToRejected(), photo.width(), photo.height()) : photo);
        }
        return decided;
    }

    /** Retention erased these messages: their photos go with them, row and bytes, in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseOfMessages(Collection<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        List<UUID> erased = photos.onMessages(Set.copyOf(messageIds)).values().stream().flatMap(List::stream)
                .map(MessagePhoto::id).toList();
        erased.forEach(store::delete);
        photos.deleteOfMessages(Set.copyOf(messageIds));
        return erased.size();
    }

    private static byte[] readAtMostTheLimit(InputStream body) {
        try {
            byte[] upload = body.readNBytes((int) MAX_UPLOAD_BYTES + 1);
            if (upload.length > MAX_UPLOAD_BYTES) {
                throw tooLarge();
            }
            return upload;
        } catch (IOException broken) {
            throw brokenOff();
        }
    }

    /** A body of announced length, read into one array of that size. */
    private static byte[] readAll(InputStream body, int length) {
        try {
            byte[] upload = new byte[length];
            if (body.readNBytes(upload, 0, length) < length) {
                throw brokenOff();
            }
            return upload;
        } catch (IOException broken) {
            throw brokenOff();
        }
    }

    private static ApiException brokenOff() {
        return ApiException.badRequest(Reencoder.TRUNCATED, "The upload broke off before the whole image arrived.");
    }

    private static ApiException tooLarge() {
        return ApiException.contentTooLarge(TOO_LARGE, "A photo may be at most 10 MB.");
    }

    private static ApiException notFound() {
        return ApiException.notFound(NOT_FOUND, "There is no such photo.");
    }
}
