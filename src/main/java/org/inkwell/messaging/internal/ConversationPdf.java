package org.inkwell.messaging.internal;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.inkwell.platform.PdfFonts;
import org.inkwell.messaging.Message;
import org.springframework.stereotype.Component;

/** One conversation as a PDF a family can keep or print: every message, who wrote it, when, and its outcome. */
@Component
public class ConversationPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public byte[] render(String title, String ownName, String otherName, List<Message> thread) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        BaseFont base = PdfFonts.unicode();
        Font heading = new Font(base, 16, Font.BOLD);
        Font meta = new Font(base, 9);
        Font text = new Font(base, 11);
        document.add(new Paragraph(title, heading));
        document.add(new Paragraph(" ", text));
        for (Message message : thread) {
            boolean mine = message.direction() == org.inkwell.messaging.Direction.TO_INMATE;
            document.add(new Paragraph((mine ? ownName : otherName) + " — " + WHEN.format(message.submittedAt())
                    + " — " + message.status() + (message.rejection() == null ? "" : " (" + message.rejection() + ")"), meta));
            document.add(new Paragraph(message.body(), text));
            document.add(new Paragraph(" ", text));
        }
        document.close();
        return out.toByteArray();
    }
}
