package org.inkwell.photos.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import com.sun.management.ThreadMXBean;
import org.inkwell.photos.TestImages;
import org.inkwell.platform.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The room a decode asks for, from the image's header, against what the decode, the scaling and the
 * encodings then allocate on the heap: never less (nothing runs out of memory), and not much more (so as
 * many uploads decode at once as the memory allows).
 */
class DecodingAsksForTheMemoryItUsesTest {

    private static final long MEGABYTE = 1024 * 1024;

    private final AskedFor memory = new AskedFor();
    private final Reencoder reencoder = new Reencoder(memory);

    @Test
    void aTwelveMegapixelPhoto() {
        byte[] upload = TestImages.jpeg(TestImages.scene(4000, 3000, 12), 0.93f);

        assertAskedForWhatItAllocates(upload);
    }

    @Test
    void aTwelveMegapixelPhotoToBeTurned() {
        byte[] upload = TestImages.withMetadata(TestImages.jpeg(TestImages.scene(4000, 3000, 6), 0.93f), 6, "turned");

        assertAskedForWhatItAllocates(upload);
    }

    @Test
    void aPng() {
        byte[] upload = TestImages.png(TestImages.scene(3000, 2000, 3));

        assertAskedForWhatItAllocates(upload);
    }

    @Test
    void twoTwelveMegapixelPhotosDecodeAtOnceBesideA512MegabyteHeapOnTwoCores() {
        reencoder.reencode(TestImages.jpeg(TestImages.scene(4000, 3000, 2), 0.93f));
        PhotoMemory twoCores = new PhotoMemory(Duration.ofMillis(50), 512 * MEGABYTE, 2);

        try (PhotoMemory.Lease first = twoCores.forDecoding(memory.asked);
                PhotoMemory.Lease second = twoCores.forDecoding(memory.asked)) {
            assertThatThrownBy(() -> twoCores.forDecoding(MEGABYTE)).isInstanceOfSatisfying(ApiException.class,
                    busy -> assertThat(busy.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        }
    }

    private void assertAskedForWhatItAllocates(byte[] upload) {
        reencoder.reencode(upload);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        reencoder.reencode(upload);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(memory.asked).as("asked for, against %,d bytes allocated", allocated)
                .isGreaterThanOrEqualTo(allocated).isLessThanOrEqualTo(allocated * 5 / 4);
    }

    /** All the room in the world, and a note of what was asked for. */
    private static final class AskedFor extends PhotoMemory {

        private long asked;

        AskedFor() {
            super(Duration.ofSeconds(1), 1024 * 1024 * MEGABYTE, 1);
        }

        @Override
        public Lease forDecoding(long bytes) {
            asked = bytes;
            return super.forDecoding(bytes);
        }
    }
}
