package org.inkwell.identity.web;

import org.inkwell.identity.Logins;
import org.inkwell.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A person inside cannot reset a PIN by email: their facility's admin lifts a kiosk lockout. */
@RestController
class InmateLoginLockController {

    private final Logins logins;

    InmateLoginLockController(Logins logins) {
        this.logins = logins;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @DeleteMapping("/api/v1/staff/inmates/{number}/login-lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable String number) {
        logins.unlockInmate(Caller.required(), number);
    }
}
