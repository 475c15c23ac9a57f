package org.inkwell.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.support.Api;
import org.inkwell.support.Attorneys;
import org.inkwell.support.LegalMail;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.PageForm;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.inkwell.platform.WebPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff, admin and investigator endpoint and page, walked with a privileged letter's id in every
 * place an id goes, by every staff role: none answers with the letter's text, and those that name a
 * message answer 404, as for a message that does not exist. The walk finds the endpoints itself, so a
 * new one is tried without being listed; a new one naming a message must be added to {@link #NAMING}.
 */
class NoStaffPathLeadsToAPrivilegedLetterTest extends IntegrationTest {

    private static final List<String> STAFF_PREFIXES = List.of("/api/v1/staff/", "/staff", "/api/v1/admin/",
            "/api/v1/investigations/");

    /** {case}: an open case about the letter's addressee; {message}: the letter. All by their allowed role. */
    private static final List<Naming> NAMING = List.of(
            new Naming("GET", "/api/v1/investigations/messages/{messageId}",
                    "/api/v1/investigations/messages/{message}?caseId={case}", "INVESTIGATOR", Map.of()),
            new Naming("POST", "/api/v1/investigations/cases/{id}/items", "/api/v1/investigations/cases/{case}/items",
                    "INVESTIGATOR", Map.of("messageId", "{message}")),
            new Naming("GET", "/staff/investigations/{id}/messages/{messageId}",
                    "/staff/investigations/{case}/messages/{message}", "INVESTIGATOR", Map.of()),
            new Naming("POST", "/staff/investigations/{id}/items", "/staff/investigations/{case}/items", "INVESTIGATOR",
                    Map.of("messageId", "{message}")),
            new Naming("POST", "/api/v1/staff/review/{id}/decision", "/api/v1/staff/review/{message}/decision",
                    "REVIEWER", Map.of("decision", "APPROVE")),
            new Naming("POST", "/api/v1/staff/review/{id}/release", "/api/v1/staff/review/{message}/release",
                    "REVIEWER", Map.of()),
            new Naming("GET", "/staff/review/messages/{id}", "/staff/review/messages/{message}", "REVIEWER", Map.of()),
            new Naming("POST", "/staff/review/messages/{id}/decision", "/staff/review/messages/{message}/decision",
                    "REVIEWER", Map.of("decision", "APPROVE")),
            new Naming("POST", "/staff/review/messages/{id}/release", "/staff/review/messages/{message}/release",
                    "REVIEWER", Map.of()));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    record Naming(String method, String pattern, String path, String role, Map<String, String> body) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** One privileged letter at a tablet facility, with an open case about its addressee. */
    record World(String messageId, String text, String caseId, Map<String, String> staff, Set<String> pages) {
    }

    @Test
    void everyEndpointNamingAMessageAnswers404ForAPrivilegedLetter() {
        World w = world();
        List<String> wrong = new ArrayList<>();
        for (Naming naming : NAMING) {
            String path = naming.path().replace("{message}", w.messageId()).replace("{case}", w.caseId());
            Map<String, String> body = naming.body().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().replace("{message}", w.messageId())));
            Api.Response response = call(naming.method(), path, body, w.staff().get(naming.role()),
                    w.pages().contains(naming.toString()), naming.role());
            if (response.status() != 404 || response.body().contains(w.text())) {
                wrong.add(naming + " answered " + response.status());
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void noStaffEndpointAnswersWithTheLettersTextWhateverIdItIsGiven() {
        World w = world();
        List<String> leaked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.inkwell")) {
                return;
            }
            boolean page = handler.getBeanType().isAnnotationPresent(WebPage.class);
            for (String pattern : staffPatterns(info)) {
                for (String method : methods(info)) {
                    if (!pattern.contains("{") && !method.equals("GET") && !takesAMessageId(handler)) {
                        continue;
                    }
                    String path = pattern.replaceAll("\\{[^}]+}", w.messageId())
                            + "?caseId=" + w.caseId() + "&messageId=" + w.messageId();
                    Map<String, String> body = Map.of("messageId", w.messageId(), "decision", "APPROVE");
                    w.staff().forEach((role, token) -> {
                        Api.Response response = call(method, path, body, token, page, role);
                        boolean binary = response.contentType().startsWith("application/pdf")
                                || response.contentType().startsWith("application/zip");
                        if (response.body().contains(w.text()) || response.status() >= 500
                                || binary && response.status() < 300) {
                            leaked.add(method + " " + pattern + " as " + role + " answered " + response.status());
                        }
                    });
                }
            }
        });

        assertThat(leaked).isEmpty();
    }

    @Test
    void everyStaffEndpointNamingAMessageIsInTheTable() {
        Set<String> naming = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.inkwell")) {
                return;
            }
            for (String pattern : staffPatterns(info)) {
                boolean names = pattern.contains("{messageId}") || pattern.contains("/review/") && pattern.contains("{")
                        || takesAMessageId(handler);
                if (names) {
                    methods(info).forEach(m -> naming.add(m + " " + pattern));
                }
            }
        });
        Set<String> walked = new TreeSet<>();
        NAMING.forEach(n -> walked.add(n.toString()));

        assertThat(naming).isNotEmpty();
        assertThat(walked).containsAll(naming);
    }

    private Api.Response call(String method, String path, Map<String, String> body, String token, boolean page,
            String role) {
        if (!page) {
            Api client = api().as(token).with("Idempotency-Key", UUID.randomUUID().toString());
            return switch (method) {
                case "GET" -> client.get(path);
                case "DELETE" -> client.delete(path);
                case "PUT" -> client.put(path, body);
                default -> client.post(path, body);
            };
        }
        if (method.equals("GET")) {
            return api().with("Cookie", "inkwell_session=" + token).get(path);
        }
        String home = switch (role) {
            case "REVIEWER" -> "/staff/review";
            case "INVESTIGATOR" -> "/staff/investigations";
            default -> "/staff";
        };
        return PageForm.open(api(), home, token).post(path, body);
    }

    private static List<String> staffPatterns(RequestMappingInfo info) {
        return info.getPatternValues().stream()
                .filter(p -> STAFF_PREFIXES.stream().anyMatch(p::startsWith)).toList();
    }

    private static List<String> methods(RequestMappingInfo info) {
        return info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET")
                : info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().toList();
    }

    /** A query parameter or a field of the JSON body called {@code messageId}. */
    private static boolean takesAMessageId(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            if (query != null) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                String name = !query.name().isEmpty() ? query.name() : !query.value().isEmpty() ? query.value()
                        : parameter.getParameterName();
                if ("messageId".equals(name)) {
                    return true;
                }
            }
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(RequestBody.class) && type.isRecord()
                    && Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals("messageId"))) {
                return true;
            }
        }
        return false;
    }

    private static World world;

    private World world() {
        synchronized (NoStaffPathLeadsToAPrivilegedLetterTest.class) {
            if (world == null) {
                Investigations agency = Investigations.inNewAgency(api(), Map.of());
                TestFacility facility = agency.facility;
                Attorneys.Attorney attorney = Attorneys.approved(api(), null);
                String number = facility.book("Walked", "2468");
                String contact = LegalMail.contact(api(), facility, attorney.token(), number, "ATTORNEY");
                Scenario.buy(api(), attorney.token(), 1000);
                String caseId = agency.openCase(number);
                String text = "Privileged walk letter " + UUID.randomUUID();
                Api.Response sent = LegalMail.send(api(), attorney.token(), contact, text);
                assertThat(sent.status()).as(sent.body()).isEqualTo(201);
                Map<String, String> staff = new LinkedHashMap<>();
                staff.put("REVIEWER", facility.login(facility.newReviewer()));
                staff.put("FACILITY_ADMIN", facility.admin);
                staff.put("INVESTIGATOR", agency.investigator);
                staff.put("PLATFORM_ADMIN", Investigations.platformAdmin(api()));
                Set<String> pages = new TreeSet<>();
                mappings.getHandlerMethods().forEach((info, handler) -> {
                    if (handler.getBeanType().isAnnotationPresent(WebPage.class)) {
                        info.getPatternValues().forEach(p -> methods(info).forEach(m -> pages.add(m + " " + p)));
                    }
                });
                world = new World(sent.json().get("id").asString(), text, caseId, staff, pages);
            }
            return world;
        }
    }
}
