package org.inkwell.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Images made on the spot for photo tests, and the few hand-made files ImageIO cannot write. */
public final class TestImages {

    /** A 1 × 1 lossy WebP (from Google's WebP feature-detection samples). */
    public static final byte[] WEBP_LOSSY = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    /** A 1 × 1 lossless WebP with transparency (same source). */
    public static final byte[] WEBP_LOSSLESS = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    /** An animated WebP (same source): its extended header says animation, and it has ANIM and ANMF chunks. */
    public static final byte[] WEBP_ANIMATED = Base64.getDecoder().decode(
            "UklGRlIAAABXRUJQVlA4WAoAAAASAAAAAAAAAAAAQU5JTQYAAAD/////AABBTk1GJgAAAAAAAAAAAAAAAAAAAGQAAABWUDhMDQAAAC8AAAAQBxAREYiI/gcA");

    private TestImages() {
    }

    /** Left half one colour, right half another. */
    public static BufferedImage halves(int width, int height, Color left, Color right) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(right);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /**
     * Something like a photo: soft patches of colour (a small random grid blown up smoothly) with a few
     * shapes on it, different for every seed.
     */
    public static BufferedImage scene(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage grid = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < grid.getHeight(); y++) {
            for (int x = 0; x < grid.getWidth(); x++) {
                grid.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.drawImage(grid, 0, 0, width, height, null);
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(random.nextInt(0x1000000)));
            int size = width / 8 + random.nextInt(width / 4);
            g.fillOval(random.nextInt(width), random.nextInt(height), size, size);
        }
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A progressive JPEG, as many web tools save them. */
    public static byte[] progressiveJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static BufferedImage read(byte[] image) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JPEG with what a phone adds, each carrying {@code marker}: EXIF (orientation and a description),
     * XMP, an ICC colour profile and a comment, right after its JFIF header.
     */
    public static byte[] withMetadata(byte[] jpeg, int orientation, String marker) {
        int afterApp0 = 2 + 2 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterApp0);
        segment(out, 0xe1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), exif(orientation, marker)));
        segment(out, 0xe1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:description=\"" + marker
                + "\"/></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        segment(out, 0xe2, concat("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1, 1}, profile));
        segment(out, 0xfe, ("comment " + marker).getBytes(StandardCharsets.US_ASCII));
        out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        return out.toByteArray();
    }

    /** A big-endian TIFF block with IFD0 holding ImageDescription and Orientation. */
    private static byte[] exif(int orientation, String description) {
        byte[] text = (description + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(38 + text.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010e).putShort((short) 2).putInt(text.length).putInt(38);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(text);
        return tiff.array();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xff);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xff);
        out.write(payload, 0, payload.length);
    }

    /**
     * A decompression bomb in a few dozen bytes: a PNG whose header claims {@code width × height}
     * pixels, with one row of data behind it.
     */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x89);
        out.writeBytes("PNG\r\n\u001a\n".getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1 + width * 3]);
        deflater.finish();
        byte[] compressed = new byte[width * 3 + 64];
        int length = deflater.deflate(compressed);
        chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** An animated PNG as far as its header goes: an {@code acTL} chunk announcing two frames after IHDR. */
    public static byte[] animatedPng(BufferedImage frame) {
        byte[] png = png(frame);
        int afterHeader = 8 + 8 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        chunk(out, "acTL", ByteBuffer.allocate(8).putInt(2).putInt(0).array());
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The markers of a JPEG's segments from SOI up to and including its first SOS (0xFFDA). */
    public static java.util.List<Integer> markers(byte[] jpeg) {
        java.util.List<Integer> markers = new java.util.ArrayList<>();
        markers.add(((jpeg[0] & 0xff) << 8) | (jpeg[1] & 0xff));
        int at = 2;
        while (at + 4 <= jpeg.length) {
            int marker = ((jpeg[at] & 0xff) << 8) | (jpeg[at + 1] & 0xff);
            markers.add(marker);
            if (marker == 0xffda) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
        }
        return markers;
    }
}
