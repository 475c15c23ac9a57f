package org.inkwell.legal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.inkwell.legal.LegalDecision;
import org.inkwell.legal.LegalRegistrations;
import org.inkwell.legal.LegalSenders;
import org.inkwell.legal.RegistrationStatus;
import org.inkwell.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Platform and facility admins: deciding attorneys' registrations, and suspending a privilege at a facility. */
@RestController
@RequestMapping("/api/v1/staff")
class StaffLegalController {

    private final LegalRegistrations registrations;
    private final LegalSenders senders;
    private final LegalViews views;

    StaffLegalController(LegalRegistrations registrations, LegalSenders senders, LegalViews views) {
        this.registrations = registrations;
        this.senders = senders;
        this.views = views;
    }

    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FACILITY_ADMIN')")
    @GetMapping("/legal-registrations")
    List<RegistrationView> registrations(@RequestParam(required = false) RegistrationStatus status) {
        return views.forStaff(registrations.forStaff(Caller.required(), status));
    }

    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FACILITY_ADMIN')")
    @PostMapping("/legal-registrations/{id}/decision")
    RegistrationView decide(@PathVariable UUID id, @RequestBody Decision request) {
        return views.forStaff(List.of(registrations.decide(Caller.required(), id, request.decision(), request.reason(),
                request.recheckOn()))).get(0);
    }

    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FACILITY_ADMIN')")
    @GetMapping("/legal-senders")
    List<SenderView> senders() {
        return views.senders(senders.forStaff(Caller.required()));
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/legal-senders/{accountId}/suspension")
    @ResponseStatus(HttpStatus.CREATED)
    SenderView.SuspensionView suspend(@PathVariable UUID accountId, @RequestBody Reason request) {
        return views.suspension(senders.suspend(Caller.required(), accountId, request.reason()));
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @DeleteMapping("/legal-senders/{accountId}/suspension")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lift(@PathVariable UUID accountId) {
        senders.lift(Caller.required(), accountId);
    }

    record Decision(LegalDecision decision, String reason, LocalDate recheckOn) {
    }

    record Reason(String reason) {
    }
}
