package org.inkwell.identity.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inkwell.identity.StaffAccounts;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StaffAdminController {

    private final StaffAccounts staff;

    StaffAdminController(StaffAccounts staff) {
        this.staff = staff;
    }

    /** Platform admins for any facility; facility admins for their own facility only (else 403). */
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FACILITY_ADMIN')")
    @PostMapping("/api/v1/admin/staff")
    @ResponseStatus(HttpStatus.CREATED)
    StaffView create(@Valid @RequestBody NewStaffRequest request) {
        StaffAccounts.CreatedStaff created = staff.create(Caller.required(), new StaffAccounts.NewStaff(
                request.username(), request.password(), request.fullName(), request.role(), request.facility(),
                request.email()));
        return new StaffView(created.member().id(), created.member().username(), created.member().fullName(),
                created.member().role(), created.facilityCode());
    }

    record NewStaffRequest(@NotNull @Size(max = 64) String username, @NotNull @Size(max = 1024) String password,
                           @NotNull @Size(max = 200) String fullName, @NotNull Role role,
                           @NotNull @Size(max = 32) String facility, @Size(max = 320) String email) {
    }

    record StaffView(UUID id, String username, String fullName, Role role, String facility) {
    }
}
