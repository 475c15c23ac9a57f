package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may open which browser page: the public ones open for anyone, the others send the anonymous to
 * the login page and answer 403 to a logged-in role that may not see them. New pages must be added to
 * {@link #PAGES}.
 */
class PageAccessTest extends IntegrationTest {

    private static final Set<Role> PUBLIC = Set.of();
    private static final Set<Role> FAMILY = EnumSet.of(Role.FAMILY);
    private static final Set<Role> INMATE = EnumSet.of(Role.INMATE);
    private static final Set<Role> REVIEWER = EnumSet.of(Role.REVIEWER);
    private static final Set<Role> INVESTIGATOR = EnumSet.of(Role.INVESTIGATOR);
    private static final Set<Role> STAFF = EnumSet.of(Role.REVIEWER, Role.FACILITY_ADMIN, Role.INVESTIGATOR,
            Role.PLATFORM_ADMIN);

    private static final List<Page> PAGES = List.of(
            new Page("GET", "/", "/", PUBLIC),
            new Page("GET", "/facilities", "/facilities", PUBLIC),
            new Page("GET", "/facilities/compare", "/facilities/compare?code=DEMO-NORTH", PUBLIC),
            new Page("GET", "/facilities/{code}", "/facilities/DEMO-NORTH", PUBLIC),
            new Page("GET", "/login", "/login", PUBLIC),
            new Page("POST", "/login", "/login", PUBLIC),
            new Page("POST", "/logout", "/logout", PUBLIC),
            new Page("GET", "/register", "/register", PUBLIC),
            new Page("POST", "/register", "/register", PUBLIC),
            new Page("GET", "/verify-email", "/verify-email?token=x", PUBLIC),
            new Page("POST", "/verify-email", "/verify-email", PUBLIC),
            new Page("GET", "/verify-email/new-link", "/verify-email/new-link", FAMILY),
            new Page("POST", "/verify-email/new-link", "/verify-email/new-link", FAMILY),
            new Page("GET", "/home", "/home", FAMILY),
            new Page("GET", "/contacts/new", "/contacts/new", FAMILY),
            new Page("POST", "/contacts", "/contacts", FAMILY),
            new Page("GET", "/wallet", "/wallet", FAMILY),
            new Page("POST", "/wallet/purchases", "/wallet/purchases", FAMILY),
            new Page("GET", "/wallet/refund", "/wallet/refund", FAMILY),
            new Page("GET", "/wallet/receipts/{id}", "/wallet/receipts/00000000-0000-0000-0000-00000000abcd", FAMILY),
            new Page("GET", "/conversations/{contactId}", "/conversations/00000000-0000-0000-0000-00000000abcd", FAMILY),
            new Page("POST", "/conversations/{contactId}/messages",
                    "/conversations/00000000-0000-0000-0000-00000000abcd/messages", FAMILY),
            new Page("GET", "/photos/{id}", "/photos/00000000-0000-0000-0000-00000000abcd",
                    EnumSet.of(Role.FAMILY, Role.REVIEWER, Role.FACILITY_ADMIN)),
            new Page("POST", "/drafts/{contactId}", "/drafts/00000000-0000-0000-0000-00000000abcd",
                    EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Page("GET", "/export", "/export", FAMILY),
            new Page("GET", "/export/letters.json", "/export/letters.json", FAMILY),
            new Page("GET", "/export/{contactId}.pdf", "/export/00000000-0000-0000-0000-00000000abcd.pdf", FAMILY),
            new Page("GET", "/export/photos.zip", "/export/photos.zip", FAMILY),
            new Page("GET", "/staff/contact-requests", "/staff/contact-requests", EnumSet.of(Role.FACILITY_ADMIN, Role.REVIEWER)),
            new Page("GET", "/staff/invitations", "/staff/invitations", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/invitations/{id}", "/staff/invitations/00000000-0000-0000-0000-00000000abcd",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/contact-requests/{id}", "/staff/contact-requests/00000000-0000-0000-0000-00000000abcd",
                    EnumSet.of(Role.FACILITY_ADMIN, Role.REVIEWER)),
            new Page("GET", "/staff/roster", "/staff/roster", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/roster", "/staff/roster", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/staff/roster/template.csv", "/staff/roster/template.csv", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/roster/transfers/{id}", "/staff/roster/transfers/00000000-0000-0000-0000-00000000abcd",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/staff/print-batches", "/staff/print-batches", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/print-batches", "/staff/print-batches", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/staff/print-batches/{id}.pdf", "/staff/print-batches/00000000-0000-0000-0000-00000000abcd.pdf",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/print-batches/{id}/confirm",
                    "/staff/print-batches/00000000-0000-0000-0000-00000000abcd/confirm", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/forgot-password", "/forgot-password", PUBLIC),
            new Page("POST", "/forgot-password", "/forgot-password", PUBLIC),
            new Page("GET", "/reset-password", "/reset-password?token=x", PUBLIC),
            new Page("POST", "/reset-password", "/reset-password", PUBLIC),
            new Page("GET", "/invitations", "/invitations", FAMILY),
            new Page("POST", "/invitations", "/invitations", FAMILY),
            new Page("POST", "/wallet/refunds", "/wallet/refunds", FAMILY),
            new Page("GET", "/account", "/account", FAMILY),
            new Page("POST", "/account/close", "/account/close", FAMILY),
            new Page("GET", "/staff/facilities", "/staff/facilities", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("POST", "/staff/agencies", "/staff/agencies", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("GET", "/staff/facilities/new", "/staff/facilities/new", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("POST", "/staff/facilities/new", "/staff/facilities/new", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("GET", "/staff/facilities/{code}", "/staff/facilities/DEMO-NORTH", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("POST", "/staff/facilities/{code}", "/staff/facilities/DEMO-NORTH", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("GET", "/staff/facilities/{code}/admins", "/staff/facilities/DEMO-NORTH/admins",
                    EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("POST", "/staff/facilities/{code}/admins", "/staff/facilities/DEMO-NORTH/admins",
                    EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("GET", "/kiosk/invite", "/kiosk/invite", INMATE),
            new Page("POST", "/kiosk/invite", "/kiosk/invite", INMATE),
            new Page("GET", "/staff/dashboard", "/staff/dashboard", EnumSet.of(Role.FACILITY_ADMIN, Role.REVIEWER)),
            new Page("GET", "/staff/terms", "/staff/terms", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/terms", "/staff/terms", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/terms/{id}/retire", "/staff/terms/1/retire", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/staff/accounts", "/staff/accounts", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/accounts", "/staff/accounts", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/staff/kiosk-settings", "/staff/kiosk-settings", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/kiosk-settings", "/staff/kiosk-settings", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/staff/people", "/staff/people", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/staff/facility", "/staff/facility", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/facility", "/staff/facility", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/people/{number}/login-lock", "/staff/people/A1001/login-lock",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/people/{number}/contacts/{id}/suspension",
                    "/staff/people/A1001/contacts/00000000-0000-0000-0000-00000000abcd/suspension", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/people/{number}/restriction", "/staff/people/A1001/restriction",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/kiosk", "/kiosk", PUBLIC),
            new Page("POST", "/kiosk", "/kiosk", PUBLIC),
            new Page("POST", "/kiosk/logout", "/kiosk/logout", PUBLIC),
            new Page("GET", "/kiosk/ended", "/kiosk/ended", PUBLIC),
            new Page("POST", "/kiosk/session/more-time", "/kiosk/session/more-time", INMATE),
            new Page("GET", "/kiosk/inbox", "/kiosk/inbox", INMATE),
            new Page("GET", "/kiosk/messages/{id}", "/kiosk/messages/00000000-0000-0000-0000-00000000abcd", INMATE),
            new Page("POST", "/kiosk/messages/{id}/read", "/kiosk/messages/00000000-0000-0000-0000-00000000abcd/read",
                    INMATE),
            new Page("GET", "/kiosk/messages/{id}/photos/{number}",
                    "/kiosk/messages/00000000-0000-0000-0000-00000000abcd/photos/1", INMATE),
            new Page("GET", "/kiosk/photos/{id}", "/kiosk/photos/00000000-0000-0000-0000-00000000abcd", INMATE),
            new Page("GET", "/kiosk/write/{contactId}", "/kiosk/write/00000000-0000-0000-0000-00000000abcd", INMATE),
            new Page("POST", "/kiosk/write/{contactId}", "/kiosk/write/00000000-0000-0000-0000-00000000abcd", INMATE),
            new Page("GET", "/staff", "/staff", STAFF),
            new Page("GET", "/staff/password", "/staff/password", STAFF),
            new Page("POST", "/staff/password", "/staff/password", STAFF),
            new Page("GET", "/staff/audit", "/staff/audit", EnumSet.of(Role.FACILITY_ADMIN, Role.PLATFORM_ADMIN)),
            new Page("GET", "/staff/investigations", "/staff/investigations", INVESTIGATOR),
            new Page("GET", "/staff/investigations/new", "/staff/investigations/new", INVESTIGATOR),
            new Page("POST", "/staff/investigations", "/staff/investigations", INVESTIGATOR),
            new Page("GET", "/staff/investigations/{id}", "/staff/investigations/00000000-0000-0000-0000-00000000abcd", INVESTIGATOR),
            new Page("POST", "/staff/investigations/{id}/close", "/staff/investigations/00000000-0000-0000-0000-00000000abcd/close", INVESTIGATOR),
            new Page("POST", "/staff/investigations/{id}/watch", "/staff/investigations/00000000-0000-0000-0000-00000000abcd/watch", INVESTIGATOR),
            new Page("POST", "/staff/investigations/{id}/watch/{watchId}/remove",
                    "/staff/investigations/00000000-0000-0000-0000-00000000abcd/watch/00000000-0000-0000-0000-00000000abcd/remove", INVESTIGATOR),
            new Page("GET", "/staff/investigations/{id}/alerts", "/staff/investigations/00000000-0000-0000-0000-00000000abcd/alerts",
                    INVESTIGATOR),
            new Page("GET", "/staff/investigations/{id}/messages/{messageId}",
                    "/staff/investigations/00000000-0000-0000-0000-00000000abcd/messages/00000000-0000-0000-0000-00000000abcd", INVESTIGATOR),
            new Page("POST", "/staff/investigations/{id}/items", "/staff/investigations/00000000-0000-0000-0000-00000000abcd/items",
                    INVESTIGATOR),
            new Page("POST", "/staff/investigations/{id}/members",
                    "/staff/investigations/00000000-0000-0000-0000-00000000abcd/members", INVESTIGATOR),
            new Page("GET", "/staff/investigations/{id}/links",
                    "/staff/investigations/00000000-0000-0000-0000-00000000abcd/links", INVESTIGATOR),
            new Page("GET", "/staff/investigations/{id}/export.zip",
                    "/staff/investigations/00000000-0000-0000-0000-00000000abcd/export.zip", INVESTIGATOR),
            new Page("GET", "/staff/investigation-cases", "/staff/investigation-cases", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/investigation-cases/{id}/decision",
                    "/staff/investigation-cases/00000000-0000-0000-0000-00000000abcd/decision", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/investigation-cases/{id}/extension",
                    "/staff/investigation-cases/00000000-0000-0000-0000-00000000abcd/extension", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/staff/investigation-access", "/staff/investigation-access",
                    EnumSet.of(Role.FACILITY_ADMIN, Role.PLATFORM_ADMIN)),
            new Page("GET", "/attorney", "/attorney", FAMILY),
            new Page("POST", "/attorney", "/attorney", FAMILY),
            new Page("GET", "/staff/legal-senders", "/staff/legal-senders", EnumSet.of(Role.FACILITY_ADMIN, Role.PLATFORM_ADMIN)),
            new Page("POST", "/staff/legal-registrations/{id}", "/staff/legal-registrations/00000000-0000-0000-0000-00000000abcd",
                    EnumSet.of(Role.FACILITY_ADMIN, Role.PLATFORM_ADMIN)),
            new Page("POST", "/staff/legal-senders/{accountId}/suspension",
                    "/staff/legal-senders/00000000-0000-0000-0000-00000000abcd/suspension", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/legal-senders/{accountId}/restore",
                    "/staff/legal-senders/00000000-0000-0000-0000-00000000abcd/restore", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/staff/retention", "/staff/retention", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("POST", "/staff/retention/run", "/staff/retention/run", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("GET", "/staff/holds", "/staff/holds", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("POST", "/staff/holds", "/staff/holds", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("POST", "/staff/holds/{id}/lift", "/staff/holds/00000000-0000-0000-0000-00000000abcd/lift",
                    EnumSet.of(Role.PLATFORM_ADMIN)),
            new Page("GET", "/staff/review", "/staff/review", REVIEWER),
            new Page("POST", "/staff/review/claim", "/staff/review/claim", REVIEWER),
            new Page("GET", "/staff/review/messages/{id}", "/staff/review/messages/00000000-0000-0000-0000-00000000abcd",
                    REVIEWER),
            new Page("POST", "/staff/review/messages/{id}/decision",
                    "/staff/review/messages/00000000-0000-0000-0000-00000000abcd/decision", REVIEWER),
            new Page("POST", "/staff/review/messages/{id}/release",
                    "/staff/review/messages/00000000-0000-0000-0000-00000000abcd/release", REVIEWER),
            new Page("GET", "/staff/review/settings", "/staff/review/settings", REVIEWER),
            new Page("POST", "/staff/review/settings", "/staff/review/settings", REVIEWER),
            new Page("GET", "/staff/legal-print-batches", "/staff/legal-print-batches", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/legal-print-batches", "/staff/legal-print-batches", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/staff/legal-print-batches/{id}.pdf",
                    "/staff/legal-print-batches/00000000-0000-0000-0000-00000000abcd.pdf", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("POST", "/staff/legal-print-batches/{id}/confirm",
                    "/staff/legal-print-batches/00000000-0000-0000-0000-00000000abcd/confirm", EnumSet.of(Role.FACILITY_ADMIN)),
            new Page("GET", "/staff/legal-contacts", "/staff/legal-contacts", EnumSet.of(Role.FACILITY_ADMIN)));

    private static final Map<Role, String> SESSIONS = new HashMap<>();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    record Page(String method, String pattern, String path, Set<Role> allowed) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static Stream<Page> protectedGetPages() {
        return PAGES.stream().filter(p -> !p.allowed().isEmpty() && p.method().equals("GET"));
    }

    static Stream<Page> publicGetPages() {
        return PAGES.stream().filter(p -> p.allowed().isEmpty() && p.method().equals("GET"));
    }

    static Stream<Arguments> forbidden() {
        return protectedGetPages().flatMap(p -> Stream.of(Role.REVIEWER, Role.PLATFORM_ADMIN)
                .filter(r -> !p.allowed().contains(r)).map(r -> Arguments.of(p, r)));
    }

    static Stream<Page> postPages() {
        return PAGES.stream().filter(p -> p.method().equals("POST"));
    }

    /** Every change a page makes is a form POST carrying the CSRF token; without it nothing happens. */
    @ParameterizedTest(name = "{0} refuses a POST without the CSRF token")
    @MethodSource("postPages")
    void aPostWithoutTheCsrfTokenIsRefused(Page page) {
        Api.Response response = api().send("POST", page.path(), "application/x-www-form-urlencoded", "");

        assertThat(response.status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} is open to anyone")
    @MethodSource("publicGetPages")
    void publicPagesOpenForAnyone(Page page) {
        Api.Response response = api().get(page.path());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
    }

    @ParameterizedTest(name = "{0} sends the anonymous to log in")
    @MethodSource("protectedGetPages")
    void protectedPagesSendTheAnonymousToLogIn(Page page) {
        Api.Response response = api().get(page.path());

        assertThat(response.status()).isEqualTo(302);
        String login = page.path().startsWith("/kiosk") ? "/login"
                : "/login?next=" + java.net.URLEncoder.encode(page.path(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.header("Location").orElse("")).as("back to the page after logging in").endsWith(login);
    }

    @ParameterizedTest(name = "{0} is forbidden to {1}")
    @MethodSource("forbidden")
    void aRoleThatMayNotSeeAPageGets403(Page page, Role role) {
        Api.Response response = api().with("Cookie", "inkwell_session=" + session(role)).get(page.path());

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void everyPageIsInTheTable() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().isAnnotationPresent(WebPage.class)) {
                info.getMethodsCondition().getMethods().forEach(m ->
                        info.getPatternValues().forEach(p -> mapped.add(m.name() + " " + p)));
            }
        });
        Set<String> listed = new TreeSet<>();
        PAGES.forEach(p -> listed.add(p.toString()));

        assertThat(mapped).isNotEmpty();
        assertThat(listed).containsAll(mapped);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        Api.Response response = api().get("/");

        assertThat(response.header("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.header("Referrer-Policy")).contains("same-origin");
    }

    private String session(Role role) {
        synchronized (SESSIONS) {
            return SESSIONS.computeIfAbsent(role, r -> switch (r) {
                case REVIEWER -> api().login("reviewer.north", "demo-reviewer-pass");
                case PLATFORM_ADMIN -> api().login("platform.admin", "demo-platform-pass");
                default -> throw new IllegalArgumentException(r.name());
            });
        }
    }
}
