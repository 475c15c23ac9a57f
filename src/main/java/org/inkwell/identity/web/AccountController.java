package org.inkwell.identity.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.identity.PasswordResets;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

    private final Accounts accounts;
    private final PasswordResets resets;

    AccountController(Accounts accounts, PasswordResets resets) {
        this.accounts = accounts;
        this.resets = resets;
    }

    @PreAuthorize("permitAll()")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountView register(@Valid @RequestBody Registration request) {
        return AccountView.of(accounts.register(request.email(), request.password(), request.fullName(),
                LocaleContextHolder.getLocale()));
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/verify")
    Verified verify(@Valid @RequestBody Verification request) {
        return new Verified(accounts.verifyEmail(request.token()).emailVerified());
    }

    /** Sends a fresh verification link (the first one may have expired or gone to spam); a few an hour. */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping({"/verification-email", "/verify/resend"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    void resend() {
        accounts.resendVerification(Caller.required().id());
    }

    /** Sends a reset link if the address has an account; answers the same either way. */
    @PreAuthorize("permitAll()")
    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestReset(@Valid @RequestBody ResetRequest request) {
        resets.request(request.email());
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@Valid @RequestBody ResetConfirmation request) {
        resets.reset(request.token(), request.newPassword());
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/me")
    AccountView me() {
        return accounts.find(Caller.required().id()).map(AccountView::of)
                .orElseThrow(() -> ApiException.notFound("No such account."));
    }

    record Registration(@NotNull @Size(max = 254) String email, @NotNull @Size(max = 1024) String password,
                        @NotNull @Size(max = 200) String fullName) {
    }

    record Verification(@NotBlank @Size(max = 256) String token) {
    }

    record ResetRequest(@NotBlank @Size(max = 254) String email) {
    }

    record ResetConfirmation(@NotBlank @Size(max = 256) String token, @NotNull @Size(max = 1024) String newPassword) {
    }

    record Verified(boolean emailVerified) {
    }

    record AccountView(UUID id, String email, String fullName, boolean emailVerified) {
        static AccountView of(AccountSummary account) {
            return new AccountView(account.id(), account.email(), account.fullName(), account.emailVerified());
        }
    }
}
