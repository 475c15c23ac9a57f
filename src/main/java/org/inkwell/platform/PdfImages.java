package org.inkwell.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.Image;

/**
 * Photos placed in our PDFs. The stored JPEG goes in as it is (PDF shows JPEG natively), so rendering
 * neither decodes nor re-compresses it, and a page of photos costs little more memory than their bytes.
 */
public final class PdfImages {

    private PdfImages() {
    }

    /** The JPEG scaled, keeping its proportions, to fit a box of {@code width} × {@code height} points. */
    public static Image fitted(byte[] jpeg, float width, float height) {
        try {
            Image image = Image.getInstance(jpeg);
            image.scaleToFit(width, height);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
