package org.inkwell.contacts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.contacts.Contacts;
import org.inkwell.directory.Facilities;
import org.inkwell.identity.Logins;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's correspondence, for the facility admin: their contacts, suspending one until a date, or
 * restricting all of it (discipline). Dates are whole days in the facility's time zone, ending at midnight.
 */
@WebPage
class PersonPages {

    /** Refusals about who is asked for, not about a row's fields: they are shown beside the number. */
    private static final Set<String> NOT_THEIRS = Set.of("person.not-held-here", "contact.not-at-facility");

    private final Contacts contacts;
    private final Facilities facilities;
    private final Logins logins;
    private final FormErrors formErrors;

    PersonPages(Contacts contacts, Facilities facilities, Logins logins, FormErrors formErrors) {
        this.contacts = contacts;
        this.facilities = facilities;
        this.logins = logins;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/people")
    String person(@RequestParam(defaultValue = "") String number, HttpServletResponse response, Model model) {
        model.addAttribute("number", number);
        if (!number.isBlank()) {
            try {
                model.addAttribute("contacts", contacts.ofPerson(Caller.required(), number));
                logins.inmateLockedFor(Caller.required(), number)
                        .ifPresent(left -> model.addAttribute("lockedMinutes", Math.max(1, (left.toSeconds() + 59) / 60)));
            } catch (ApiException notHere) {
                formErrors.show(model, response, notHere, "number");
            }
        }
        return "staff/people";
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/people/{number}/contacts/{id}/suspension")
    String suspend(@PathVariable String number, @PathVariable UUID id, @RequestParam(defaultValue = "") String until,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "suspend") String action,
            HttpServletResponse response, Model model) {
        try {
            boolean theirs = contacts.ofPerson(Caller.required(), number).stream()
                    .anyMatch(c -> c.contact().id().equals(id));
            if (!theirs) {
                throw ApiException.notFound("contact.not-at-facility",
                        "This person held at your facility has no such contact.");
            }
            if ("lift".equals(action)) {
                contacts.liftSuspension(Caller.required(), id);
            } else {
                contacts.suspend(Caller.required(), id, endOfDay(until), reason);
            }
            return "redirect:/staff/people?number=" + number + "&saved";
        } catch (ApiException refused) {
            return refused(refused, number, id, response, model);
        }
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/people/{number}/restriction")
    String restrict(@PathVariable String number, @RequestParam(defaultValue = "") String until,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "restrict") String action,
            HttpServletResponse response, Model model) {
        try {
            if ("lift".equals(action)) {
                contacts.liftRestriction(Caller.required(), number);
            } else {
                contacts.restrict(Caller.required(), number, endOfDay(until), reason);
            }
            return "redirect:/staff/people?number=" + number + "&saved";
        } catch (ApiException refused) {
            return refused(refused, number, "restriction", response, model);
        }
    }

    /**
     * The refusal beside the row's fields ({@code until-<row>}, {@code reason-<row>}; the restriction's row is
     * {@code restriction}); someone not held here, or a contact not theirs, beside the number.
     */
    private String refused(ApiException refusal, String number, Object row, HttpServletResponse response,
            Model model) {
        String page = person(number, response, model);
        if (NOT_THEIRS.contains(refusal.code())) {
            formErrors.show(model, response, refusal, "number");
        } else {
            formErrors.showInRow(model, response, refusal, "until", row);
        }
        return page;
    }

    /** The end of the given day in the facility's zone; an unreadable date is treated as missing. */
    private Instant endOfDay(String date) {
        if (date.isBlank()) {
            return null;
        }
        ZoneId zone = ZoneId.of(facilities.findById(Caller.required().facilityId()).orElseThrow().timeZone());
        try {
            return LocalDate.parse(date).plusDays(1).atStartOfDay(zone).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
