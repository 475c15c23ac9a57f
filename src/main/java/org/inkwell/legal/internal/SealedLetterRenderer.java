package org.inkwell.legal.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.inkwell.platform.FacilityTime;
import org.inkwell.platform.PdfFonts;
import org.springframework.stereotype.Component;

/**
 * A legal print batch as sealed sheets (28 CFR 540.18–19): per letter, a first sheet addressed to the
 * person with the legal-mail mark, the letter on the sheets after it, and a line for the person to sign
 * when it is opened in front of them. Every sheet's footer names the mark, the person and the sheet.
 */
@Component
public class SealedLetterRenderer {

    public static final String MARK = "Legal mail — open only in the presence of the addressee";

    /** {@code senderFirm}: the attorney's firm as registered; null when none is on record. */
    public record Sheet(String recipientName, String recipientNumber, String housingUnit, String senderName,
                        String senderFirm, Instant sentAt, String body) {
    }

    public byte[] render(String facilityName, ZoneId zone, List<Sheet> sheets, String copyNotice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 72);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        BaseFont base = PdfFonts.unicode();
        Font footer = new Font(base, 8);
        Font mark = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 13, Font.BOLD);
        Font small = new Font(base, 9);
        Font text = new Font(base, 11);
        Footer pages = new Footer(footer);
        writer.setPageEvent(pages);
        document.addTitle("Inkwell legal print batch — " + facilityName);
        document.open();
        boolean first = true;
        for (Sheet sheet : sheets) {
            if (!first) {
                document.newPage();
            }
            first = false;
            pages.startLetter(sheet.recipientName() + " (" + sheet.recipientNumber() + ")", writer.getPageNumber());
            if (copyNotice != null) {
                document.add(new Paragraph(copyNotice, small));
            }
            document.add(new Paragraph(MARK, mark));
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph("To: " + sheet.recipientName() + " (" + sheet.recipientNumber() + ")", heading));
            document.add(new Paragraph("Housing unit: " + sheet.housingUnit(), text));
            document.add(new Paragraph(facilityName, text));
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph("From: " + sheet.senderName()
                    + (sheet.senderFirm() == null ? "" : ", " + sheet.senderFirm()) + " (attorney)", text));
            document.add(new Paragraph("Sent: " + FacilityTime.format(sheet.sentAt(), zone, Locale.US), text));
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph("Privileged attorney–client correspondence. It was not screened or read by"
                    + " staff. Fold the sheets that follow inside this one, seal them, and open them only in front of"
                    + " the addressee, who signs below on the last sheet.", small));
            document.newPage();
            document.add(new Paragraph(MARK, small));
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(sheet.body(), text));
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph("Opened in my presence and handed to me:", text));
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph("Signature: ______________________________   Date: ______________", text));
            document.add(new Paragraph(sheet.recipientName() + " (" + sheet.recipientNumber() + ")", small));
        }
        document.close();
        return out.toByteArray();
    }

    /** Numbers each letter's sheets from 1, under the mark and the addressee. */
    private static final class Footer extends PdfPageEventHelper {

        private final Font font;
        private String addressee = "";
        private int firstPage = 1;

        Footer(Font font) {
            this.font = font;
        }

        /** Called on the letter's first page, after the previous letter's last page has ended. */
        void startLetter(String name, int page) {
            addressee = name;
            firstPage = page;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int sheet = writer.getPageNumber() - firstPage + 1;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(MARK + " — " + addressee + " — sheet " + sheet + " — page " + writer.getPageNumber(), font),
                    (document.left() + document.right()) / 2, document.bottom() - 30, 0);
        }
    }
}
