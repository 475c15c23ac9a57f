package org.inkwell.photos.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.inkwell.photos.TestImages;
import org.junit.jupiter.api.Test;

/** The dHash against known pairs: the same picture re-encoded or resized, and different pictures. */
class DifferenceHashTest {

    @Test
    void theHammingDistanceCountsDifferingBits() {
        assertThat(DifferenceHash.distance(0L, 0L)).isZero();
        assertThat(DifferenceHash.distance(0L, -1L)).isEqualTo(64);
        assertThat(DifferenceHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
        assertThat(DifferenceHash.distance(Long.MIN_VALUE, 0L)).isEqualTo(1);
        assertThat(DifferenceHash.distance(0x00ff00ff00ff00ffL, 0xff00ff00ff00ff00L)).isEqualTo(64);
    }

    @Test
    void theSamePictureReencodedAndScaledStaysWithinSixBits() {
        for (long seed = 1; seed <= 3; seed++) {
            BufferedImage original = TestImages.scene(900, 600, seed);
            BufferedImage smallLowQuality = TestImages.read(TestImages.jpeg(Downscaling.fit(original, 400), 0.4f));
            BufferedImage thumbnail = Downscaling.fit(TestImages.read(TestImages.jpeg(original, 0.9f)), 320);

            long hash = DifferenceHash.of(original);
            assertThat(DifferenceHash.distance(hash, DifferenceHash.of(smallLowQuality))).as("seed %d", seed).isLessThanOrEqualTo(6);
            assertThat(DifferenceHash.distance(hash, DifferenceHash.of(thumbnail))).as("seed %d", seed).isLessThanOrEqualTo(6);
        }
    }

    @Test
    void differentPicturesAreFarApart() {
        for (long seed = 1; seed <= 5; seed++) {
            long one = DifferenceHash.of(TestImages.scene(300, 200, seed));
            long other = DifferenceHash.of(TestImages.scene(300, 200, seed + 100));

            assertThat(DifferenceHash.distance(one, other)).as("seed %d", seed).isGreaterThan(16);
        }
    }

    @Test
    void aMirroredPictureIsNotTheSame() {
        BufferedImage picture = TestImages.scene(300, 200, 7);

        assertThat(DifferenceHash.distance(DifferenceHash.of(picture), DifferenceHash.of(Orientation.apply(picture, 2))))
                .isGreaterThan(16);
    }
}
