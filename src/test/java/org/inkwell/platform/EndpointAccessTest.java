package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what, endpoint by endpoint: without a token a protected endpoint answers 401, and with
 * the token of a role that may not call it, 403, before anything in the request is looked at.
 * A new endpoint must be added to {@link #ENDPOINTS}, or {@link #everyEndpointIsInTheTable()} fails.
 * Browser pages have their own table in {@code PageAccessTest}.
 */
class EndpointAccessTest extends IntegrationTest {

    private static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> PUBLIC = Set.of();
    private static final Set<Role> FACILITY_STAFF = EnumSet.of(Role.FACILITY_ADMIN, Role.REVIEWER);
    private static final String SOME_ID = "00000000-0000-0000-0000-00000000abcd";

    /** method, path as mapped, path to call, roles allowed (empty: public). */
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/auth/token", "/api/v1/auth/token", PUBLIC),
            new Endpoint("POST", "/api/v1/auth/logout", "/api/v1/auth/logout", ANYONE),
            new Endpoint("POST", "/api/v1/auth/password", "/api/v1/auth/password",
                    EnumSet.complementOf(EnumSet.of(Role.INMATE))),
            new Endpoint("POST", "/api/v1/accounts", "/api/v1/accounts", PUBLIC),
            new Endpoint("POST", "/api/v1/accounts/verify", "/api/v1/accounts/verify", PUBLIC),
            new Endpoint("POST", "/api/v1/accounts/verify/resend", "/api/v1/accounts/verify/resend", EnumSet.of(Role.FAMILY)),
            new Endpoint("POST", "/api/v1/accounts/verification-email", "/api/v1/accounts/verification-email", EnumSet.of(Role.FAMILY)),
            new Endpoint("GET", "/api/v1/accounts/me", "/api/v1/accounts/me", EnumSet.of(Role.FAMILY)),
            new Endpoint("POST", "/api/v1/accounts/me/close", "/api/v1/accounts/me/close", EnumSet.of(Role.FAMILY)),
            new Endpoint("GET", "/api/v1/facilities", "/api/v1/facilities", PUBLIC),
            new Endpoint("GET", "/api/v1/facilities/{code}", "/api/v1/facilities/DEMO-NORTH", PUBLIC),
            new Endpoint("GET", "/api/v1/facilities/{code}/inmates/{number}", "/api/v1/facilities/DEMO-NORTH/inmates/A1001",
                    EnumSet.of(Role.FAMILY)),
            new Endpoint("POST", "/api/v1/staff/roster", "/api/v1/staff/roster", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("PUT", "/api/v1/staff/facility/phone", "/api/v1/staff/facility/phone", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/staff/transfer-requests", "/api/v1/staff/transfer-requests",
                    EnumSet.of(Role.FACILITY_ADMIN, Role.PLATFORM_ADMIN)),
            new Endpoint("POST", "/api/v1/staff/transfer-requests/{id}/decision",
                    "/api/v1/staff/transfer-requests/" + SOME_ID + "/decision", EnumSet.of(Role.FACILITY_ADMIN, Role.PLATFORM_ADMIN)),
            new Endpoint("GET", "/api/v1/admin/agencies", "/api/v1/admin/agencies", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Endpoint("POST", "/api/v1/admin/agencies", "/api/v1/admin/agencies", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Endpoint("POST", "/api/v1/admin/facilities", "/api/v1/admin/facilities", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Endpoint("PUT", "/api/v1/admin/facilities/{code}", "/api/v1/admin/facilities/DEMO-NORTH",
                    EnumSet.of(Role.PLATFORM_ADMIN)),
            new Endpoint("PUT", "/api/v1/staff/facility/kiosk-settings", "/api/v1/staff/facility/kiosk-settings",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/admin/staff", "/api/v1/admin/staff",
                    EnumSet.of(Role.PLATFORM_ADMIN, Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/admin/audit", "/api/v1/admin/audit",
                    EnumSet.of(Role.PLATFORM_ADMIN, Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/dev/mail", "/api/v1/dev/mail?to=nobody@example.org", PUBLIC),
            new Endpoint("GET", "/api/v1/wallet", "/api/v1/wallet", EnumSet.of(Role.FAMILY)),
            new Endpoint("POST", "/api/v1/wallet/purchases", "/api/v1/wallet/purchases", EnumSet.of(Role.FAMILY)),
            new Endpoint("POST", "/api/v1/wallet/refunds", "/api/v1/wallet/refunds", EnumSet.of(Role.FAMILY)),
            new Endpoint("POST", "/api/v1/contacts", "/api/v1/contacts", EnumSet.of(Role.FAMILY)),
            new Endpoint("GET", "/api/v1/contacts", "/api/v1/contacts", EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("GET", "/api/v1/contacts/{id}", "/api/v1/contacts/" + SOME_ID, EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("POST", "/api/v1/contacts/{id}/block", "/api/v1/contacts/" + SOME_ID + "/block",
                    EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("POST", "/api/v1/contacts/{id}/unblock", "/api/v1/contacts/" + SOME_ID + "/unblock",
                    EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("POST", "/api/v1/inmate/contacts", "/api/v1/inmate/contacts", EnumSet.of(Role.INMATE)),
            new Endpoint("GET", "/api/v1/inmate/invitations", "/api/v1/inmate/invitations", EnumSet.of(Role.INMATE)),
            new Endpoint("POST", "/api/v1/invitations/accept", "/api/v1/invitations/accept", EnumSet.of(Role.FAMILY)),
            new Endpoint("POST", "/api/v1/invitations/decline", "/api/v1/invitations/decline", EnumSet.of(Role.FAMILY)),
            new Endpoint("GET", "/api/v1/staff/invitations", "/api/v1/staff/invitations", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/staff/invitations/{id}/decision",
                    "/api/v1/staff/invitations/" + SOME_ID + "/decision", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/staff/contact-requests", "/api/v1/staff/contact-requests", FACILITY_STAFF),
            new Endpoint("POST", "/api/v1/staff/contact-requests/{id}/decision",
                    "/api/v1/staff/contact-requests/" + SOME_ID + "/decision", FACILITY_STAFF),
            new Endpoint("GET", "/api/v1/staff/contacts", "/api/v1/staff/contacts?inmateNumber=A1001", FACILITY_STAFF),
            new Endpoint("GET", "/api/v1/staff/contacts/{id}", "/api/v1/staff/contacts/" + SOME_ID, FACILITY_STAFF),
            new Endpoint("PUT", "/api/v1/staff/contacts/{id}/suspension", "/api/v1/staff/contacts/" + SOME_ID + "/suspension",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("DELETE", "/api/v1/staff/contacts/{id}/suspension",
                    "/api/v1/staff/contacts/" + SOME_ID + "/suspension", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("PUT", "/api/v1/staff/inmates/{number}/restriction", "/api/v1/staff/inmates/A1001/restriction",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("DELETE", "/api/v1/staff/inmates/{number}/restriction", "/api/v1/staff/inmates/A1001/restriction",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/messages", "/api/v1/messages", EnumSet.of(Role.FAMILY)),
            new Endpoint("POST", "/api/v1/inmate/messages", "/api/v1/inmate/messages", EnumSet.of(Role.INMATE)),
            new Endpoint("GET", "/api/v1/messages", "/api/v1/messages?contactId=" + SOME_ID, EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("GET", "/api/v1/messages/{id}", "/api/v1/messages/" + SOME_ID, EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("POST", "/api/v1/messages/{id}/withdraw", "/api/v1/messages/" + SOME_ID + "/withdraw",
                    EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("POST", "/api/v1/messages/{id}/read", "/api/v1/messages/" + SOME_ID + "/read", EnumSet.of(Role.FAMILY)),
            new Endpoint("PUT", "/api/v1/drafts/{contactId}", "/api/v1/drafts/" + SOME_ID, EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("GET", "/api/v1/drafts/{contactId}", "/api/v1/drafts/" + SOME_ID, EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("DELETE", "/api/v1/drafts/{contactId}", "/api/v1/drafts/" + SOME_ID, EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("POST", "/api/v1/staff/review/claim", "/api/v1/staff/review/claim", EnumSet.of(Role.REVIEWER)),
            new Endpoint("POST", "/api/v1/staff/review/{id}/decision", "/api/v1/staff/review/" + SOME_ID + "/decision",
                    EnumSet.of(Role.REVIEWER)),
            new Endpoint("POST", "/api/v1/staff/review/{id}/release", "/api/v1/staff/review/" + SOME_ID + "/release",
                    EnumSet.of(Role.REVIEWER)),
            new Endpoint("GET", "/api/v1/staff/review/stats", "/api/v1/staff/review/stats", FACILITY_STAFF),
            new Endpoint("GET", "/api/v1/inmate/inbox", "/api/v1/inmate/inbox", EnumSet.of(Role.INMATE)),
            new Endpoint("POST", "/api/v1/inmate/messages/{id}/read", "/api/v1/inmate/messages/" + SOME_ID + "/read",
                    EnumSet.of(Role.INMATE)),
            new Endpoint("POST", "/api/v1/staff/print-batches", "/api/v1/staff/print-batches", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/staff/print-batches", "/api/v1/staff/print-batches", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/staff/print-batches/{id}/pdf", "/api/v1/staff/print-batches/" + SOME_ID + "/pdf",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/staff/print-batches/{id}/confirm",
                    "/api/v1/staff/print-batches/" + SOME_ID + "/confirm", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/staff/screening/terms", "/api/v1/staff/screening/terms", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/staff/screening/terms", "/api/v1/staff/screening/terms", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("DELETE", "/api/v1/staff/screening/terms/{id}", "/api/v1/staff/screening/terms/1",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/contacts/{contactId}/prepaid-replies",
                    "/api/v1/contacts/" + SOME_ID + "/prepaid-replies", EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("GET", "/api/v1/inmate/wallet", "/api/v1/inmate/wallet", EnumSet.of(Role.INMATE)),
            new Endpoint("POST", "/api/v1/staff/inmates/{number}/balance-credits", "/api/v1/staff/inmates/A1001/balance-credits",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/messages/export", "/api/v1/messages/export", EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("GET", "/api/v1/messages/export/{contactId}/pdf", "/api/v1/messages/export/" + SOME_ID + "/pdf",
                    EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("GET", "/api/v1/messages/export/photos", "/api/v1/messages/export/photos",
                    EnumSet.of(Role.FAMILY, Role.INMATE)),
            new Endpoint("POST", "/api/v1/accounts/password-reset", "/api/v1/accounts/password-reset", PUBLIC),
            new Endpoint("POST", "/api/v1/accounts/password-reset/confirm", "/api/v1/accounts/password-reset/confirm", PUBLIC),
            new Endpoint("DELETE", "/api/v1/staff/inmates/{number}/login-lock", "/api/v1/staff/inmates/A1001/login-lock",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/investigations/cases", "/api/v1/investigations/cases", EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/v1/investigations/cases", "/api/v1/investigations/cases", EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/v1/investigations/cases/{id}", "/api/v1/investigations/cases/" + SOME_ID,
                    EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("POST", "/api/v1/investigations/cases/{id}/close", "/api/v1/investigations/cases/" + SOME_ID + "/close",
                    EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/v1/investigations/search", "/api/v1/investigations/search?caseId=" + SOME_ID,
                    EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/v1/investigations/messages/{messageId}",
                    "/api/v1/investigations/messages/" + SOME_ID + "?caseId=" + SOME_ID, EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("POST", "/api/v1/investigations/cases/{id}/items", "/api/v1/investigations/cases/" + SOME_ID + "/items",
                    EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/v1/investigations/cases/{id}/items", "/api/v1/investigations/cases/" + SOME_ID + "/items",
                    EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("POST", "/api/v1/investigations/cases/{id}/watch", "/api/v1/investigations/cases/" + SOME_ID + "/watch",
                    EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/v1/investigations/cases/{id}/watch", "/api/v1/investigations/cases/" + SOME_ID + "/watch",
                    EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("DELETE", "/api/v1/investigations/cases/{id}/watch/{watchId}",
                    "/api/v1/investigations/cases/" + SOME_ID + "/watch/" + SOME_ID, EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/v1/investigations/cases/{id}/alerts", "/api/v1/investigations/cases/" + SOME_ID + "/alerts",
                    EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/v1/investigations/cases/{id}/export", "/api/v1/investigations/cases/" + SOME_ID + "/export",
                    EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/v1/staff/investigation-cases", "/api/v1/staff/investigation-cases",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/staff/investigation-cases/{id}/decision",
                    "/api/v1/staff/investigation-cases/" + SOME_ID + "/decision", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/staff/investigation-access", "/api/v1/staff/investigation-access",
                    EnumSet.of(Role.FACILITY_ADMIN, Role.PLATFORM_ADMIN)),
            new Endpoint("GET", "/api/v1/investigations/links", "/api/v1/investigations/links?caseId=" + SOME_ID,
                    EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("POST", "/api/v1/investigations/cases/{id}/members",
                    "/api/v1/investigations/cases/" + SOME_ID + "/members", EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("GET", "/api/v1/investigations/cases/{id}/members",
                    "/api/v1/investigations/cases/" + SOME_ID + "/members", EnumSet.of(Role.INVESTIGATOR)),
            new Endpoint("POST", "/api/v1/staff/investigation-cases/{id}/extension",
                    "/api/v1/staff/investigation-cases/" + SOME_ID + "/extension", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/legal/registration", "/api/v1/legal/registration", EnumSet.of(Role.FAMILY)),
            new Endpoint("GET", "/api/v1/legal/registration", "/api/v1/legal/registration", EnumSet.of(Role.FAMILY)),
            new Endpoint("GET", "/api/v1/staff/legal-registrations", "/api/v1/staff/legal-registrations?status=PENDING",
                    EnumSet.of(Role.PLATFORM_ADMIN, Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/staff/legal-registrations/{id}/decision",
                    "/api/v1/staff/legal-registrations/" + SOME_ID + "/decision", EnumSet.of(Role.PLATFORM_ADMIN, Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/staff/legal-senders", "/api/v1/staff/legal-senders",
                    EnumSet.of(Role.PLATFORM_ADMIN, Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/staff/legal-senders/{accountId}/suspension",
                    "/api/v1/staff/legal-senders/" + SOME_ID + "/suspension", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("DELETE", "/api/v1/staff/legal-senders/{accountId}/suspension",
                    "/api/v1/staff/legal-senders/" + SOME_ID + "/suspension", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/admin/retention/run", "/api/v1/admin/retention/run", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Endpoint("GET", "/api/v1/admin/retention/runs", "/api/v1/admin/retention/runs", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Endpoint("GET", "/api/v1/admin/holds", "/api/v1/admin/holds", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Endpoint("POST", "/api/v1/admin/holds", "/api/v1/admin/holds", EnumSet.of(Role.PLATFORM_ADMIN)),
            new Endpoint("DELETE", "/api/v1/admin/holds/{id}", "/api/v1/admin/holds/" + SOME_ID, EnumSet.of(Role.PLATFORM_ADMIN)),
            new Endpoint("POST", "/api/v1/staff/legal-print-batches", "/api/v1/staff/legal-print-batches",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/staff/legal-print-batches", "/api/v1/staff/legal-print-batches",
                    EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/staff/legal-print-batches/{id}/pdf",
                    "/api/v1/staff/legal-print-batches/" + SOME_ID + "/pdf", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/staff/legal-print-batches/{id}/confirm",
                    "/api/v1/staff/legal-print-batches/" + SOME_ID + "/confirm", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/api/v1/staff/legal-contacts", "/api/v1/staff/legal-contacts", EnumSet.of(Role.FACILITY_ADMIN)),
            new Endpoint("POST", "/api/v1/photos", "/api/v1/photos", EnumSet.of(Role.FAMILY)),
            new Endpoint("GET", "/api/v1/photos/{id}", "/api/v1/photos/" + SOME_ID,
                    EnumSet.of(Role.FAMILY, Role.INMATE, Role.REVIEWER, Role.FACILITY_ADMIN)),
            new Endpoint("GET", "/error", "/error", PUBLIC));

    private static final Map<Role, String> TOKENS = new HashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String pattern, String path, Set<Role> allowed) {
        /** Sent with the media type the endpoint takes, so the request reaches its handler. */
        String contentType() {
            return pattern.endsWith("/roster") ? "text/csv" : "application/json";
        }

        boolean isPublic() {
            return allowed.isEmpty();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static Stream<Endpoint> protectedEndpoints() {
        return ENDPOINTS.stream().filter(e -> !e.isPublic());
    }

    static Stream<Arguments> forbiddenRoles() {
        return protectedEndpoints().flatMap(e -> Arrays.stream(Role.values())
                .filter(role -> !e.allowed().contains(role))
                .map(role -> Arguments.of(e, role)));
    }

    @ParameterizedTest(name = "{0} without a token answers 401")
    @MethodSource("protectedEndpoints")
    void withoutATokenTheAnswerIs401(Endpoint endpoint) {
        Api.Response response = api().send(endpoint.method(), endpoint.path(), endpoint.contentType(), "{}");

        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest(name = "{0} as {1} answers 403")
    @MethodSource("forbiddenRoles")
    void aRoleThatMayNotCallItGets403(Endpoint endpoint, Role role) {
        Api.Response response = api().as(token(role)).send(endpoint.method(), endpoint.path(), endpoint.contentType(), "{}");

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static Stream<Endpoint> everyEndpoint() {
        return ENDPOINTS.stream();
    }

    static Stream<Endpoint> endpointsWithABody() {
        return ENDPOINTS.stream().filter(e -> e.method().equals("POST") || e.method().equals("PUT"));
    }

    /**
     * PostgreSQL refuses NUL in text, so a NUL that got through to a query answered 500: every endpoint,
     * called by a role that may call it, refuses it with 400 naming the parameter.
     */
    @ParameterizedTest(name = "{0} refuses NUL in the query")
    @MethodSource("everyEndpoint")
    void nulInTheQueryIsRefusedNamingTheParameter(Endpoint endpoint) {
        List<String> names = queryParameters(handler(endpoint));
        List<String> sent = names.isEmpty() ? List.of("q") : names;
        String path = endpoint.path().replaceFirst("\\?.*", "") + "?"
                + String.join("&", sent.stream().map(name -> name + "=x%00y").toList());

        Api.Response response = caller(endpoint).send(endpoint.method(), path, endpoint.contentType(),
                endpoint.contentType().equals("text/csv") ? "number,lastName,firstName,status,housingUnit\n" : "{}");

        assertRefusedNaming(response, sent);
    }

    /** The same for every string of the body the handler reads (a JSON record, or the roster's CSV text). */
    @ParameterizedTest(name = "{0} refuses NUL in the body")
    @MethodSource("endpointsWithABody")
    void nulInTheBodyIsRefusedNamingTheField(Endpoint endpoint) {
        Class<?> bodyType = bodyType(handler(endpoint));
        Api.Response response;
        List<String> fields;
        if (endpoint.contentType().equals("text/csv")) {
            fields = List.of("body");
            response = caller(endpoint).send(endpoint.method(), endpoint.path(), "text/csv",
                    "number,lastName,firstName,status,housingUnit\nZ\u00009001,Nul,Test,IN_CUSTODY,A-1\n");
        } else {
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            if (bodyType != null && bodyType.isRecord()) {
                for (var component : bodyType.getRecordComponents()) {
                    if (component.getType() == String.class) {
                        body.put(component.getName(), "x\u0000y");
                    } else if (List.class.isAssignableFrom(component.getType())) {
                        body.put(component.getName(), List.of("x\u0000y"));
                    }
                }
            }
            if (body.isEmpty()) {
                body.put("text", "x\u0000y");
            }
            fields = body.keySet().stream()
                    .map(name -> body.get(name) instanceof List ? name + "[0]" : name).toList();
            response = caller(endpoint).send(endpoint.method(), endpoint.path(), "application/json", JSON.writeValueAsString(body));
        }

        assertRefusedNaming(response, fields);
    }

    @Test
    void everyEndpointIsInTheTable() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean api = info.getPatternValues().stream().allMatch(p -> p.startsWith("/api/") || p.equals("/error"));
            if (handler.getBeanType().getPackageName().startsWith("org.inkwell") && api) {
                Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
                        : info.getMethodsCondition().getMethods().stream().map(Enum::name)
                                .collect(java.util.stream.Collectors.toSet());
                info.getPatternValues().forEach(p -> methods.forEach(m -> mapped.add(m + " " + p)));
            }
        });
        Set<String> listed = new TreeSet<>();
        ENDPOINTS.forEach(e -> listed.add(e.toString()));

        assertThat(listed).containsAll(mapped);
    }

    private static void assertRefusedNaming(Api.Response response, List<String> fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValues("field").stream().map(JsonNode::asString).toList())
                .as(response.body()).containsAnyElementsOf(fields);
    }

    private Api caller(Endpoint endpoint) {
        return endpoint.isPublic() ? api() : api().as(token(endpoint.allowed().iterator().next()));
    }

    private HandlerMethod handler(Endpoint endpoint) {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().contains(endpoint.pattern()))
                .filter(e -> e.getKey().getMethodsCondition().getMethods().isEmpty()
                        || e.getKey().getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals(endpoint.method())))
                .map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no handler for " + endpoint));
    }

    private static List<String> queryParameters(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(RequestParam.class))
                .map(p -> {
                    RequestParam param = p.getParameterAnnotation(RequestParam.class);
                    if (!param.name().isEmpty()) {
                        return param.name();
                    }
                    p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                    return p.getParameterName();
                })
                .toList();
    }

    private static Class<?> bodyType(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(RequestBody.class))
                .map(MethodParameter::getParameterType)
                .findFirst().orElse(null);
    }

    private String token(Role role) {
        synchronized (TOKENS) {
            return TOKENS.computeIfAbsent(role, r -> switch (r) {
                case FAMILY -> api().login("family@example.org", "demo-family-pass");
                case INMATE -> api().loginInmate("DEMO-NORTH", "A1003", "9753");
                case REVIEWER -> api().login("reviewer.north", "demo-reviewer-pass");
                case FACILITY_ADMIN -> api().login("admin.north", "demo-admin-pass");
                case INVESTIGATOR -> api().login("investigator", "demo-investigator-pass");
                case PLATFORM_ADMIN -> api().login("platform.admin", "demo-platform-pass");
            });
        }
    }
}
