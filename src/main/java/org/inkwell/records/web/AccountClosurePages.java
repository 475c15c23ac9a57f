package org.inkwell.records.web;

import java.util.OptionalInt;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.contacts.Contacts;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.identity.Accounts;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.SessionCookie;
import org.inkwell.platform.WebPage;
import org.inkwell.records.AccountClosures;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The family's account page, where the account can be closed after reading exactly what that does. */
@WebPage
class AccountClosurePages {

    private final AccountClosures closures;
    private final Accounts accounts;
    private final Contacts contacts;
    private final Facilities facilities;
    private final FormErrors formErrors;

    AccountClosurePages(AccountClosures closures, Accounts accounts, Contacts contacts, Facilities facilities,
            FormErrors formErrors) {
        this.closures = closures;
        this.accounts = accounts;
        this.contacts = contacts;
        this.facilities = facilities;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/account")
    String account(Model model) {
        show(Caller.required(), model);
        return "family/account";
    }

    /** Closed: the session ends with it, so the answer is a page of its own rather than a redirect. */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/account/close")
    String close(@RequestParam(defaultValue = "") String password, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        try {
            model.addAttribute("closure", closures.close(caller, password));
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "password");
            show(caller, model);
            return "family/account";
        }
        response.addHeader(HttpHeaders.SET_COOKIE, SessionCookie.clear(request).toString());
        model.addAttribute("caller", null);
        return "family/account-closed";
    }

    private void show(Caller caller, Model model) {
        model.addAttribute("account", accounts.find(caller.id()).orElseThrow(() -> ApiException.notFound("No such account.")));
        OptionalInt longest = contacts.facilitiesOf(caller.id()).stream().distinct()
                .flatMap(id -> facilities.findById(id).stream()).mapToInt(Facility::retentionDays).max();
        model.addAttribute("retentionDays", longest.isPresent() ? longest.getAsInt() : null);
    }
}
