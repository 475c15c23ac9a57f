package org.inkwell.investigations.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.investigations.AccessEntry;
import org.inkwell.investigations.AccessLog;
import org.inkwell.investigations.CaseDecision;
import org.inkwell.investigations.CaseStatus;
import org.inkwell.investigations.Cases;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FacilityTime;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Oversight in the browser: a facility admin decides the agency's cases waiting for a second person, and
 * reads (as a platform admin does, for every agency) who searched and read what under which case.
 */
@WebPage
class CaseOversightPages {

    static final int PAGE_SIZE = 50;

    private final Cases cases;
    private final AccessLog accessLog;
    private final FormErrors formErrors;
    private final Clock clock;

    CaseOversightPages(Cases cases, AccessLog accessLog, FormErrors formErrors, Clock clock) {
        this.cases = cases;
        this.accessLog = accessLog;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/investigation-cases")
    String waiting(Model model) {
        return waitingPage(model);
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/investigation-cases/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String accessUntil,
            HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        try {
            CaseDecision chosen = "DENY".equals(decision) ? CaseDecision.DENY
                    : "APPROVE".equals(decision) ? CaseDecision.APPROVE : null;
            Instant until = chosen == CaseDecision.APPROVE ? endOf(accessUntil, (ZoneId) model.getAttribute("facilityZone"))
                    : null;
            cases.decide(caller, id, chosen, reason, until);
            return "redirect:/staff/investigation-cases?decided=" + chosen.name().toLowerCase(java.util.Locale.ROOT);
        } catch (ApiException refused) {
            formErrors.showInRow(model, response, refused, "reason", id);
            model.addAttribute("typedReason", reason);
            model.addAttribute("typedUntil", accessUntil);
            model.addAttribute("typedFor", id);
            return waitingPage(model);
        }
    }

    /** A second person moves the end of an approved case (an expired one opens again), with a reason. */
    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/investigation-cases/{id}/extension")
    String extend(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String accessUntil, HttpServletResponse response, Model model) {
        try {
            cases.extend(Caller.required(), id, endOf(accessUntil, (ZoneId) model.getAttribute("facilityZone")), reason);
            return "redirect:/staff/investigation-cases?extended#approved";
        } catch (ApiException refused) {
            formErrors.showInRow(model, response, refused, "reason", id);
            model.addAttribute("typedReason", reason);
            model.addAttribute("typedUntil", accessUntil);
            model.addAttribute("typedFor", id);
            return waitingPage(model);
        }
    }

    @PreAuthorize("hasAnyRole('FACILITY_ADMIN', 'PLATFORM_ADMIN')")
    @GetMapping("/staff/investigation-access")
    String accessLog(@RequestParam(required = false) Long before, Model model) {
        List<AccessEntry> found = accessLog.read(Caller.required(), before, PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        List<AccessEntry> entries = more ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute("entries", entries);
        model.addAttribute("next", more ? entries.get(entries.size() - 1).id() : null);
        model.addAttribute("paged", before != null);
        return "staff/investigation-access";
    }

    private String waitingPage(Model model) {
        Caller caller = Caller.required();
        model.addAttribute("cases", cases.ofAgency(caller, CaseStatus.PENDING).stream()
                .map(c -> CaseView.of(c, clock)).toList());
        model.addAttribute("approved", cases.ofAgency(caller, CaseStatus.OPEN).stream()
                .map(c -> CaseView.of(c, clock)).toList());
        return "staff/investigation-cases";
    }

    /** Access runs to the end of the chosen day where the admin works; no day gives the days asked for. */
    private static Instant endOf(String day, ZoneId zone) {
        if (day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip()).plusDays(1).atStartOfDay(zone == null ? FacilityTime.UTC : zone)
                    .toInstant();
        } catch (DateTimeParseException unreadable) {
            throw ApiException.invalidField("case.access-until", "accessUntil", "is not a date");
        }
    }
}
