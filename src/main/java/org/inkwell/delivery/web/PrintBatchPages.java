package org.inkwell.delivery.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.delivery.PrintBatches;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
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
 * Print batches for paper delivery: generate, download the PDF, confirm handed out. At a facility that
 * does not deliver on paper the page is not offered: it answers 404, saying why.
 */
@WebPage
class PrintBatchPages {

    private final PrintBatches batches;
    private final FormErrors formErrors;

    PrintBatchPages(PrintBatches batches, FormErrors formErrors) {
        this.batches = batches;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/print-batches")
    String list(HttpServletResponse response, Model model) {
        return show(response, model);
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/print-batches")
    String generate(HttpServletResponse response, Model model) {
        try {
            batches.generate(Caller.required());
            return "redirect:/staff/print-batches?generated";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "generate");
            return show(response, model);
        }
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/print-batches/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("print-batch-" + id + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(batches.pdf(Caller.required(), id));
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/print-batches/{id}/confirm")
    String confirm(@PathVariable UUID id, HttpServletResponse response, Model model) {
        try {
            batches.confirm(Caller.required(), id);
            return "redirect:/staff/print-batches?confirmed";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "confirm-" + id);
            return show(response, model);
        }
    }

    /** The batches, or for a facility that does not print, a 404 page that says so and offers nothing. */
    private String show(HttpServletResponse response, Model model) {
        Caller admin = Caller.required();
        if (!batches.printsOnPaper(admin)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("notPaper", true);
            model.addAttribute("errors", null);
            return "staff/print-batches";
        }
        model.addAttribute("batches", batches.list(admin));
        return "staff/print-batches";
    }
}
