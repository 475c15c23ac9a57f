package org.inkwell.photos.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.photos.PhotoStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What is known about each photo; its bytes are the {@link org.inkwell.photos.PhotoStore}'s. */
@Repository
public class PhotoRepository {

    /** A photo as its readers need it: whose it is and the hash of its stored JPEG. */
    public record StoredPhoto(UUID id, UUID uploaderId, String sha256) {
    }

    private final JdbcClient jdbc;

    PhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID id, UUID uploaderId, ProcessedPhoto photo, String sha256, Instant at) {
        jdbc.sql("""
                INSERT INTO photo (id, uploader_id, status, width, height, bytes, sha256, dhash, created_at)
                VALUES (:id, :uploader, :status, :width, :height, :bytes, :sha256, :dhash, :at)
                """)
                .param("id", id).param("uploader", uploaderId).param("status", PhotoStatus.UPLOADED.name())
                .param("width", photo.width()).param("height", photo.height()).param("bytes", photo.jpeg().length)
                .param("sha256", sha256).param("dhash", photo.dhash()).param("at", Timestamp.from(at))
                .update();
    }

    public Optional<StoredPhoto> find(UUID id) {
        return jdbc.sql("SELECT id, uploader_id, sha256 FROM photo WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredPhoto(rs.getObject("id", UUID.class), rs.getObject("uploader_id", UUID.class),
                        rs.getString("sha256")))
                .optional();
    }
}
