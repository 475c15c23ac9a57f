package org.inkwell.delivery.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.delivery.PrintBatches;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FieldError;
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

/** Print batches for paper delivery: generate, download the PDF, confirm handed out. */
@WebPage
class PrintBatchPages {

    private final PrintBatches batches;

    PrintBatchPages(PrintBatches batches) {
        this.batches = batches;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/print-batches")
    String list(HttpServletResponse response, Model model) {
        return show(response, model, null, 200);
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/print-batches")
    String generate(HttpServletResponse response, Model model) {
        try {
            batches.generate(Caller.required());
            return "redirect:/staff/print-batches?generated";
        } catch (ApiException refused) {
            return show(response, model, "print.notPrint", refused.status().value());
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
            return show(response, model, "print.cannotConfirm", refused.status().value());
        }
    }

    private String show(HttpServletResponse response, Model model, String error, int status) {
        response.setStatus(status);
        try {
            model.addAttribute("batches", batches.list(Caller.required()));
        } catch (ApiException notPrint) {
            model.addAttribute("batches", List.of());
            error = "print.notPrint";
        }
        if (error != null) {
            model.addAttribute("errors", List.of(new FieldError("generate", error)));
        }
        return "staff/print-batches";
    }
}
