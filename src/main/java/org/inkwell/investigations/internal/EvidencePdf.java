package org.inkwell.investigations.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;

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
import org.inkwell.investigations.ArchiveSearch;
import org.inkwell.platform.PdfFonts;
import org.springframework.stereotype.Component;

/** The letters of an export, one per page, each page's footer naming the case and the page. */
@Component
public class EvidencePdf {

    public byte[] render(String caseNumber, List<ArchiveSearch.Opened> letters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 72);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        BaseFont base = PdfFonts.unicode();
        Font footer = new Font(base, 8);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase("Case " + caseNumber + " — page " + w.getPageNumber(), footer),
                        (d.left() + d.right()) / 2, d.bottom() - 30, 0);
            }
        });
        document.addTitle("Case " + caseNumber);
        document.open();
        Font meta = new Font(base, 9);
        Font text = new Font(base, 11);
        boolean first = true;
        for (ArchiveSearch.Opened letter : letters) {
            if (!first) {
                document.newPage();
            }
            first = false;
            boolean toInside = letter.direction() == org.inkwell.messaging.Direction.TO_INMATE;
            String from = toInside ? letter.outside().name() + " <" + letter.outside().email() + ">"
                    : letter.inmate().name() + " (" + letter.facility() + " " + letter.inmate().number() + ")";
            String to = toInside ? letter.inmate().name() + " (" + letter.facility() + " " + letter.inmate().number() + ")"
                    : letter.outside().name() + " <" + letter.outside().email() + ">";
            document.add(new Paragraph("Message " + letter.messageId(), meta));
            document.add(new Paragraph("From: " + from, meta));
            document.add(new Paragraph("To: " + to, meta));
            document.add(new Paragraph("Submitted: " + letter.submittedAt() + " — status " + letter.status(), meta));
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(letter.body(), text));
            document.add(new Paragraph(" ", text));
            for (ArchiveSearch.Event event : letter.history()) {
                document.add(new Paragraph(event.at() + " " + event.event()
                        + (event.by() == null ? "" : " — " + event.by())
                        + (event.note() == null ? "" : " — " + event.note()), meta));
            }
        }
        document.close();
        return out.toByteArray();
    }
}
