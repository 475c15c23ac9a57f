package org.inkwell.messaging.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.contacts.Contacts;
import org.inkwell.messaging.Exports;
import org.inkwell.platform.Caller;
import org.inkwell.platform.WebPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** "Take your letters with you": the export page and its downloads, for a browser session. */
@WebPage
class ExportPages {

    private final Exports exports;
    private final Contacts contacts;
    private final JsonMapper json;

    ExportPages(Exports exports, Contacts contacts, JsonMapper json) {
        this.exports = exports;
        this.contacts = contacts;
        this.json = json;
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/export")
    String page(Model model) {
        model.addAttribute("contacts", contacts.mine(Caller.required()));
        return "family/export";
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/export/letters.json")
    ResponseEntity<byte[]> json() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("inkwell-letters.json")
                        .build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(exports.all(Caller.required())));
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/export/{contactId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID contactId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("inkwell-conversation-" + contactId + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(exports.conversationPdf(Caller.required(), contactId, LocaleContextHolder.getLocale()));
    }

    /** The photos of the export as a ZIP of JPEGs, written as they are read. */
    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping(path = "/export/photos.zip", produces = "application/zip")
    void photos(HttpServletResponse response) throws IOException {
        ExportController.writePhotoZip(exports, response);
    }
}
