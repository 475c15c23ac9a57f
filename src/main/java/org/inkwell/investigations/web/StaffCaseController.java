package org.inkwell.investigations.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.investigations.AccessEntry;
import org.inkwell.investigations.AccessLog;
import org.inkwell.investigations.CaseDecision;
import org.inkwell.investigations.CaseStatus;
import org.inkwell.investigations.Cases;
import org.inkwell.platform.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Oversight: facility admins decide their agency's cases; they and platform admins read the access log. */
@RestController
@RequestMapping("/api/v1/staff")
class StaffCaseController {

    private final Cases cases;
    private final AccessLog accessLog;
    private final Clock clock;

    StaffCaseController(Cases cases, AccessLog accessLog, Clock clock) {
        this.cases = cases;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/investigation-cases")
    List<CaseView> waiting(@RequestParam(required = false) CaseStatus status) {
        return cases.ofAgency(Caller.required(), status).stream().map(c -> CaseView.of(c, clock)).toList();
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/investigation-cases/{id}/decision")
    CaseView decide(@PathVariable UUID id, @RequestBody Decision request) {
        return CaseView.of(cases.decide(Caller.required(), id, request.decision(), request.reason(),
                request.accessUntil()), clock);
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/investigation-cases/{id}/extension")
    CaseView extend(@PathVariable UUID id, @RequestBody Extension request) {
        return CaseView.of(cases.extend(Caller.required(), id, request.accessUntil(), request.reason()), clock);
    }

    @PreAuthorize("hasAnyRole('FACILITY_ADMIN', 'PLATFORM_ADMIN')")
    @GetMapping("/investigation-access")
    List<AccessEntry> accessLog(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long before) {
        return accessLog.read(Caller.required(), before, limit);
    }

    record Decision(CaseDecision decision, String reason, Instant accessUntil) {
    }

    record Extension(Instant accessUntil, String reason) {
    }
}
