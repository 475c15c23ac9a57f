package org.inkwell.photos;

import org.inkwell.platform.ApiException;

/** The stored variants of a photo: at most 2,048 px on the long side, and a thumbnail of at most 320. */
public enum PhotoSize {
    FULL, THUMB;

    /** The variant an address asks for with {@code ?size=full|thumb}; anything else is a 400 naming the field. */
    public static PhotoSize of(String size) {
        return switch (size) {
            case "full" -> FULL;
            case "thumb" -> THUMB;
            default -> throw ApiException.invalidField("photo.size-unknown", "size", "must be thumb or full");
        };
    }
}
