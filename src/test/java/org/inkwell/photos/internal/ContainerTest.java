package org.inkwell.photos.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.inkwell.photos.TestImages;
import org.junit.jupiter.api.Test;

/** What a file's structure says before decoding: progressive JPEGs cost more memory to decode. */
class ContainerTest {

    @Test
    void aProgressiveJpegIsToldFromABaselineOne() {
        byte[] baseline = TestImages.withMetadata(TestImages.jpeg(TestImages.scene(120, 80, 1), 0.8f), 1, "m");
        byte[] progressive = TestImages.progressiveJpeg(TestImages.scene(120, 80, 1));

        assertThat(Container.progressiveJpeg(baseline)).isFalse();
        assertThat(Container.progressiveJpeg(progressive)).isTrue();
        assertThat(TestImages.markers(progressive)).contains(0xffc2);
    }
}
