package org.inkwell.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.inkwell.identity.IssuedToken;
import org.inkwell.identity.Logins;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final Logins logins;

    AuthController(Logins logins) {
        this.logins = logins;
    }

    /**
     * One endpoint for every kind of login: {@code username}+{@code password} for public accounts and
     * staff, {@code facility}+{@code inmateNumber}+{@code pin} for people in custody.
     */
    @PreAuthorize("permitAll()")
    @PostMapping("/token")
    IssuedToken token(@Valid @RequestBody TokenRequest request) {
        if (request.pin() != null || request.inmateNumber() != null || request.facility() != null) {
            if (isBlank(request.facility()) || isBlank(request.inmateNumber()) || isBlank(request.pin())) {
                throw ApiException.badRequest("A kiosk login needs facility, inmateNumber and pin.");
            }
            return logins.loginInmate(request.facility(), request.inmateNumber(), request.pin());
        }
        if (isBlank(request.username()) || request.password() == null) {
            throw ApiException.badRequest("A login needs username and password (or facility, inmateNumber and pin).");
        }
        return logins.login(request.username(), request.password());
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        logins.logout(bearer(authorization));
    }

    /** Changes one's own password; every other session of the account ends. */
    @PreAuthorize("hasAnyRole('FAMILY', 'REVIEWER', 'FACILITY_ADMIN', 'INVESTIGATOR', 'PLATFORM_ADMIN')")
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @Valid @RequestBody PasswordChange request) {
        logins.changePassword(Caller.required(), bearer(authorization), request.currentPassword(),
                request.newPassword());
    }

    record TokenRequest(
            @Size(max = 320) String username,
            @Size(max = 1024) String password,
            @Size(max = 32) String facility,
            @Size(max = 32) String inmateNumber,
            @Size(max = 32) String pin) {
    }

    record PasswordChange(@NotBlank @Size(max = 1024) String currentPassword, @NotBlank @Size(max = 1024) String newPassword) {
    }

    private static String bearer(String authorization) {
        return authorization.substring("Bearer ".length()).trim();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
