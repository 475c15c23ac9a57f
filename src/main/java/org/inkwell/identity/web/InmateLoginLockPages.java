package org.inkwell.identity.web;

import org.inkwell.identity.Logins;
import org.inkwell.platform.Caller;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The unlock button on a person's page ({@code /staff/people}). */
@WebPage
class InmateLoginLockPages {

    private final Logins logins;

    InmateLoginLockPages(Logins logins) {
        this.logins = logins;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/people/{number}/login-lock")
    String unlock(@PathVariable String number) {
        logins.unlockInmate(Caller.required(), number);
        return "redirect:" + UriComponentsBuilder.fromPath("/staff/people").queryParam("number", number)
                .queryParam("unlocked").encode().build().toUriString();
    }
}
