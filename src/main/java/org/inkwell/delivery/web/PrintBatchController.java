package org.inkwell.delivery.web;

import java.util.List;
import java.util.UUID;

import org.inkwell.delivery.PrintBatches;
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

@RestController
@RequestMapping("/api/v1/staff/print-batches")
class PrintBatchController {

    private final PrintBatches batches;

    PrintBatchController(PrintBatches batches) {
        this.batches = batches;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    List<PrintBatches.BatchView> generate() {
        return batches.generate(Caller.required());
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping
    List<PrintBatches.BatchView> list() {
        return batches.list(Caller.required());
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("print-batch-" + id + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(batches.pdf(Caller.required(), id));
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/{id}/confirm")
    PrintBatches.BatchView confirm(@PathVariable UUID id) {
        return batches.confirm(Caller.required(), id);
    }
}
