package org.inkwell.messaging.internal;

import java.io.ByteArrayOutputStream;
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
import org.inkwell.messaging.Message;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** One conversation as a PDF a family can keep or print: every message, who wrote it, when, and its outcome. */
@Component
public class ConversationPdf {

    private final MessageSource texts;

    ConversationPdf(MessageSource texts) {
        this.texts = texts;
    }

    /** Times in the facility's zone and the reader's language, as on the conversation page. */
    public byte[] render(String title, String ownName, String otherName, List<Message> thread, ZoneId zone,
            Locale locale) {
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
            document.add(new Paragraph((mine ? ownName : otherName) + " — "
                    + FacilityTime.format(message.submittedAt(), zone, locale) + " — "
                    + texts.getMessage("messageStatus." + message.status().name(), null, locale)
                    + (message.privileged() ? " — " + texts.getMessage("legalMail.mark", null, locale) : ""), meta));
            if (message.rejection() != null) {
                document.add(new Paragraph(texts.getMessage("rejection." + message.rejection().name(), null, locale), meta));
            }
            document.add(new Paragraph(message.body(), text));
            document.add(new Paragraph(" ", text));
        }
        document.close();
        return out.toByteArray();
    }
}
