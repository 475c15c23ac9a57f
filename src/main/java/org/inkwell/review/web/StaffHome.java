package org.inkwell.review.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.inkwell.directory.DeliveryMode;
import org.inkwell.directory.Facilities;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where staff land after logging in: reviewers go straight to their console and investigators to their
 * cases; the other roles see the pages that are theirs. It lives here rather than in platform because it
 * knows about the review console, and platform depends on no module.
 */
@WebPage
class StaffHome {

    /** A page of the staff console. */
    record Link(String key, String href) {
    }

    /** Offered only where the facility delivers on paper. */
    private static final String PRINT_BATCHES = "/staff/print-batches";

    private static final List<Link> FACILITY_ADMIN_PAGES = List.of(
            new Link("staffHome.page.dashboard", "/staff/dashboard"),
            new Link("staffHome.page.contactRequests", "/staff/contact-requests"),
            new Link("staffHome.page.invitations", "/staff/invitations"),
            new Link("staffHome.page.roster", "/staff/roster"),
            new Link("staffHome.page.printBatches", PRINT_BATCHES),
            new Link("staffHome.page.terms", "/staff/terms"),
            new Link("staffHome.page.accounts", "/staff/accounts"),
            new Link("staffHome.page.people", "/staff/people"),
            new Link("staffHome.page.facilityContact", "/staff/facility"),
            new Link("staffHome.page.kioskSettings", "/staff/kiosk-settings"),
            new Link("staffHome.page.audit", "/staff/audit"),
            new Link("staffHome.page.investigationCases", "/staff/investigation-cases"),
            new Link("staffHome.page.investigationAccess", "/staff/investigation-access"));

    private static final List<Link> PLATFORM_ADMIN_PAGES = List.of(
            new Link("staffHome.page.facilities", "/staff/facilities"),
            new Link("staffHome.page.audit", "/staff/audit"),
            new Link("staffHome.page.investigationAccess", "/staff/investigation-access"),
            new Link("staffHome.page.retention", "/staff/retention"),
            new Link("staffHome.page.holds", "/staff/holds"));

    private static final List<Link> EVERY_STAFF_MEMBER = List.of(
            new Link("staffHome.page.password", "/staff/password"));

    private final Facilities facilities;

    StaffHome(Facilities facilities) {
        this.facilities = facilities;
    }

    @PreAuthorize("hasAnyRole('REVIEWER','FACILITY_ADMIN','INVESTIGATOR','PLATFORM_ADMIN')")
    @GetMapping("/staff")
    String home(Model model) {
        Caller caller = Caller.required();
        if (caller.is(Role.REVIEWER)) {
            return "redirect:/staff/review";
        }
        if (caller.is(Role.INVESTIGATOR)) {
            return "redirect:/staff/investigations";
        }
        List<Link> own = switch (caller.role()) {
            case FACILITY_ADMIN -> FACILITY_ADMIN_PAGES.stream()
                    .filter(link -> !link.href().equals(PRINT_BATCHES) || printsOnPaper(caller)).toList();
            case PLATFORM_ADMIN -> PLATFORM_ADMIN_PAGES;
            default -> List.of();
        };
        model.addAttribute("pages", Stream.concat(own.stream(), EVERY_STAFF_MEMBER.stream()).toList());
        return "staff/staff-home";
    }

    private boolean printsOnPaper(Caller caller) {
        return Optional.ofNullable(caller.facilityId()).flatMap(facilities::findById)
                .map(f -> f.delivery() == DeliveryMode.PRINT).orElse(false);
    }
}
