package org.inkwell.legal.web;

import org.inkwell.legal.LegalRegistrations;
import org.inkwell.platform.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An attorney's own registration. */
@RestController
@RequestMapping("/api/v1/legal/registration")
class LegalRegistrationController {

    private final LegalRegistrations registrations;
    private final LegalViews views;

    LegalRegistrationController(LegalRegistrations registrations, LegalViews views) {
        this.registrations = registrations;
        this.views = views;
    }

    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RegistrationView apply(@RequestBody Application request) {
        return views.forApplicant(registrations.apply(Caller.required(), request.barNumber(), request.barState(),
                request.firm(), request.phone(), request.facility()));
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping
    RegistrationView mine() {
        return views.forApplicant(registrations.mine(Caller.required()));
    }

    /** {@code facility}: optional, the code of a facility where the attorney's clients are held. */
    record Application(String barNumber, String barState, String firm, String phone, String facility) {
    }
}
