package org.inkwell.photos.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;

import org.inkwell.photos.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each of EXIF's eight orientations, followed from the stored top-left pixel to where it is seen
 * (EXIF 2.3, tag 274: e.g. 6 says the stored first row is the right-hand side as seen).
 */
class OrientationTest {

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
            "1, 4, 2, 0, 0",
            "2, 4, 2, 3, 0",
            "3, 4, 2, 3, 1",
            "4, 4, 2, 0, 1",
            "5, 2, 4, 0, 0",
            "6, 2, 4, 1, 0",
            "7, 2, 4, 1, 3",
            "8, 2, 4, 0, 3"})
    void theStoredTopLeftEndsWhereItIsSeen(int orientation, int width, int height, int x, int y) {
        BufferedImage stored = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, Color.RED.getRGB());

        BufferedImage seen = Orientation.apply(stored, orientation);

        assertThat(seen.getWidth()).isEqualTo(width);
        assertThat(seen.getHeight()).isEqualTo(height);
        assertThat(seen.getRGB(x, y) & 0xffffff).isEqualTo(0xff0000);
        int red = 0;
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                red += (seen.getRGB(column, row) & 0xffffff) == 0xff0000 ? 1 : 0;
            }
        }
        assertThat(red).isEqualTo(1);
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({"1", "3", "6", "8"})
    void theTagIsReadFromTheJpegsExif(int orientation) {
        byte[] jpeg = TestImages.withMetadata(TestImages.jpeg(TestImages.scene(64, 48, 1), 0.8f), orientation, "m");

        assertThat(Orientation.of(jpeg)).isEqualTo(orientation);
    }
}
