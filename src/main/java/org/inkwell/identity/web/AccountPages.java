package org.inkwell.identity.web;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.identity.IssuedToken;
import org.inkwell.identity.Logins;
import org.inkwell.identity.PasswordResets;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.ReturnPath;
import org.inkwell.platform.Role;
import org.inkwell.platform.SessionCookie;
import org.inkwell.platform.WebPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Logging in and out in the browser, creating an account and confirming its email address. */
@WebPage
class AccountPages {

    private final Logins logins;
    private final Accounts accounts;
    private final PasswordResets resets;
    private final FormErrors formErrors;

    AccountPages(Logins logins, Accounts accounts, PasswordResets resets, FormErrors formErrors) {
        this.logins = logins;
        this.accounts = accounts;
        this.resets = resets;
        this.formErrors = formErrors;
    }

    /** {@code next}: the page to open after logging in (see {@link ReturnPath}); anything else is ignored. */
    @PreAuthorize("permitAll()")
    @GetMapping("/login")
    String loginForm(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", ReturnPath.of(next).orElse(null));
        return "account/login";
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/login")
    String login(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        try {
            IssuedToken token = logins.login(username, password);
            response.addHeader(HttpHeaders.SET_COOKIE,
                    SessionCookie.issue(token.token(), Duration.ofHours(12), request).toString());
            String home = token.role() == Role.FAMILY ? "/home" : "/staff";
            return "redirect:" + ReturnPath.of(next).filter(path -> fits(token.role(), path)).orElse(home);
        } catch (ApiException refused) {
            model.addAttribute("username", username);
            model.addAttribute("next", ReturnPath.of(next).orElse(null));
            formErrors.show(model, response, refused, "username");
            return "account/login";
        }
    }

    /** A family returns to family and public pages, staff to staff pages: a page the role may not open is skipped. */
    private static boolean fits(Role role, String path) {
        boolean staffPage = path.equals("/staff") || path.startsWith("/staff/") || path.startsWith("/staff?");
        boolean kioskPage = path.equals("/kiosk") || path.startsWith("/kiosk/") || path.startsWith("/kiosk?");
        return role == Role.FAMILY ? !staffPage && !kioskPage : staffPage;
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/logout")
    String logout(@RequestParam(defaultValue = "/") String next, HttpServletRequest request,
            HttpServletResponse response) {
        String token = SessionCookie.read(request);
        if (token != null) {
            logins.logout(token);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, SessionCookie.clear(request).toString());
        // Only our own two starting points: a kiosk goes back to its login, everyone else to the home page.
        return "redirect:" + ("/kiosk".equals(next) ? "/kiosk" : "/");
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/register")
    String registerForm(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", ReturnPath.of(next).orElse(null));
        return "account/register";
    }

    /** A new account opens the page it was created for ({@code next}), else the family's home page. */
    @PreAuthorize("permitAll()")
    @PostMapping("/register")
    String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String fullName, @RequestParam(required = false) String next,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            accounts.register(email, password, fullName, LocaleContextHolder.getLocale());
            IssuedToken token = logins.login(email, password);
            response.addHeader(HttpHeaders.SET_COOKIE,
                    SessionCookie.issue(token.token(), Duration.ofHours(12), request).toString());
            return "redirect:" + ReturnPath.of(next).filter(path -> fits(Role.FAMILY, path)).orElse("/home?registered");
        } catch (ApiException refused) {
            model.addAttribute("email", email);
            model.addAttribute("fullName", fullName);
            model.addAttribute("next", ReturnPath.of(next).orElse(null));
            formErrors.show(model, response, refused, "email", "register.invalid");
            return "account/register";
        }
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/forgot-password")
    String forgotForm() {
        return "account/forgot";
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/forgot-password")
    String forgot(@RequestParam(defaultValue = "") String email, Model model) {
        resets.request(email);
        model.addAttribute("sent", true);
        return "account/forgot";
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "account/reset";
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/reset-password")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            HttpServletResponse response, Model model) {
        try {
            resets.reset(token, password);
            return "redirect:/login?reset";
        } catch (ApiException refused) {
            model.addAttribute("token", token);
            formErrors.show(model, response, refused, "newPassword", "reset.invalid");
            return "account/reset";
        }
    }

    /**
     * The link from the email opens a page with one button: mail scanners that follow links verify nothing.
     * A link that can no longer work says so at once, with the way to a new one.
     */
    @PreAuthorize("permitAll()")
    @GetMapping("/verify-email")
    String verifyForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        if (!token.isEmpty() && !accounts.verificationUsable(token)) {
            model.addAttribute("expired", true);
        }
        return "account/verify";
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/verify-email")
    String verify(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        try {
            accounts.verifyEmail(token);
            model.addAttribute("verified", true);
            // The banner was worked out before the address was confirmed.
            model.addAttribute("unconfirmedEmail", null);
        } catch (ApiException refused) {
            // The page for a link that no longer works offers a new one; it says so whatever the refusal's words.
            model.addAttribute("expired", true);
            response.setStatus(refused.status().value());
        }
        return "account/verify";
    }

    /** Post/Redirect/Get: the page that says a link was sent can be reloaded without sending another. */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/verify-email/new-link")
    String newLink(HttpServletResponse response, Model model) {
        UUID accountId = Caller.required().id();
        if (accounts.find(accountId).map(AccountSummary::emailVerified).orElse(true)) {
            return "redirect:/home";
        }
        try {
            accounts.resendVerification(accountId);
            return "redirect:/verify-email/new-link";
        } catch (ApiException refused) {
            if (Accounts.ALREADY_VERIFIED.equals(refused.code())) {
                return "redirect:/home";
            }
            model.addAttribute("tooMany", true);
            response.setStatus(refused.status().value());
            return "account/verify";
        }
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/verify-email/new-link")
    String linkSent(Model model) {
        model.addAttribute("linkSent", true);
        return "account/verify";
    }
}
