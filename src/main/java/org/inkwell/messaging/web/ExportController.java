package org.inkwell.messaging.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.messaging.Exports;
import org.inkwell.platform.Caller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The API side of the export: all one's correspondence as JSON, and one conversation as a PDF. */
@RestController
class ExportController {

    private final Exports exports;

    ExportController(Exports exports) {
        this.exports = exports;
    }

    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @GetMapping("/api/v1/messages/export")
    ResponseEntity<Exports.Export> export() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("inkwell-letters.json")
                        .build().toString())
                .body(exports.all(Caller.required()));
    }

    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @GetMapping(path = "/api/v1/messages/export/{contactId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID contactId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("inkwell-conversation-" + contactId + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(exports.conversationPdf(Caller.required(), contactId, LocaleContextHolder.getLocale()));
    }

    /** The photos of the export as a ZIP of JPEGs, written as they are read. */
    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE')")
    @GetMapping(path = "/api/v1/messages/export/photos", produces = "application/zip")
    void photos(HttpServletResponse response) throws IOException {
        writePhotoZip(exports, response);
    }

    /** The caller's export photos as an attachment; the page of the same name answers with it too. */
    static void writePhotoZip(Exports exports, HttpServletResponse response) throws IOException {
        List<UUID> photos = exports.photosOf(Caller.required());
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("inkwell-photos.zip").build().toString());
        exports.writePhotos(photos, response.getOutputStream());
    }
}
