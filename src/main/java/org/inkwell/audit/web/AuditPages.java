package org.inkwell.audit.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditQuery;
import org.inkwell.audit.AuditRecord;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FieldError;
import org.inkwell.platform.Role;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log in the browser: a facility admin reads what was filed under their facility, a platform
 * admin all of it. Filters are a GET form so a filtered page can be bookmarked; paging is by keyset
 * (entries older than the last one shown), which stays fast and stable while new entries arrive. Days
 * are UTC days, as the times shown are.
 */
@WebPage
class AuditPages {

    static final int PAGE_SIZE = 50;
    private static final int MAX_FILTER = 200;

    private final AuditLog auditLog;

    AuditPages(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FACILITY_ADMIN')")
    @GetMapping("/staff/audit")
    String page(@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) Long before, HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        UUID facility = caller.is(Role.PLATFORM_ADMIN) ? null : caller.facilityId();
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add(new FieldError("to", "audit.invalid.order"));
        }
        if (action.length() > MAX_FILTER) {
            errors.add(new FieldError("action", "audit.invalid.tooLong"));
        }
        if (actor.length() > MAX_FILTER) {
            errors.add(new FieldError("actor", "audit.invalid.tooLong"));
        }
        model.addAttribute("action", action);
        model.addAttribute("actor", actor);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actions", auditLog.actions(facility));
        model.addAttribute("everyFacility", facility == null);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", errors);
            model.addAttribute("entries", List.of());
            return "staff/audit";
        }
        List<AuditRecord> found = auditLog.find(new AuditQuery(facility, blankToNull(action), blankToNull(actor.trim()),
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                before, PAGE_SIZE + 1));
        boolean more = found.size() > PAGE_SIZE;
        List<AuditRecord> entries = more ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute("entries", entries);
        model.addAttribute("next", more ? entries.get(entries.size() - 1).id() : null);
        model.addAttribute("paged", before != null);
        return "staff/audit";
    }

    private static LocalDate day(String field, String text, List<FieldError> errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException unreadable) {
            errors.add(new FieldError(field, "audit.invalid.date"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
