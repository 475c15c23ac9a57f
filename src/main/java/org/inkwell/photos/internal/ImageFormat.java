package org.inkwell.photos.internal;

import java.util.Locale;
import java.util.Optional;

/** The image formats families may upload, named by media type and recognised by their first bytes. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;
    private final String readerName;

    ImageFormat(String mediaType, String readerName) {
        this.mediaType = mediaType;
        this.readerName = readerName;
    }

    /** The format a {@code Content-Type} header names, parameters ignored; empty for anything else. */
    public static Optional<ImageFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.mediaType.equals(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * What the bytes are, whatever the client called them: the decoder is chosen from the content, so a
     * file that only claims to be an image never reaches any other of ImageIO's many readers.
     */
    static Optional<ImageFormat> of(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(data, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(data, 0, "RIFF".getBytes()) && startsWith(data, 8, "WEBP".getBytes())) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    String readerName() {
        return readerName;
    }

    static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
