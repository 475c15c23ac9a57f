package org.inkwell.audit.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditRecord;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Platform admins read the whole log; a facility admin reads what was filed under their facility. */
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FACILITY_ADMIN')")
    @GetMapping
    List<AuditRecord> recent(@RequestParam(required = false) String action,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        Caller caller = Caller.required();
        UUID facility = caller.is(Role.PLATFORM_ADMIN) ? null : caller.facilityId();
        return auditLog.recent(action, facility, limit);
    }
}
