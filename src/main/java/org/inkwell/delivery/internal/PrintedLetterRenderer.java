package org.inkwell.delivery.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.inkwell.platform.FacilityTime;
import org.inkwell.platform.PdfFonts;
import org.inkwell.platform.PdfImages;

/**
 * Renders a print batch as a PDF with OpenPDF: one page per message, headed with the recipient's name,
 * number and housing unit, the sender and the date; then the message's approved photos, four to a sheet,
 * each sheet and each photo marked with the recipient's name, number and housing unit, so photos cut
 * apart still reach the right person. A second download says it is a copy.
 */
@org.springframework.stereotype.Component
public class PrintedLetterRenderer {

    /** {@code photoIds}: the message's approved photos, in the order the family put them. */
    public record Letter(String recipientName, String recipientNumber, String housingUnit, String senderName,
                  Instant deliveredOn, String body, List<UUID> photoIds) {
    }

    static final int PHOTOS_PER_SHEET = 4;
    private static final float MARGIN = 36;
    private static final float HEADER = 64;
    private static final float GUTTER = 12;
    private static final float CAPTION = 22;

    /** {@code photos}: the stored JPEG of a photo, read one at a time so a batch never holds all of them. */
    public byte[] render(String facilityName, ZoneId zone, List<Letter> letters, String copyNotice,
            Function<UUID, Optional<byte[]>> photos) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Inkwell print batch — " + facilityName);
        document.open();
        BaseFont base = PdfFonts.unicode();
        Font heading = new Font(base, 14, Font.BOLD);
        Font small = new Font(base, 9);
        Font text = new Font(base, 11);
        boolean first = true;
        for (Letter letter : letters) {
            if (!first) {
                document.newPage();
            }
            first = false;
            if (copyNotice != null) {
                document.add(new Paragraph(copyNotice, small));
            }
            document.add(new Paragraph("To: " + letter.recipientName() + " (" + letter.recipientNumber() + ")", heading));
            document.add(new Paragraph("Housing unit: " + letter.housingUnit(), text));
            document.add(new Paragraph("From: " + letter.senderName(), text));
            document.add(new Paragraph("Date: " + FacilityTime.format(letter.deliveredOn(), zone, Locale.US), text));
            document.add(new Paragraph(facilityName + " — reviewed and approved for delivery", small));
            if (!letter.photoIds().isEmpty()) {
                int count = letter.photoIds().size();
                document.add(new Paragraph((count == 1 ? "1 photo" : count + " photos") + " with this letter, on the "
                        + (sheets(count) == 1 ? "next sheet." : "next " + sheets(count) + " sheets."), small));
            }
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(letter.body(), text));
            photoSheets(document, writer.getDirectContent(), letter, copyNotice, photos, base);
        }
        document.close();
        return out.toByteArray();
    }

    private void photoSheets(Document document, PdfContentByte canvas, Letter letter, String copyNotice,
            Function<UUID, Optional<byte[]>> photos, BaseFont base) {
        List<UUID> ids = letter.photoIds();
        int sheets = sheets(ids.size());
        String recipient = letter.recipientName() + " (" + letter.recipientNumber() + ") · Housing unit: "
                + letter.housingUnit();
        Font caption = new Font(base, 8);
        float pageWidth = PageSize.LETTER.getWidth();
        float pageHeight = PageSize.LETTER.getHeight();
        float cellWidth = (pageWidth - 2 * MARGIN - GUTTER) / 2;
        float gridTop = pageHeight - MARGIN - HEADER;
        float cellHeight = (gridTop - MARGIN - GUTTER) / 2;
        for (int sheet = 0; sheet < sheets; sheet++) {
            document.newPage();
            float top = pageHeight - MARGIN;
            if (copyNotice != null) {
                line(canvas, new Phrase(copyNotice, new Font(base, 7)), MARGIN, top + 14);
            }
            line(canvas, new Phrase("Photos for " + letter.recipientName() + " (" + letter.recipientNumber() + ")",
                    new Font(base, 14, Font.BOLD)), MARGIN, top - 14);
            line(canvas, new Phrase("Housing unit: " + letter.housingUnit() + " · From: " + letter.senderName()
                    + " · Sheet " + (sheet + 1) + " of " + sheets, new Font(base, 10)), MARGIN, top - 32);
            List<UUID> onSheet = ids.subList(sheet * PHOTOS_PER_SHEET, Math.min(ids.size(), (sheet + 1) * PHOTOS_PER_SHEET));
            for (int i = 0; i < onSheet.size(); i++) {
                float left = MARGIN + (i % 2) * (cellWidth + GUTTER);
                float bottom = gridTop - (i / 2 + 1) * cellHeight - (i / 2) * GUTTER;
                Optional<byte[]> jpeg = photos.apply(onSheet.get(i));
                if (jpeg.isPresent()) {
                    Image image = PdfImages.fitted(jpeg.get(), cellWidth, cellHeight - CAPTION);
                    image.setAbsolutePosition(left + (cellWidth - image.getScaledWidth()) / 2,
                            bottom + CAPTION + (cellHeight - CAPTION - image.getScaledHeight()) / 2);
                    canvas.addImage(image);
                }
                line(canvas, new Phrase(recipient, caption), left, bottom + 8);
            }
        }
    }

    private static int sheets(int photoCount) {
        return (photoCount + PHOTOS_PER_SHEET - 1) / PHOTOS_PER_SHEET;
    }

    private static void line(PdfContentByte canvas, Phrase phrase, float x, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase, x, y, 0);
    }
}
