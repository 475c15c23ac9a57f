package org.inkwell.legal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.legal.LegalDecision;
import org.inkwell.legal.LegalRegistrations;
import org.inkwell.legal.LegalSenders;
import org.inkwell.legal.RegistrationStatus;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.Role;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Platform and facility admins: registrations waiting for a decision (approve with a re-check date, or deny),
 * and the approved legal senders, whose privilege a facility admin suspends or restores at their facility.
 */
@WebPage
class StaffLegalPages {

    private static final String PAGE = "staff/legal-senders";

    private final LegalRegistrations registrations;
    private final LegalSenders senders;
    private final LegalViews views;
    private final FormErrors formErrors;

    StaffLegalPages(LegalRegistrations registrations, LegalSenders senders, LegalViews views, FormErrors formErrors) {
        this.registrations = registrations;
        this.senders = senders;
        this.views = views;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FACILITY_ADMIN')")
    @GetMapping("/staff/legal-senders")
    String page(Model model) {
        show(model);
        return PAGE;
    }

    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FACILITY_ADMIN')")
    @PostMapping("/staff/legal-registrations/{id}")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String recheckOn,
            HttpServletResponse response, Model model) {
        try {
            registrations.decide(Caller.required(), id, decisionOf(decision), reason, dateOf(recheckOn));
            return "redirect:/staff/legal-senders?decided";
        } catch (ApiException refused) {
            show(model);
            typed(model, id, reason, recheckOn);
            formErrors.showInRow(model, response, refused, "reason", id);
            return PAGE;
        }
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/legal-senders/{accountId}/suspension")
    String suspend(@PathVariable UUID accountId, @RequestParam(defaultValue = "") String reason,
            HttpServletResponse response, Model model) {
        try {
            senders.suspend(Caller.required(), accountId, reason);
            return "redirect:/staff/legal-senders?suspended";
        } catch (ApiException refused) {
            show(model);
            typed(model, accountId, reason, "");
            formErrors.showInRow(model, response, refused, "reason", accountId);
            return PAGE;
        }
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/legal-senders/{accountId}/restore")
    String restore(@PathVariable UUID accountId, HttpServletResponse response, Model model) {
        try {
            senders.lift(Caller.required(), accountId);
            return "redirect:/staff/legal-senders?restored";
        } catch (ApiException refused) {
            show(model);
            formErrors.showInRow(model, response, refused, "reason", accountId);
            return PAGE;
        }
    }

    private void show(Model model) {
        Caller admin = Caller.required();
        model.addAttribute("pending", views.forStaff(registrations.forStaff(admin, RegistrationStatus.PENDING)));
        model.addAttribute("senders", views.senders(senders.forStaff(admin)));
        model.addAttribute("platformAdmin", admin.is(Role.PLATFORM_ADMIN));
        model.addAttribute("defaultRecheck", registrations.defaultRecheckOn());
    }

    /** What the admin typed into the refused row's form, so they correct it rather than type it again. */
    private static void typed(Model model, UUID row, String reason, String recheckOn) {
        model.addAttribute("typedFor", row);
        model.addAttribute("typedReason", reason);
        model.addAttribute("typedRecheck", recheckOn);
    }

    private static LegalDecision decisionOf(String value) {
        return switch (value) {
            case "APPROVE" -> LegalDecision.APPROVE;
            case "DENY" -> LegalDecision.DENY;
            default -> null;
        };
    }

    private static LocalDate dateOf(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw ApiException.invalidField(LegalRegistrations.RECHECK_INVALID, "recheckOn", "must be a date");
        }
    }
}
