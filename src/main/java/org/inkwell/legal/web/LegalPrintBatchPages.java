package org.inkwell.legal.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.legal.LegalPrintBatches;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Legal print batches for paper facilities: make them, download the sealed sheets, confirm handed out.
 * At a facility that does not deliver on paper the page answers 404, saying why.
 */
@WebPage
class LegalPrintBatchPages {

    private final LegalPrintBatches batches;
    private final FormErrors formErrors;

    LegalPrintBatchPages(LegalPrintBatches batches, FormErrors formErrors) {
        this.batches = batches;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/legal-print-batches")
    String list(HttpServletResponse response, Model model) {
        return show(response, model);
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/legal-print-batches")
    String generate(HttpServletResponse response, Model model) {
        try {
            batches.generate(Caller.required());
            return "redirect:/staff/legal-print-batches?generated";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "generate");
            return show(response, model);
        }
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/legal-print-batches/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return attachment(id, batches.pdf(Caller.required(), id));
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/legal-print-batches/{id}/confirm")
    String confirm(@PathVariable UUID id, HttpServletResponse response, Model model) {
        try {
            batches.confirm(Caller.required(), id);
            return "redirect:/staff/legal-print-batches?confirmed";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "confirm-" + id);
            return show(response, model);
        }
    }

    /** The sealed sheets as a download no cache keeps: letters stay on the printer's paper only. */
    static ResponseEntity<byte[]> attachment(UUID id, byte[] pdf) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("legal-print-batch-" + id + ".pdf").build().toString())
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }

    private String show(HttpServletResponse response, Model model) {
        Caller admin = Caller.required();
        if (!batches.printsOnPaper(admin)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("notPaper", true);
            model.addAttribute("errors", null);
            return "staff/legal-print-batches";
        }
        model.addAttribute("batches", batches.list(admin));
        return "staff/legal-print-batches";
    }
}
