package org.inkwell.records.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.inkwell.records.LegalHolds;
import org.inkwell.records.Retention;
import org.inkwell.records.RetentionRun;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform admin's pages of records: the retention runs with "run now", and legal holds. */
@WebPage
class RecordsPages {

    private final Retention retention;
    private final LegalHolds holds;
    private final FormErrors formErrors;

    RecordsPages(Retention retention, LegalHolds holds, FormErrors formErrors) {
        this.retention = retention;
        this.holds = holds;
        this.formErrors = formErrors;
    }

    /** The hold form's fields, as posted. */
    record HoldForm(String facility, String inmateNumber, String email, String reference, String reason) {
        static HoldForm blank() {
            return new HoldForm("", "", "", "", "");
        }
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @GetMapping("/staff/retention")
    String runs(Model model) {
        model.addAttribute("runs", retention.recentRuns());
        return "staff/retention";
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PostMapping("/staff/retention/run")
    String runNow(RedirectAttributes redirect) {
        RetentionRun run = retention.runNow(Caller.required());
        redirect.addAttribute("ran", run.id());
        return "redirect:/staff/retention";
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @GetMapping("/staff/holds")
    String holds(Model model) {
        return holdsPage(model, HoldForm.blank());
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PostMapping("/staff/holds")
    String place(@ModelAttribute HoldForm form, HttpServletResponse response, Model model) {
        try {
            holds.place(Caller.required(), form.facility(), form.inmateNumber(), form.email(), form.reference(),
                    form.reason());
            return "redirect:/staff/holds?placed";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "subject", "holdForm");
            return holdsPage(model, form);
        }
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PostMapping("/staff/holds/{id}/lift")
    String lift(@PathVariable UUID id) {
        holds.lift(Caller.required(), id);
        return "redirect:/staff/holds?lifted";
    }

    private String holdsPage(Model model, HoldForm form) {
        model.addAttribute("form", form);
        model.addAttribute("holds", holds.list());
        return "staff/holds";
    }
}
