package org.inkwell.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The photo scenario of {@code bench/run} (issue 14): families upload a camera-sized JPEG, and the service
 * decodes it, scales it to 2,048 px, encodes it again with a thumbnail and stores both.
 * <ul>
 * <li>{@code sample <file>}: writes the upload once (kept for later runs): 4,000 × 3,000 pixels of a
 * picture with grain, encoded at the JPEG quality that lands within 5 % of 4 MiB, as a 12-megapixel phone
 * photo is.</li>
 * <li>{@code uploads <url> <dir> <file> <uploaders> <seconds> <minimum>}: {@code uploaders} families upload
 * it one after another, each waiting for its answer (a closed model), for {@code seconds} and at least
 * {@code minimum} uploads in all, after one upload each that is not counted. Files
 * {@code photos-window-started} in {@code dir} when the counted window begins, so the harness can start
 * the send load beside it. The families are those of {@code send-families.csv}, taken in turn, so no
 * one account holds more than a few unsent photos.</li>
 * </ul>
 * Prints {@code key=value} lines and writes them as JSON to {@code <dir>/photos-<uploaders>.json}.
 */
public final class PhotoLoad {

    static final int WIDTH = 4_000;
    static final int HEIGHT = 3_000;
    static final long TARGET_BYTES = 4L * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Histogram latency = new ConcurrentHistogram(3);
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong nextFamily = new AtomicLong();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("sample")) {
            sample(Path.of(args[1]));
            return;
        }
        if (!args[0].equals("uploads")) {
            throw new IllegalArgumentException("sample or uploads, not " + args[0]);
        }
        Path dir = Path.of(args[2]);
        int uploaders = Integer.parseInt(args[4]);
        Map<String, Object> results = new PhotoLoad().uploads(args[1], dir, Files.readAllBytes(Path.of(args[3])), uploaders,
                Integer.parseInt(args[5]), Integer.parseInt(args[6]));
        StringBuilder json = new StringBuilder("{");
        results.forEach((k, v) -> {
            System.out.println(k + "=" + v);
            json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v);
        });
        Files.writeString(dir.resolve("photos-" + uploaders + ".json"), json.append("}\n"));
        System.exit(0);
    }

    private Map<String, Object> uploads(String url, Path dir, byte[] jpeg, int uploaders, int seconds, int minimum)
            throws Exception {
        List<String> tokens = Files.readAllLines(dir.resolve("send-families.csv")).stream().map(line -> line.split(",")[0]).toList();
        List<Thread> warmUps = new ArrayList<>();
        for (int i = 0; i < uploaders; i++) {
            warmUps.add(started(() -> upload(url, tokens, jpeg, false)));
        }
        for (Thread warmUp : warmUps) {
            warmUp.join();
        }
        Files.writeString(dir.resolve("photos-window-started"), Instant.now().toString());
        long start = System.nanoTime();
        long until = start + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong started = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < uploaders; i++) {
            threads.add(started(() -> {
                while (System.nanoTime() < until || started.get() < minimum) {
                    started.incrementAndGet();
                    upload(url, tokens, jpeg, true);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long stored = count(201);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("upload_bytes", jpeg.length);
        results.put("uploaders", uploaders);
        results.put("uploads", latency.getTotalCount());
        results.put("stored", stored);
        results.put("refused", latency.getTotalCount() - stored);
        statuses.forEach((status, n) -> {
            if (status != 201) {
                results.put("status_" + status, n.get());
            }
        });
        results.put("seconds", String.format(Locale.ROOT, "%.1f", elapsed));
        results.put("photos_per_s", String.format(Locale.ROOT, "%.2f", stored / elapsed));
        results.put("upload_p50_ms", ms(latency.getValueAtPercentile(50)));
        results.put("upload_p95_ms", ms(latency.getValueAtPercentile(95)));
        results.put("upload_p99_ms", ms(latency.getValueAtPercentile(99)));
        results.put("upload_max_ms", ms(latency.getMaxValue()));
        return results;
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    /** One upload by the next family; a failure to connect counts as status 0. */
    private void upload(String url, List<String> tokens, byte[] jpeg, boolean counted) {
        String token = tokens.get((int) (nextFamily.getAndIncrement() % tokens.size()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/photos")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg)).build();
        long begun = System.nanoTime();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (counted) {
            latency.recordValue((System.nanoTime() - begun) / 1_000);
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        } else if (status != 201) {
            System.err.println("a warm-up upload answered " + status);
        }
    }

    private long count(int status) {
        AtomicLong n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    private static double ms(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }

    /**
     * Sky, ground and a few lit shapes under a camera's grain: smooth areas a JPEG encoder compresses well
     * and noise it cannot, so that, like a phone photo, it takes about 4 MiB at a high quality. The quality
     * is found by halving the interval; the same picture is written on every machine.
     */
    private static void sample(Path file) throws IOException {
        if (Files.exists(file)) {
            System.out.println("sample_bytes=" + Files.size(file));
            return;
        }
        BufferedImage picture = picture();
        float low = 0.05f;
        float high = 1.0f;
        byte[] best = null;
        float quality = 0;
        for (int i = 0; i < 12; i++) {
            quality = (low + high) / 2;
            byte[] jpeg = jpeg(picture, quality);
            if (best == null || Math.abs(jpeg.length - TARGET_BYTES) < Math.abs(best.length - TARGET_BYTES)) {
                best = jpeg;
            }
            if (Math.abs(jpeg.length - TARGET_BYTES) <= TARGET_BYTES / 20) {
                break;
            }
            if (jpeg.length > TARGET_BYTES) {
                high = quality;
            } else {
                low = quality;
            }
        }
        if (Math.abs(best.length - TARGET_BYTES) > TARGET_BYTES / 20) {
            throw new IllegalStateException("no JPEG quality gives about 4 MiB; the closest is " + best.length + " bytes");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path written = Files.write(Path.of(file + ".tmp"), best);
        Files.move(written, file);
        System.out.printf(Locale.ROOT, "sample_bytes=%d sample_quality=%.3f%n", best.length, quality);
    }

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(70, 120, 200), 0, HEIGHT * 0.6f, new Color(200, 220, 240)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setPaint(new GradientPaint(0, HEIGHT * 0.6f, new Color(60, 110, 50), WIDTH, HEIGHT, new Color(140, 120, 70)));
        g.fillRect(0, (int) (HEIGHT * 0.6), WIDTH, HEIGHT);
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 40; i++) {
            int x = random.nextInt(WIDTH);
            int y = random.nextInt(HEIGHT);
            int size = 100 + random.nextInt(700);
            g.setPaint(new GradientPaint(x, y, new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)),
                    x + size, y + size, new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256))));
            if (i % 2 == 0) {
                g.fillOval(x, y, size, size * 3 / 4);
            } else {
                g.fillRect(x, y, size / 2, size);
            }
        }
        g.dispose();
        int[] row = new int[WIDTH];
        for (int y = 0; y < HEIGHT; y++) {
            image.getRGB(0, y, WIDTH, 1, row, 0, WIDTH);
            for (int x = 0; x < WIDTH; x++) {
                int grain = (int) Math.round(nextGaussian(random) * 6);
                int rgb = row[x];
                row[x] = clamp((rgb >> 16 & 0xff) + grain) << 16 | clamp((rgb >> 8 & 0xff) + grain) << 8 | clamp((rgb & 0xff) + grain);
            }
            image.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
        }
        return image;
    }

    private static double nextGaussian(SplittableRandom random) {
        // The sum of four uniforms is near enough a normal distribution for grain, and fast.
        return (random.nextDouble() + random.nextDouble() + random.nextDouble() + random.nextDouble() - 2) * Math.sqrt(3);
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * 1024 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
