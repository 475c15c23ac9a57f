package org.inkwell.photos.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.inkwell.platform.ApiException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much memory uploads may hold at once, in megabytes: the bodies as they arrive, and the pixels
 * while they are decoded and scaled. Both are shares of the maximum heap (15 % and 40 %), so eight parallel
 * 10 MB uploads, and two 12-megapixel decodes, fit in 512 MB with the rest of the service. Decodes also wait for one of as many decoders as there are
 * cores: a decode is all CPU, so more at once would only hold more memory for longer. A caller that finds
 * no room waits a little, then is told to come back (503 with {@code Retry-After}) rather than pushing the
 * service out of memory.
 */
@Component
public class PhotoMemory {

    private static final long MEGABYTE = 1024 * 1024;
    static final String BUSY = "photo.busy";

    private final Pool bodies;
    private final Pool decoding;
    private final Semaphore decoders;
    private final Duration wait;

    @Autowired
    PhotoMemory(@Value("${inkwell.photos.memory-wait:PT15S}") Duration wait) {
        this(wait, Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
    }

    PhotoMemory(Duration wait, long maxHeapBytes, int cores) {
        long heapMegabytes = maxHeapBytes / MEGABYTE;
        this.bodies = new Pool((int) Math.max(24, heapMegabytes * 15 / 100));
        this.decoding = new Pool((int) Math.max(96, heapMegabytes * 40 / 100));
        this.decoders = new Semaphore(Math.max(1, cores), true);
        this.wait = wait;
    }

    /** Room for an upload's body of up to this many bytes. */
    public Lease forBody(long bytes) {
        return bodies.take(bytes, System.nanoTime() + wait.toNanos());
    }

    /** A decoder, and room for decoding and scaling an image, as estimated from its header. */
    public Lease forDecoding(long bytes) {
        long deadline = System.nanoTime() + wait.toNanos();
        acquire(decoders, 1, deadline);
        try {
            Lease room = decoding.take(bytes, deadline);
            return () -> {
                room.close();
                decoders.release();
            };
        } catch (RuntimeException busy) {
            decoders.release();
            throw busy;
        }
    }

    /** Room held until closed. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    private static void acquire(Semaphore semaphore, int permits, long deadline) {
        try {
            if (!semaphore.tryAcquire(permits, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private static ApiException busy() {
        return ApiException.unavailable(BUSY, "Many photos are being uploaded right now; try again in a few seconds.",
                Duration.ofSeconds(5));
    }

    private static final class Pool {

        private final Semaphore megabytes;
        private final int size;

        Pool(int size) {
            this.size = size;
            this.megabytes = new Semaphore(size, true);
        }

        /** Asks for no more than the whole pool, so one large image still runs, alone. */
        Lease take(long bytes, long deadline) {
            int wanted = (int) Math.min(size, Math.max(1, bytes / MEGABYTE + (bytes % MEGABYTE == 0 ? 0 : 1)));
            acquire(megabytes, wanted, deadline);
            return () -> megabytes.release(wanted);
        }
    }
}
