package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff endpoint and page that names a person by number looks the person up within the caller's
 * facility only: staff of another facility of the same agency get 404 and change nothing, even after
 * their roster named the person (which only asks the holding facility for a transfer). A new endpoint
 * naming a person must be added to {@link #CALLS}, or {@link #everyStaffEndpointNamingAPersonIsWalked()} fails.
 */
class StaffActOnlyOnTheirOwnPeopleTest extends IntegrationTest {

    private static final String UNTIL = Instant.now().plus(Duration.ofDays(30)).toString();
    private static final String UNTIL_DAY = LocalDate.now().plusDays(30).toString();

    /** {number}: the person held at the other facility; {contact}: their approved contact there. */
    private static final List<Call> CALLS = List.of(
            Call.api("GET", "/api/v1/staff/contacts", "/api/v1/staff/contacts?inmateNumber={number}", null),
            Call.api("PUT", "/api/v1/staff/inmates/{number}/restriction", "/api/v1/staff/inmates/{number}/restriction",
                    Map.of("until", UNTIL, "reason", "taken over")),
            Call.api("DELETE", "/api/v1/staff/inmates/{number}/restriction", "/api/v1/staff/inmates/{number}/restriction",
                    null),
            Call.api("POST", "/api/v1/staff/inmates/{number}/balance-credits",
                    "/api/v1/staff/inmates/{number}/balance-credits", Map.of("amountCents", 500, "reference", "c-1")),
            Call.api("DELETE", "/api/v1/staff/inmates/{number}/login-lock", "/api/v1/staff/inmates/{number}/login-lock",
                    null),
            Call.page("GET", "/staff/people", "/staff/people?number={number}", null),
            Call.page("POST", "/staff/people/{number}/login-lock", "/staff/people/{number}/login-lock", Map.of()),
            Call.page("POST", "/staff/people/{number}/restriction", "/staff/people/{number}/restriction",
                    Map.of("until", UNTIL_DAY, "reason", "taken over")),
            Call.page("POST", "/staff/people/{number}/contacts/{id}/suspension",
                    "/staff/people/{number}/contacts/{contact}/suspension", Map.of("until", UNTIL_DAY, "reason", "taken over")));

    private static World world;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    record Call(String method, String pattern, String path, Map<String, ?> body, boolean page) {
        static Call api(String method, String pattern, String path, Map<String, ?> body) {
            return new Call(method, pattern, path, body, false);
        }

        static Call page(String method, String pattern, String path, Map<String, ?> body) {
            return new Call(method, pattern, path, body, true);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** One person held at {@code holding}, with an approved contact; {@code other} listed them on its roster. */
    record World(TestFacility holding, TestFacility other, String otherReviewer, String number, String contact,
                 String inmateToken) {
    }

    static Stream<Call> calls() {
        return CALLS.stream();
    }

    @ParameterizedTest(name = "{0} about another facility's person answers 404")
    @MethodSource("calls")
    void anotherFacilitysPersonAnswers404AndNothingChanges(Call call) {
        World w = world();
        String before = snapshot(w);

        Api.Response response = call(call, w, w.other().admin);

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Pat Held");
        assertThat(snapshot(w)).isEqualTo(before);
    }

    @Test
    void aReviewerOfAnotherFacilityCannotReadThePersonsContacts() {
        World w = world();
        String reviewer = api().login(w.otherReviewer(), TestFacility.STAFF_PASSWORD);

        Api.Response response = api().as(reviewer).get("/api/v1/staff/contacts?inmateNumber=" + w.number());

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void theHoldingFacilityStillActsOnThem() {
        World w = world();

        Api.Response response = api().as(w.holding().admin).get("/api/v1/staff/contacts?inmateNumber=" + w.number());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains(w.contact()).contains("APPROVED");
    }

    @Test
    void everyStaffEndpointNamingAPersonIsWalked() {
        Set<String> naming = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.inkwell")) {
                return;
            }
            info.getPatternValues().stream()
                    .filter(p -> p.startsWith("/api/v1/staff/") || p.startsWith("/staff/") || p.startsWith("/api/v1/admin/"))
                    .filter(p -> p.contains("{number}") || namesAPerson(handler))
                    // An investigator's reach is the agency, not one facility, under an approved case:
                    // LinkedPeopleTest and InvestigateThroughThePagesTest walk those pages and endpoints.
                    .filter(p -> !p.startsWith("/staff/investigations/"))
                    // A platform admin's legal hold may name anyone at any facility; only platform admins may
                    // place one (EndpointAccessTest), and LegalHoldsKeepMessagesTest walks its refusals.
                    .filter(p -> !p.equals("/api/v1/admin/holds"))
                    .forEach(p -> info.getMethodsCondition().getMethods()
                            .forEach(m -> naming.add(m.name() + " " + p)));
        });
        Set<String> walked = new TreeSet<>();
        CALLS.forEach(c -> walked.add(c.toString()));

        assertThat(naming).isNotEmpty();
        assertThat(walked).containsAll(naming);
    }

    /** A query parameter or a field of the JSON body that carries a person's number. */
    private static boolean namesAPerson(HandlerMethod handler) {
        Set<String> names = Set.of("number", "inmateNumber");
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            if (query != null) {
                String name = !query.name().isEmpty() ? query.name() : !query.value().isEmpty() ? query.value()
                        : parameter.getParameterName();
                if (names.contains(name)) {
                    return true;
                }
            }
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(RequestBody.class) && type.isRecord()
                    && Arrays.stream(type.getRecordComponents()).anyMatch(c -> names.contains(c.getName()))) {
                return true;
            }
        }
        return false;
    }

    private Api.Response call(Call call, World w, String token) {
        String path = call.path().replace("{number}", w.number()).replace("{contact}", w.contact());
        if (call.page()) {
            if (call.method().equals("GET")) {
                return api().with("Cookie", "inkwell_session=" + token).get(path);
            }
            return PageForm.open(api(), "/staff/roster", token).post(path, call.body().entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()))));
        }
        Api client = api().as(token).with("Idempotency-Key", java.util.UUID.randomUUID().toString());
        return switch (call.method()) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            case "PUT" -> client.put(path, call.body());
            default -> client.post(path, call.body());
        };
    }

    /** All the holding facility knows of the person: their contacts, the contact's history and the balance. */
    private String snapshot(World w) {
        Api holding = api().as(w.holding().admin);
        return holding.get("/api/v1/staff/contacts?inmateNumber=" + w.number()).body()
                + holding.get("/api/v1/staff/contacts/" + w.contact()).body()
                + api().as(w.inmateToken()).get("/api/v1/inmate/wallet").json().get("balanceCents").asLong();
    }

    private World world() {
        synchronized (StaffActOnlyOnTheirOwnPeopleTest.class) {
            if (world == null) {
                TestFacility holding = TestFacility.create(api(), Map.of("replyPolicy", "INMATE_PAYS"));
                TestFacility other = TestFacility.create(api(), Map.of("replyPolicy", "INMATE_PAYS"));
                String number = holding.book("Held", "1234");
                String contact = holding.approvedContact(Families.verifiedFamily(api(), Families.newEmail()), number);
                String inmate = api().loginInmate(holding.code, number, "1234");
                Api.Response asked = api().as(other.admin).send("POST", "/api/v1/staff/roster", "text/csv",
                        number + ",Taken,Tom,IN_CUSTODY,B-7,9999\n");
                assertThat(asked.status()).as(asked.body()).isEqualTo(200);
                world = new World(holding, other, other.newReviewer(), number, contact, inmate);
            }
            return world;
        }
    }
}
