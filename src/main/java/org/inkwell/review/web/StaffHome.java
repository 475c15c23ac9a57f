package org.inkwell.review.web;

import java.util.List;
import java.util.stream.Stream;

import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where staff land after logging in. Reviewers have their console; the other roles have no pages yet,
 * so they are told which parts of the API are theirs. It lives here rather than in platform because
 * it knows about the review console, and platform depends on no module.
 */
@WebPage
class StaffHome {

    /** A page of the staff console. */
    record Link(String key, String href) {
    }

    private static final List<Link> FACILITY_ADMIN_PAGES = List.of(
            new Link("staffHome.page.dashboard", "/staff/dashboard"),
            new Link("staffHome.page.contactRequests", "/staff/contact-requests"),
            new Link("staffHome.page.invitations", "/staff/invitations"),
            new Link("staffHome.page.roster", "/staff/roster"),
            new Link("staffHome.page.printBatches", "/staff/print-batches"),
            new Link("staffHome.page.terms", "/staff/terms"),
            new Link("staffHome.page.accounts", "/staff/accounts"),
            new Link("staffHome.page.people", "/staff/people"));

    private static final List<Link> PLATFORM_ADMIN_PAGES = List.of(
            new Link("staffHome.page.facilities", "/staff/facilities"));

    record Tool(String key, String method, String path) {
    }

    private static final List<Tool> FACILITY_ADMIN = List.of(
            new Tool("staffHome.tool.roster", "POST", "/api/v1/staff/roster"),
            new Tool("staffHome.tool.contactRequests", "GET", "/api/v1/staff/contact-requests"),
            new Tool("staffHome.tool.reviewStats", "GET", "/api/v1/staff/review/stats"),
            new Tool("staffHome.tool.printBatches", "GET", "/api/v1/staff/print-batches"),
            new Tool("staffHome.tool.terms", "GET", "/api/v1/staff/screening/terms"),
            new Tool("staffHome.tool.staff", "POST", "/api/v1/admin/staff"),
            new Tool("staffHome.tool.audit", "GET", "/api/v1/admin/audit"));

    private static final List<Tool> PLATFORM_ADMIN = List.of(
            new Tool("staffHome.tool.agencies", "GET", "/api/v1/admin/agencies"),
            new Tool("staffHome.tool.facilities", "POST", "/api/v1/admin/facilities"),
            new Tool("staffHome.tool.staff", "POST", "/api/v1/admin/staff"),
            new Tool("staffHome.tool.audit", "GET", "/api/v1/admin/audit"));

    private static final List<Tool> EVERY_STAFF_MEMBER = List.of(
            new Tool("staffHome.tool.password", "POST", "/api/v1/auth/password"));

    @PreAuthorize("hasAnyRole('REVIEWER','FACILITY_ADMIN','INVESTIGATOR','PLATFORM_ADMIN')")
    @GetMapping("/staff")
    String home(Model model) {
        Caller caller = Caller.required();
        if (caller.is(Role.REVIEWER)) {
            return "redirect:/staff/review";
        }
        List<Tool> own = switch (caller.role()) {
            case FACILITY_ADMIN -> FACILITY_ADMIN;
            case PLATFORM_ADMIN -> PLATFORM_ADMIN;
            default -> List.of();
        };
        model.addAttribute("tools", Stream.concat(own.stream(), EVERY_STAFF_MEMBER.stream()).toList());
        model.addAttribute("pages", switch (caller.role()) {
            case FACILITY_ADMIN -> FACILITY_ADMIN_PAGES;
            case PLATFORM_ADMIN -> PLATFORM_ADMIN_PAGES;
            default -> List.<Link>of();
        });
        return "staff/staff-home";
    }
}
