package org.inkwell.photos.internal;

import java.util.Optional;
import java.util.UUID;

import org.inkwell.photos.PhotoSize;
import org.inkwell.photos.PhotoStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The default store: the bytes in the photo's own row, written in the upload's transaction. */
@Component
class DatabasePhotoStore implements PhotoStore {

    private final JdbcClient jdbc;

    DatabasePhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(UUID photoId, byte[] image, byte[] thumbnail) {
        int updated = jdbc.sql("UPDATE photo SET image = :image, thumb = :thumb WHERE id = :id")
                .param("image", image).param("thumb", thumbnail).param("id", photoId)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no photo row " + photoId);
        }
    }

    @Override
    public Optional<byte[]> get(UUID photoId, PhotoSize size) {
        String column = size == PhotoSize.THUMB ? "thumb" : "image";
        return jdbc.sql("SELECT " + column + " FROM photo WHERE id = :id AND " + column + " IS NOT NULL")
                .param("id", photoId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    @Override
    public void delete(UUID photoId) {
        jdbc.sql("UPDATE photo SET image = NULL, thumb = NULL WHERE id = :id").param("id", photoId).update();
    }
}
