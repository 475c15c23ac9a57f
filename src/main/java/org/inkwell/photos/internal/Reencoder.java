package org.inkwell.photos.internal;

import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import org.inkwell.platform.ApiException;
import org.springframework.stereotype.Component;

/**
 * From an uploaded file to the JPEG the service keeps: recognise the format by its bytes, check its
 * structure, read only the header to refuse a decompression bomb before any pixel is decoded, decode
 * (skipping rows and columns of a very large image, so it never exists at full size in memory), turn it
 * upright, scale it to at most 2,048 px, encode a new JPEG and a thumbnail, and hash it.
 */
@Component
public class Reencoder {

    public static final String NOT_AN_IMAGE = "photo.not-an-image";
    public static final String TRUNCATED = "photo.truncated";
    public static final String CORRUPT = "photo.corrupt";
    public static final String ANIMATED = "photo.animated";
    public static final String TOO_MANY_PIXELS = "photo.too-many-pixels";

    static final int MAX_SIDE = 2048;
    static final int THUMBNAIL_SIDE = 320;
    static final long MAX_PIXELS = 40_000_000L;
    private static final float QUALITY = 0.85f;
    private static final float THUMBNAIL_QUALITY = 0.8f;
    private static final long MARGIN_BYTES = 8L * 1024 * 1024;
    /** A progressive JPEG's coefficients: two bytes per sample, up to three samples per pixel. */
    private static final long PROGRESSIVE_BYTES_PER_PIXEL = 6;

    private final PhotoMemory memory;

    Reencoder(PhotoMemory memory) {
        this.memory = memory;
        // ImageIO registers readers found by the class loader of the thread that first uses it; a
        // packaged service's request threads may not see the TwelveMonkeys jars that way.
        ImageIO.scanForPlugins();
        for (ImageFormat format : ImageFormat.values()) {
            if (!ImageIO.getImageReadersByFormatName(format.readerName()).hasNext()) {
                throw new IllegalStateException("no ImageIO reader for " + format);
            }
        }
    }

    public ProcessedPhoto reencode(byte[] upload) {
        ImageFormat format = ImageFormat.of(upload).orElseThrow(() -> ApiException.badRequest(NOT_AN_IMAGE,
                "This is not a JPEG, PNG or WebP image."));
        switch (Container.of(format, upload)) {
            case TRUNCATED -> throw truncated();
            case ANIMATED -> throw ApiException.badRequest(ANIMATED, "Animated images are not accepted; send a still photo.");
            case COMPLETE -> {
            }
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName(format.readerName()).next();
        try (ImageInputStream in = new ByteArrayImageInputStream(upload)) {
            reader.setInput(in, true, false);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException unreadable) {
                throw unreadable(format, unreadable);
            }
            if (width <= 0 || height <= 0) {
                throw corrupt();
            }
            if ((long) width * height > MAX_PIXELS) {
                throw ApiException.badRequest(TOO_MANY_PIXELS, "The image has more than 40 megapixels ("
                        + width + " × " + height + ").");
            }
            int step = Math.max(1, Math.max(width, height) / MAX_SIDE);
            long cost = decodingCost(format, reader, width, height, step)
                    + (format == ImageFormat.JPEG && Container.progressiveJpeg(upload) ? PROGRESSIVE_BYTES_PER_PIXEL * width * height : 0);
            try (PhotoMemory.Lease room = memory.forDecoding(cost)) {
                BufferedImage decoded = decode(format, reader, step);
                int orientation = format == ImageFormat.JPEG ? Orientation.of(upload) : Orientation.UPRIGHT;
                BufferedImage upright = Orientation.apply(Downscaling.fit(decoded, MAX_SIDE), orientation);
                BufferedImage thumbnail = Downscaling.fit(upright, THUMBNAIL_SIDE);
                return new ProcessedPhoto(JpegEncoding.encode(upright, QUALITY),
                        JpegEncoding.encode(thumbnail, THUMBNAIL_QUALITY), upright.getWidth(), upright.getHeight(),
                        DifferenceHash.of(thumbnail));
            }
        } catch (IOException closing) {
            throw unreadable(format, closing);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Every warning counts: a JPEG decoder that meets a missing end or a bad code fills the rest with
     * grey and only warns, and a half-grey photo is no photo.
     */
    private static BufferedImage decode(ImageFormat format, ImageReader reader, int step) {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage decoded;
        try {
            decoded = reader.read(0, param);
        } catch (IOException | RuntimeException unreadable) {
            throw unreadable(format, unreadable);
        }
        boolean cutShort = warnings.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .anyMatch(w -> w.contains("eoi") || w.contains("premature end of jpeg file"));
        if (cutShort) {
            throw truncated();
        }
        // Extra bytes between segments are common in cameras' files and change no pixel.
        if (warnings.stream().anyMatch(w -> !w.toLowerCase(Locale.ROOT).contains("extraneous bytes"))) {
            throw corrupt();
        }
        return decoded;
    }

    /**
     * Bytes the decoded pixels and their scaled copies need, from the header alone. A lossless WebP is
     * decoded whole before it is subsampled; JPEG and PNG readers keep only the rows and columns asked for.
     */
    private static long decodingCost(ImageFormat format, ImageReader reader, int width, int height, int step) {
        long decoded = (long) ((width + step - 1) / step) * ((height + step - 1) / step);
        long bytesPerPixel = 4;
        try {
            ImageTypeSpecifier raw = reader.getRawImageType(0);
            if (raw != null) {
                bytesPerPixel = Math.max(4, (raw.getColorModel().getPixelSize() + 7) / 8);
            }
        } catch (IOException | RuntimeException unknown) {
            // The decode that follows reports what is wrong with the file; assume ordinary pixels here.
        }
        long scaled = Math.min(decoded, (long) MAX_SIDE * MAX_SIDE);
        long cost = decoded * (bytesPerPixel + 2) + scaled * 4 * 2 + MARGIN_BYTES;
        return format == ImageFormat.WEBP ? cost + (long) width * height * 4 : cost;
    }

    /**
     * The decoder ran out of data: a cut-off JPEG. A PNG or WebP whose structure was whole before decoding
     * but whose compressed data ends early is damaged inside.
     */
    private static ApiException unreadable(ImageFormat format, Exception cause) {
        for (Throwable t = cause; format == ImageFormat.JPEG && t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return truncated();
            }
        }
        return corrupt();
    }

    private static ApiException truncated() {
        return ApiException.badRequest(TRUNCATED, "The image is cut short: only part of the file arrived.");
    }

    private static ApiException corrupt() {
        return ApiException.badRequest(CORRUPT, "The image is damaged and cannot be read.");
    }
}
