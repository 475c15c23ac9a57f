package org.inkwell.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;
import org.springframework.core.io.ClassPathResource;

/**
 * The font every PDF of ours is set in: Liberation Sans from the jar, embedded, so Latin, Greek and
 * Cyrillic letters with their accents print as written (PDF's standard fonts know only Latin-1).
 */
public final class PdfFonts {

    private PdfFonts() {
    }

    public static BaseFont unicode() {
        try (InputStream font = new ClassPathResource("liberation/LiberationSans-Regular.ttf").getInputStream()) {
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    font.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
