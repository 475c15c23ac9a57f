package org.inkwell.records.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.platform.Caller;
import org.inkwell.records.HoldStatus;
import org.inkwell.records.LegalHold;
import org.inkwell.records.LegalHolds;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Legal holds for platform admins (docs/api.md, "Legal mail and records"). */
@RestController
@RequestMapping("/api/v1/admin/holds")
class HoldController {

    private final LegalHolds holds;

    HoldController(LegalHolds holds) {
        this.holds = holds;
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @GetMapping
    List<HoldView> list() {
        return holds.list().stream().map(HoldView::of).toList();
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    HoldView place(@RequestBody NewHold request) {
        return HoldView.of(holds.place(Caller.required(), request.facility(), request.inmateNumber(), request.email(),
                request.reference(), request.reason()));
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lift(@PathVariable UUID id) {
        holds.lift(Caller.required(), id);
    }

    /** A person in custody ({@code facility} and {@code inmateNumber}) or an outside account ({@code email}). */
    record NewHold(String facility, String inmateNumber, String email, String reference, String reason) {
    }

    record HoldView(UUID id, HoldStatus status, String facility, String inmateNumber, String email, String reference,
                    String reason, String placedBy, Instant placedAt, String liftedBy, Instant liftedAt) {
        static HoldView of(LegalHold hold) {
            return new HoldView(hold.id(), hold.status(), hold.facility(), hold.inmateNumber(), hold.email(),
                    hold.reference(), hold.reason(), hold.placedBy(), hold.placedAt(), hold.liftedBy(), hold.liftedAt());
        }
    }
}
