package org.inkwell.photos;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploading a photo and reading it back. An upload keeps nothing of the file that was sent: only the
 * server's re-encoding of its pixels and a thumbnail are stored.
 */
@Service
public class Photos {

    public static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
    public static final String TOO_LARGE = "photo.too-large";
    public static final String UNSUPPORTED_TYPE = "photo.unsupported-type";
    public static final String EMPTY = "photo.empty";
    public static final String NOT_FOUND = "photo.not-found";
    public static final String EMAIL_UNCONFIRMED = "photo.email-unconfirmed";

    private final Reencoder reencoder;
    private final PhotoMemory memory;
    private final PhotoRepository photos;
    private final PhotoStore store;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Photos(Reencoder reencoder, PhotoMemory memory, PhotoRepository photos, PhotoStore store, Accounts accounts,
            TransactionTemplate transaction, Clock clock) {
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
        try (PhotoMemory.Lease room = memory.forBody(declaredLength < 0 ? MAX_UPLOAD_BYTES : declaredLength)) {
            byte[] upload = readAtMostTheLimit(body);
            if (upload.length == 0) {
                throw ApiException.badRequest(EMPTY, "The upload is empty.");
            }
            ProcessedPhoto photo = reencoder.reencode(upload);
            UUID id = UUID.randomUUID();
            String sha256 = HexFormat.of().formatHex(Sha256.digest().digest(photo.jpeg()));
            transaction.executeWithoutResult(status -> {
                photos.add(id, uploader.id(), photo, sha256, clock.instant());
                store.put(id, photo.jpeg(), photo.thumbnail());
            });
            return new PhotoReceipt(id, photo.width(), photo.height(), photo.jpeg().length, sha256);
        }
    }

    /** The stored JPEG, for its uploader; anyone else is told there is no such photo. */
    public PhotoImage image(Caller caller, UUID id, PhotoSize size) {
        PhotoRepository.StoredPhoto photo = photos.find(id)
                .filter(found -> caller.is(Role.FAMILY) && found.uploaderId().equals(caller.id()))
                .orElseThrow(Photos::notFound);
        byte[] jpeg = store.get(id, size).orElseThrow(Photos::notFound);
        return new PhotoImage(jpeg, size == PhotoSize.THUMB ? photo.sha256() + "-thumb" : photo.sha256());
    }

    private static byte[] readAtMostTheLimit(InputStream body) {
        try {
            byte[] upload = body.readNBytes((int) MAX_UPLOAD_BYTES + 1);
            if (upload.length > MAX_UPLOAD_BYTES) {
                throw tooLarge();
            }
            return upload;
        } catch (IOException broken) {
            throw ApiException.badRequest(Reencoder.TRUNCATED, "The upload broke off before the whole image arrived.");
        }
    }

    private static ApiException tooLarge() {
        return ApiException.contentTooLarge(TOO_LARGE, "A photo may be at most 10 MB.");
    }

    private static ApiException notFound() {
        return ApiException.notFound(NOT_FOUND, "There is no such photo.");
    }
}
