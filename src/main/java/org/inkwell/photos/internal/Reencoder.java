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
    /** Headers, metadata, one row of samples at a time and the hash: well under this. */
    private static final long MARGIN_BYTES = 2L * 1024 * 1024;
    /** The scaled, turned and thumbnail images are {@code TYPE_3BYTE_BGR}, which the JPEG writer takes as it is. */
    private static final long RGB_BYTES_PER_PIXEL = 3;
    private static final long UNKNOWN_BYTES_PER_PIXEL = 4;
    /** The thumbnail's pixels and its encoding. */
    private static final long THUMBNAIL_BYTES = 2L * THUMBNAIL_SIDE * THUMBNAIL_SIDE * RGB_BYTES_PER_PIXEL;
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
            int orientation = format == ImageFormat.JPEG ? Orientation.of(upload) : Orientation.UPRIGHT;
            long cost = decodingCost(format, reader, width, height, step, orientation)
                    + (format == ImageFormat.JPEG && Container.progressiveJpeg(upload) ? PROGRESSIVE_BYTES_PER_PIXEL * width * height : 0);
            try (PhotoMemory.Lease room = memory.forDecoding(cost)) {
                BufferedImage upright = Orientation.apply(Downscaling.fit(decode(format, reader, step), MAX_SIDE), orientation);
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
     * Bytes the decode and what follows it allocate on the heap, from the header alone: the decoded pixels
     * at the reader's own bytes a pixel (3 for an ordinary JPEG), plus the raw samples when the reader
     * converts colours; then the RGB copies at the stored size (the scaled image, a turned one, the
     * thumbnail's halvings, the two encodings). {@code DecodingAsksForTheMemoryItUsesTest} holds it to what
     * is measured. A lossless WebP is decoded whole before it is subsampled;
     * JPEG and PNG readers keep only the rows and columns asked for.
     */
    private static long decodingCost(ImageFormat format, ImageReader reader, int width, int height, int step, int orientation) {
        long decodedWidth = (width + step - 1) / step;
        long decodedHeight = (height + step - 1) / step;
        // Measured: the readers allocate the decoded pixels twice over (a raster of their own, then the image).
        long decoded = 2 * decodedWidth * decodedHeight;
        long bytesPerPixel;
        try {
            long raw = bytesPerPixel(reader.getRawImageType(0));
            long destination = bytesPerPixel(reader.getImageTypes(0).next());
            bytesPerPixel = convertsColours(reader.getRawImageType(0)) ? raw + destination : destination;
        } catch (IOException | RuntimeException unknown) {
            // The decode that follows reports what is wrong with the file; assume converted 4-byte pixels here.
            bytesPerPixel = 2 * UNKNOWN_BYTES_PER_PIXEL;
        }
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(decodedWidth, decodedHeight));
        long stored = Math.max(1, Math.round(decodedWidth * scale)) * Math.max(1, Math.round(decodedHeight * scale));
        long scaled = stored * RGB_BYTES_PER_PIXEL;
        long turned = orientation == Orientation.UPRIGHT ? 0 : scaled;
        // The thumbnail halves the stored image (a quarter, a sixteenth, …) before its last step.
        long halvings = scaled * 5 / 16;
        // The JPEG writer's copy of the pixels, then the JPEG as it is written, cached and copied out.
        long encoded = scaled + stored;
        long cost = decoded * bytesPerPixel + scaled + turned + halvings + encoded + THUMBNAIL_BYTES + MARGIN_BYTES;
        return format == ImageFormat.WEBP ? cost + (long) width * height * 4 : cost;
    }

    private static long bytesPerPixel(ImageTypeSpecifier type) {
        return type == null ? UNKNOWN_BYTES_PER_PIXEL : (type.getColorModel().getPixelSize() + 7) / 8;
    }

    /**
     * Whether the reader may decode raw samples into a raster of their own and convert them into a second
     * one: anything but plain sRGB (the JPEG reader does so for CMYK, YCCK and any embedded profile, grey
     * ones included; for grey that costs one byte a pixel more than it may need).
     */
    private static boolean convertsColours(ImageTypeSpecifier raw) {
        return raw == null || !raw.getColorModel().getColorSpace().isCS_sRGB();
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
