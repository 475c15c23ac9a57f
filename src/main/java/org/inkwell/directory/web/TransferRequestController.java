package org.inkwell.directory.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inkwell.directory.TransferRequest;
import org.inkwell.directory.Transfers;
import org.inkwell.platform.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Transfers between facilities: the holding facility's admin (or a platform admin) confirms or declines. */
@RestController
@RequestMapping("/api/v1/staff/transfer-requests")
class TransferRequestController {

    private final Transfers transfers;

    TransferRequestController(Transfers transfers) {
        this.transfers = transfers;
    }

    /** Open requests for the admin's people and those the admin's facility asked for; all, for a platform admin. */
    @PreAuthorize("hasAnyRole('FACILITY_ADMIN', 'PLATFORM_ADMIN')")
    @GetMapping
    List<TransferRequest> pending() {
        return transfers.pending(Caller.required());
    }

    @PreAuthorize("hasAnyRole('FACILITY_ADMIN', 'PLATFORM_ADMIN')")
    @PostMapping("/{id}/decision")
    TransferRequest decide(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
        return transfers.decide(Caller.required(), id, decision.decision() == Decision.Kind.CONFIRM, decision.reason());
    }

    record Decision(@NotNull Kind decision, @Size(max = 1000) String reason) {
        enum Kind { CONFIRM, DECLINE }
    }
}
