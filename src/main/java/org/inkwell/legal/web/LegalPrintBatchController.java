package org.inkwell.legal.web;

import java.util.List;
import java.util.UUID;

import org.inkwell.legal.LegalPrintBatches;
import org.inkwell.platform.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Legal print batches, shaped as the ordinary print batches are (same role, same steps). */
@RestController
@RequestMapping("/api/v1/staff/legal-print-batches")
class LegalPrintBatchController {

    private final LegalPrintBatches batches;

    LegalPrintBatchController(LegalPrintBatches batches) {
        this.batches = batches;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    List<LegalPrintBatches.BatchView> generate() {
        return batches.generate(Caller.required());
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping
    List<LegalPrintBatches.BatchView> list() {
        return batches.list(Caller.required());
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return LegalPrintBatchPages.attachment(id, batches.pdf(Caller.required(), id));
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/{id}/confirm")
    LegalPrintBatches.BatchView confirm(@PathVariable UUID id) {
        return batches.confirm(Caller.required(), id);
    }
}
