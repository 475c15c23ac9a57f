package org.inkwell.photos.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;

/**
 * The EXIF orientation a camera records instead of turning the pixels: the stored JPEG carries no
 * metadata, so the turn is applied to the pixels themselves.
 */
final class Orientation {

    static final int UPRIGHT = 1;

    private Orientation() {
    }

    /** The orientation tag (1 to 8) of a JPEG's EXIF; upright when there is none or it cannot be read. */
    static int of(byte[] jpeg) {
        try (ImageInputStream in = new ByteArrayImageInputStream(jpeg)) {
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            for (JPEGSegment segment : segments) {
                try (InputStream data = segment.data()) {
                    // "Exif" and its terminating NUL are the identifier; one more NUL pads it to the TIFF header.
                    if (data.read() != 0) {
                        continue;
                    }
                    Directory exif = new TIFFReader().read(new ByteArrayImageInputStream(data.readAllBytes()));
                    Entry tag = exif.getEntryById(TIFF.TAG_ORIENTATION);
                    if (tag != null && tag.getValue() instanceof Number value && value.intValue() >= 1 && value.intValue() <= 8) {
                        return value.intValue();
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // A broken EXIF block says nothing reliable about orientation; the pixels are shown as they are.
        }
        return UPRIGHT;
    }

    /** The image as it is meant to be seen. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation == UPRIGHT) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> throw new IllegalArgumentException("orientation " + orientation);
        };
        BufferedImage upright = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = upright.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return upright;
    }
}
