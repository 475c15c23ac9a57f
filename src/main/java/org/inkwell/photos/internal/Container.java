package org.inkwell.photos.internal;

import java.nio.charset.StandardCharsets;

/**
 * What the file's own structure says before any pixel is decoded: whether it ends where it says it
 * does, and whether it holds an animation. ImageIO's readers would quietly show the first frame of an
 * animated PNG (the JDK ignores APNG's chunks) and a WebP reader may do the same.
 */
enum Container {
    COMPLETE, TRUNCATED, ANIMATED;

    static Container of(ImageFormat format, byte[] data) {
        return switch (format) {
            case PNG -> png(data);
            case WEBP -> webp(data);
            // A JPEG has no length or frame count of its own; its decoder reports a missing end.
            case JPEG -> COMPLETE;
        };
    }

    /**
     * Whether a JPEG's frame is progressive (SOF2, SOF6, SOF10, SOF14): its decoder keeps every
     * coefficient of the whole image at once, outside the Java heap, however few pixels are asked for.
     */
    static boolean progressiveJpeg(byte[] data) {
        int at = 2;
        while (at + 4 <= data.length && (data[at] & 0xff) == 0xff) {
            int marker = data[at + 1] & 0xff;
            if (marker == 0xc2 || marker == 0xc6 || marker == 0xca || marker == 0xce) {
                return true;
            }
            if (marker == 0xda || (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc)) {
                return false;
            }
            at += 2 + (((data[at + 2] & 0xff) << 8) | (data[at + 3] & 0xff));
        }
        return false;
    }

    /** Walks the chunks: an {@code acTL} before the image data makes it an APNG; no {@code IEND}, cut short. */
    private static Container png(byte[] data) {
        int at = 8;
        while (at + 8 <= data.length) {
            long length = uint32BigEndian(data, at);
            String type = new String(data, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("acTL")) {
                return ANIMATED;
            }
            if (type.equals("IEND")) {
                return COMPLETE;
            }
            long next = at + 12L + length;
            if (next > data.length) {
                return TRUNCATED;
            }
            at = (int) next;
        }
        return TRUNCATED;
    }

    /** The RIFF header's length against what arrived; the extended header's animation flag or any frame chunk. */
    private static Container webp(byte[] data) {
        if (data.length < 12 || 8 + uint32LittleEndian(data, 4) > data.length) {
            return TRUNCATED;
        }
        int at = 12;
        while (at + 8 <= data.length) {
            String type = new String(data, at, 4, StandardCharsets.ISO_8859_1);
            long length = uint32LittleEndian(data, at + 4);
            if (type.equals("VP8X") && at + 8 < data.length && (data[at + 8] & 0x02) != 0) {
                return ANIMATED;
            }
            if (type.equals("ANIM") || type.equals("ANMF")) {
                return ANIMATED;
            }
            long next = at + 8 + length + (length & 1);
            if (next > data.length) {
                return TRUNCATED;
            }
            at = (int) next;
        }
        return COMPLETE;
    }

    private static long uint32BigEndian(byte[] data, int at) {
        return ((data[at] & 0xffL) << 24) | ((data[at + 1] & 0xffL) << 16) | ((data[at + 2] & 0xffL) << 8) | (data[at + 3] & 0xffL);
    }

    private static long uint32LittleEndian(byte[] data, int at) {
        return ((data[at + 3] & 0xffL) << 24) | ((data[at + 2] & 0xffL) << 16) | ((data[at + 1] & 0xffL) << 8) | (data[at] & 0xffL);
    }
}
