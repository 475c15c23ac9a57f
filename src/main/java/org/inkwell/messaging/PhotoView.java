package org.inkwell.messaging;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.inkwell.photos.MessagePhoto;
import org.inkwell.photos.PhotoStatus;

/**
 * A photo on a message as the API shows it (docs/api.md, "Photos"): the same shape in threads, single
 * messages, the inbox and the review claim. {@code rejection} only on a rejected photo, which only its sender
 * sees; {@code similarToRejected} only for reviewers (null, and left out, for everyone else).
 */
@Schema(description = "A photo on the message; fetch it from GET /api/v1/photos/{id} (?size=thumb for the thumbnail). "
        + "The person inside sees only approved photos; a rejected photo carries the reason its sender is told.")
public record PhotoView(UUID id, PhotoStatus status, int width, int height,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Rejection rejection,
                        @JsonInclude(JsonInclude.Include.NON_NULL)
                        @Schema(description = "Review claim only: the photo looks like one rejected at this facility within a year.")
                        Boolean similarToRejected) {

    public record Rejection(String reasonCode, String explanation) {
    }

    /** The photo as its sender or recipient sees it. */
    public static PhotoView of(MessagePhoto photo) {
        Rejection rejection = null;
        if (photo.status() == PhotoStatus.REJECTED && photo.reasonCode() != null) {
            RejectionReason reason = RejectionReason.valueOf(photo.reasonCode());
            rejection = new Rejection(reason.name(), reason.explanation());
        }
        return new PhotoView(photo.id(), photo.status(), photo.width(), photo.height(), rejection, null);
    }

    /** The photo as a reviewer sees it, with the mark for photos like ones rejected before. */
    public static PhotoView forReviewer(MessagePhoto photo) {
        PhotoView seen = of(photo);
        return new PhotoView(seen.id(), seen.status(), seen.width(), seen.height(), seen.rejection(),
                photo.similarToRejected());
    }

    public static List<PhotoView> of(List<MessagePhoto> photos) {
        return photos == null ? List.of() : photos.stream().map(PhotoView::of).toList();
    }
}
