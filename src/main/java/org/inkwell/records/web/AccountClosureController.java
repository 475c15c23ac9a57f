package org.inkwell.records.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inkwell.identity.AccountStatus;
import org.inkwell.platform.Caller;
import org.inkwell.records.AccountClosures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts/me")
class AccountClosureController {

    private final AccountClosures closures;

    AccountClosureController(AccountClosures closures) {
        this.closures = closures;
    }

    /** The family closes its own account, confirming with its password; the answer says what was done. */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/close")
    ClosureView close(@Valid @RequestBody CloseRequest request) {
        return ClosureView.of(closures.close(Caller.required(), request.password()));
    }

    record CloseRequest(@NotNull @Size(max = 1024) String password) {
    }

    record ClosureView(AccountStatus status, int messagesWithdrawn, int prepaidRepliesRefunded, long refundedCents,
            int contactsEnded, boolean personalDataErased) {

        static ClosureView of(AccountClosures.Closure c) {
            return new ClosureView(AccountStatus.CLOSED, c.messagesWithdrawn(), c.prepaidRepliesRefunded(),
                    c.refundedCents(), c.contactsEnded(), c.erased());
        }
    }
}
