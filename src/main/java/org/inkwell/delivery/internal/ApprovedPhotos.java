package org.inkwell.delivery.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.inkwell.photos.MessagePhoto;
import org.inkwell.photos.PhotoStatus;
import org.inkwell.photos.Photos;
import org.springframework.stereotype.Component;

/** The photos that reach the person a message was sent to: the approved ones, in the order the family put them. */
@Component
public class ApprovedPhotos {

    private final Photos photos;

    ApprovedPhotos(Photos photos) {
        this.photos = photos;
    }

    /** By message; a message without approved photos is not in the map. */
    public Map<UUID, List<UUID>> byMessage(Collection<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<UUID>> approved = new HashMap<>();
        photos.onMessages(messageIds).forEach((message, all) -> {
            List<UUID> ids = all.stream().filter(p -> p.status() == PhotoStatus.APPROVED).map(MessagePhoto::id).toList();
            if (!ids.isEmpty()) {
                approved.put(message, ids);
            }
        });
        return approved;
    }
}
