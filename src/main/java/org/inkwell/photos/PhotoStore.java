package org.inkwell.photos;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the bytes of stored photos live, apart from what is known about them (uploader, size, hash,
 * status, message), which always stays in the {@code photo} table. The default keeps them in that same
 * row's {@code bytea} columns, so the embedded database, backups and retention cover them with nothing
 * else to run. An agency that outgrows the database provides another bean of this type (an
 * S3-compatible bucket: objects {@code photos/<id>/full.jpg} and {@code photos/<id>/thumb.jpg}, private,
 * encrypted at rest) and the row's byte columns stay empty. {@link #put} runs inside the upload's
 * transaction, so a store outside the database may be left with objects of rolled-back uploads, which it
 * removes by listing objects without a row; {@link #delete} is called when retention erases a photo.
 */
public interface PhotoStore {

    /** Keeps the server's JPEG and its thumbnail for a photo whose row was just written. */
    void put(UUID photoId, byte[] image, byte[] thumbnail);

    Optional<byte[]> get(UUID photoId, PhotoSize size);

    void delete(UUID photoId);
}
