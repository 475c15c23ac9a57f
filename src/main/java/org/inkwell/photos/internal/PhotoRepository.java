package org.inkwell.photos.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.photos.MessagePhoto;
import org.inkwell.photos.PhotoStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What is known about each photo; its bytes are the {@link org.inkwell.photos.PhotoStore}'s. */
@Repository
public class PhotoRepository {

    /**
     * A photo as its readers need it: whose it is, the hash of its stored JPEG, where it stands, and (once
     * attached) the facility and person it was sent to.
     */
    public record StoredPhoto(UUID id, UUID uploaderId, String sha256, PhotoStatus status, UUID messageId,
                              UUID facilityId, UUID recipientId) {
    }

    /** Hamming distance up to which two dHashes count as the same picture (issue 14). */
    static final int SIMILAR_BITS = 6;

    private static final String STORED = "SELECT id, uploader_id, sha256, status, message_id, facility_id, recipient_id FROM photo";

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
        return jdbc.sql(STORED + " WHERE id = :id").param("id", id).query(PhotoRepository::stored).optional();
    }

    /** The photos, locked until the transaction ends, so two sends cannot both take one. */
    public List<StoredPhoto> lock(Collection<UUID> ids) {
        return jdbc.sql(STORED + " WHERE id IN (:ids) ORDER BY id FOR UPDATE").param("ids", ids)
                .query(PhotoRepository::stored).list();
    }

    /**
     * Serialises the uploads of one account until the transaction ends, so the cap on unsent photos holds
     * against parallel uploads.
     */
    public int lockAndCountUnsent(UUID uploaderId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('photo-uploads:' || :uploader, 0))")
                .param("uploader", uploaderId.toString()).query((rs, n) -> 1).single();
        return jdbc.sql("SELECT count(*) FROM photo WHERE uploader_id = :uploader AND status = 'UPLOADED'")
                .param("uploader", uploaderId).query(Integer.class).single();
    }

    public void attach(UUID id, UUID messageId, UUID facilityId, UUID recipientId, int position) {
        jdbc.sql("""
                UPDATE photo SET status = 'IN_REVIEW', message_id = :message, facility_id = :facility,
                                 recipient_id = :recipient, position = :position
                WHERE id = :id AND status = 'UPLOADED'
                """)
                .param("id", id).param("message", messageId).param("facility", facilityId)
                .param("recipient", recipientId).param("position", position)
                .update();
    }

    /** Marks the message's photos that look like a photo rejected at their facility since {@code since}. */
    public void markSimilarToRejected(UUID messageId, Instant since) {
        jdbc.sql("""
                UPDATE photo p SET similar_to_rejected = EXISTS (
                    SELECT 1 FROM photo r
                    WHERE r.facility_id = p.facility_id AND r.status = 'REJECTED' AND r.decided_at >= :since
                      AND bit_count((r.dhash # p.dhash)::bit(64)) <= :bits)
                WHERE p.message_id = :message
                """)
                .param("message", messageId).param("since", Timestamp.from(since)).param("bits", SIMILAR_BITS)
                .update();
    }

    public Map<UUID, List<MessagePhoto>> onMessages(Collection<UUID> messageIds) {
        return jdbc.sql("""
                SELECT id, message_id, position, status, reason_code, similar_to_rejected, width, height
                FROM photo WHERE message_id IN (:messages) ORDER BY message_id, position
                """)
                .param("messages", messageIds)
                .query((rs, n) -> new MessagePhoto(rs.getObject("id", UUID.class), rs.getObject("message_id", UUID.class),
                        rs.getInt("position"), PhotoStatus.valueOf(rs.getString("status")), rs.getString("reason_code"),
                        rs.getBoolean("similar_to_rejected"), rs.getInt("width"), rs.getInt("height")))
                .list().stream()
                .collect(java.util.stream.Collectors.groupingBy(MessagePhoto::messageId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }

    /** For each of these photos that is attached, its message. */
    public Map<UUID, UUID> messagesOf(Collection<UUID> photoIds) {
        Map<UUID, UUID> messages = new java.util.HashMap<>();
        jdbc.sql("SELECT id, message_id FROM photo WHERE id IN (:ids) AND message_id IS NOT NULL")
                .param("ids", photoIds)
                .query(rs -> {
                    messages.put(rs.getObject("id", UUID.class), rs.getObject("message_id", UUID.class));
                });
        return messages;
    }

    /** Decides one photo still in review; answers whether it was. */
    public boolean decide(UUID id, PhotoStatus outcome, String reasonCode, Instant at) {
        return jdbc.sql("""
                UPDATE photo SET status = :status, reason_code = :reason, decided_at = :at
                WHERE id = :id AND status = 'IN_REVIEW'
                """)
                .param("id", id).param("status", outcome.name()).param("reason", reasonCode).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Removes the rows of these photos; answers their ids. */
    public List<UUID> deleteOfMessages(Collection<UUID> messageIds) {
        return jdbc.sql("DELETE FROM photo WHERE message_id IN (:messages) RETURNING id")
                .param("messages", messageIds).query((rs, n) -> rs.getObject("id", UUID.class)).list();
    }

    /** Unsent uploads older than {@code before}, at most {@code limit}, locked and skipping any a send holds. */
    public List<UUID> lockUnsentBefore(Instant before, int limit) {
        return jdbc.sql("""
                SELECT id FROM photo WHERE status = 'UPLOADED' AND created_at < :before
                ORDER BY created_at LIMIT :limit FOR UPDATE SKIP LOCKED
                """)
                .param("before", Timestamp.from(before)).param("limit", limit)
                .query((rs, n) -> rs.getObject("id", UUID.class)).list();
    }

    public void delete(Collection<UUID> ids) {
        jdbc.sql("DELETE FROM photo WHERE id IN (:ids)").param("ids", ids).update();
    }

    private static StoredPhoto stored(ResultSet rs, int n) throws SQLException {
        return new StoredPhoto(rs.getObject("id", UUID.class), rs.getObject("uploader_id", UUID.class),
                rs.getString("sha256"), PhotoStatus.valueOf(rs.getString("status")), rs.getObject("message_id", UUID.class),
                rs.getObject("facility_id", UUID.class), rs.getObject("recipient_id", UUID.class));
    }
}
