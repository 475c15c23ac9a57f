package org.inkwell.photos.internal;

import java.awt.image.BufferedImage;

/**
 * A 64-bit perceptual hash (dHash): the image shrunk to 9 × 8 grey cells, one bit per pair of
 * neighbours in a row (is the right one brighter?). Scaling, re-encoding and small colour changes keep
 * nearly all bits; a different picture flips about half of them, so a Hamming distance of a few bits
 * means "the same photo again".
 */
public final class DifferenceHash {

    private static final int COLUMNS = 9;
    private static final int ROWS = 8;

    private DifferenceHash() {
    }

    public static long of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double[][] sum = new double[ROWS][COLUMNS];
        long[][] count = new long[ROWS][COLUMNS];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            int cellY = (int) ((long) y * ROWS / h);
            for (int x = 0; x < w; x++) {
                int cellX = (int) ((long) x * COLUMNS / w);
                int rgb = row[x];
                sum[cellY][cellX] += 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                count[cellY][cellX]++;
            }
        }
        long hash = 0;
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLUMNS - 1; x++) {
                double left = sum[y][x] / Math.max(1, count[y][x]);
                double right = sum[y][x + 1] / Math.max(1, count[y][x + 1]);
                hash = (hash << 1) | (right > left ? 1 : 0);
            }
        }
        return hash;
    }

    /** How many of the 64 bits differ. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
