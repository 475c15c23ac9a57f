package org.inkwell.messaging.internal;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.inkwell.messaging.Message;
import org.inkwell.photos.PhotoStatus;
import org.inkwell.platform.FacilityTime;
import org.inkwell.platform.PdfFonts;
import org.inkwell.platform.PdfImages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One conversation as a PDF a family can keep or print: every message, who wrote it, when, and its
 * outcome, with the photos the reader may see, two to a row.
 */
@Component
public class ConversationPdf {

    /** A photo of a message; {@code reasonCode} only for a rejected one. */
    public record Photo(UUID id, PhotoStatus status, String reasonCode) {
    }

    /**
     * The photos the reader may see, by message, and how to read their bytes. {@code withStatus}: the
     * sender's own copy, which says of each photo whether it was approved, or why it was not.
     */
    public record Photos(Map<UUID, List<Photo>> byMessage, Function<UUID, Optional<byte[]>> bytes, boolean withStatus) {
    }

    private static final float PHOTO_BOX = 240;

    private final MessageSource texts;

    ConversationPdf(MessageSource texts) {
        this.texts = texts;
    }

    /** Times in the facility's zone and the reader's language, as on the conversation page. */
    public byte[] render(String title, String ownName, String otherName, List<Message> thread, Photos photos,
            ZoneId zone, Locale locale) {
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
            List<Photo> shown = photos.byMessage().getOrDefault(message.id(), List.of());
            if (!shown.isEmpty()) {
                document.add(photoTable(shown, photos, meta, locale));
            }
            document.add(new Paragraph(" ", text));
        }
        document.close();
        return out.toByteArray();
    }

    private PdfPTable photoTable(List<Photo> shown, Photos photos, Font caption, Locale locale) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (int i = 0; i < shown.size(); i++) {
            Photo photo = shown.get(i);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(4);
            photos.bytes().apply(photo.id()).ifPresent(jpeg -> {
                var image = PdfImages.fitted(jpeg, PHOTO_BOX, PHOTO_BOX);
                image.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(image);
            });
            String label = texts.getMessage("export.photo", new Object[] {i + 1, shown.size()}, locale);
            if (photos.withStatus()) {
                label += " — " + (photo.status() == PhotoStatus.REJECTED && photo.reasonCode() != null
                        ? texts.getMessage("rejection." + photo.reasonCode(), null, locale)
                        : texts.getMessage("export.photoStatus." + photo.status().name(), null, locale));
            }
            cell.addElement(new Paragraph(label, caption));
            table.addCell(cell);
        }
        table.completeRow();
        return table;
    }
}
