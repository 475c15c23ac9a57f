package org.inkwell.identity.web;

import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.inkwell.platform.WebPage;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Until a family account confirms its address it cannot send, so every page it sees says so and offers a
 * new link: nobody is stranded by a lost or expired email.
 */
@ControllerAdvice(annotations = WebPage.class)
class UnconfirmedEmailBanner {

    private final Accounts accounts;

    UnconfirmedEmailBanner(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The address still to be confirmed, or null when there is nothing to confirm. */
    @ModelAttribute("unconfirmedEmail")
    String unconfirmedEmail() {
        return Caller.current()
                .filter(caller -> caller.is(Role.FAMILY))
                .flatMap(caller -> accounts.find(caller.id()))
                .filter(account -> !account.emailVerified())
                .map(AccountSummary::email)
                .orElse(null);
    }
}
