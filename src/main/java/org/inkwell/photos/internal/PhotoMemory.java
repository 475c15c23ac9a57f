package org.inkwell.photos.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.inkwell.platform.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much of the heap uploads may hold at once, in megabytes: the bodies as they arrive, and the
 * pixels while they are decoded and scaled. Both are shares of the maximum heap, so eight parallel
 * 10 MB uploads fit in 512 MB with the rest of the service; a caller that finds no room waits a little,
 * then is told to come back (503 with {@code Retry-After}) rather than pushing the service out of memory.
 */
@Component
public class PhotoMemory {

    private static final long MEGABYTE = 1024 * 1024;
    static final String BUSY = "photo.busy";

    private final Pool bodies;
    private final Pool decoding;
    private final Duration wait;

    PhotoMemory(@Value("${inkwell.photos.memory-wait:PT15S}") Duration wait) {
        long heapMegabytes = Runtime.getRuntime().maxMemory() / MEGABYTE;
        this.bodies = new Pool((int) Math.max(24, heapMegabytes * 15 / 100));
        this.decoding = new Pool((int) Math.max(96, heapMegabytes * 35 / 100));
        this.wait = wait;
    }

    /** Room for an upload's body of up to this many bytes. */
    public Lease forBody(long bytes) {
        return bodies.take(bytes);
    }

    /** Room for decoding and scaling an image, as estimated from its header. */
    public Lease forDecoding(long bytes) {
        return decoding.take(bytes);
    }

    /** Room held until closed. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    private final class Pool {

        private final Semaphore megabytes;
        private final int size;

        Pool(int size) {
            this.size = size;
            this.megabytes = new Semaphore(size, true);
        }

        /** Asks for no more than the whole pool, so one large image still runs, alone. */
        Lease take(long bytes) {
            int wanted = (int) Math.min(size, Math.max(1, bytes / MEGABYTE + (bytes % MEGABYTE == 0 ? 0 : 1)));
            try {
                if (!megabytes.tryAcquire(wanted, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            }
            return () -> megabytes.release(wanted);
        }

        private ApiException busy() {
            return ApiException.unavailable(BUSY, "Many photos are being uploaded right now; try again in a few seconds.",
                    Duration.ofSeconds(5));
        }
    }
}
