package org.inkwell.delivery.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.inkwell.platform.FacilityTime;
import org.inkwell.platform.PdfFonts;

/**
 * Renders a print batch as a PDF with OpenPDF: one page per message, headed with the recipient's name,
 * number and housing unit, the sender and the date. A second download says it is a copy.
 */
@org.springframework.stereotype.Component
public class PrintedLetterRenderer {

    public record Letter(String recipientName, String recipientNumber, String housingUnit, String senderName,
                  Instant deliveredOn, String body) {
    }

    public byte[] render(String facilityName, ZoneId zone, List<Letter> letters, String copyNotice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter.getInstance(document, out);
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
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(letter.body(), text));
        }
        document.close();
        return out.toByteArray();
    }
}
