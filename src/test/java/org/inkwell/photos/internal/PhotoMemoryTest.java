package org.inkwell.photos.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.inkwell.platform.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Decoding waits for a decoder and for room in its share of the heap, then gives up with 503 rather than
 * running out of memory.
 */
class PhotoMemoryTest {

    private final PhotoMemory memory = new PhotoMemory(Duration.ofMillis(50));

    @Test
    void anImageLargerThanTheWholeShareStillRunsAlone() {
        try (PhotoMemory.Lease whole = memory.forDecoding(Long.MAX_VALUE)) {
            assertThatThrownBy(() -> memory.forDecoding(1))
                    .isInstanceOfSatisfying(ApiException.class, busy -> {
                        assertThat(busy.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                        assertThat(busy.code()).isEqualTo("photo.busy");
                        assertThat(busy.retryAfter()).isPositive();
                    });
        }

        try (PhotoMemory.Lease after = memory.forDecoding(1)) {
            assertThat(after).isNotNull();
        }
    }

    @Test
    void noMoreDecodesAtOnceThanThereAreCores() {
        PhotoMemory twoCores = new PhotoMemory(Duration.ofMillis(50), 512L * 1024 * 1024, 2);
        PhotoMemory.Lease first = twoCores.forDecoding(1);
        try (PhotoMemory.Lease second = twoCores.forDecoding(1)) {
            assertThatThrownBy(() -> twoCores.forDecoding(1)).isInstanceOfSatisfying(ApiException.class,
                    busy -> assertThat(busy.code()).isEqualTo("photo.busy"));
        }
        first.close();

        try (PhotoMemory.Lease third = twoCores.forDecoding(1); PhotoMemory.Lease fourth = twoCores.forDecoding(1)) {
            assertThat(fourth).isNotNull();
        }
    }

    @Test
    void bodiesHaveAShareOfTheirOwn() {
        try (PhotoMemory.Lease decoding = memory.forDecoding(Long.MAX_VALUE);
                PhotoMemory.Lease body = memory.forBody(10L * 1024 * 1024)) {
            assertThat(body).isNotNull();
        }
    }
}
