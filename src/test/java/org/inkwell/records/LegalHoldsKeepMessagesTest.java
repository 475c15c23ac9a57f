package org.inkwell.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.Scenario;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Legal holds over HTTP: a platform admin's hold on a person or an account, and an investigation case not
 * yet ended, keep messages past retention until the hold is lifted. Each test's facility keeps messages
 * 30 days and delivers clean ones at once; the service's clock is moved past that (TestClock).
 */
class LegalHoldsKeepMessagesTest extends IntegrationTest {

    @Test
    void heldPeopleAccountsAndCaseSubjectsKeepTheirMessagesUntilTheHoldIsLifted() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of("retentionDays", 30, "autoApproveClean", true));
        Investigations.Correspondent personHeld = agency.correspondent("Heldperson");
        Investigations.Correspondent accountHeld = agency.correspondent("Heldaccount");
        Investigations.Correspondent caseSubject = agency.correspondent("Casesubject");
        Investigations.Correspondent nobody = agency.correspondent("Notheld");
        String toPerson = delivered(agency, personHeld, "Letter to a held person");
        String fromAccount = delivered(agency, accountHeld, "Letter from a held account");
        String toSubject = delivered(agency, caseSubject, "Letter to the subject of a case");
        String free = delivered(agency, nobody, "Letter nobody holds");
        String platform = Investigations.platformAdmin(api());
        Api.Response personHold = api().as(platform).post("/api/v1/admin/holds", Map.of("facility", agency.facility.code,
                "inmateNumber", personHeld.number(), "reference", "Court order 26-CV-0412", "reason", "Wrongful death suit"));
        Api.Response accountHold = api().as(platform).post("/api/v1/admin/holds", Map.of("email", accountHeld.email(),
                "reference", "Subpoena 2026-77", "reason", "Civil discovery"));
        assertThat(personHold.status()).as(personHold.body()).isEqualTo(201);
        assertThat(accountHold.status()).as(accountHold.body()).isEqualTo(201);
        assertThat(personHold.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(personHold.json().get("inmateNumber").asString()).isEqualTo(personHeld.number());
        assertThat(accountHold.json().get("email").asString()).isEqualTo(accountHeld.email());

        clock.advance(Duration.ofDays(31));
        String investigator = api().login(agency.investigatorName, Investigations.PASSWORD);
        Api.Response opened = agency.open(investigator, List.of(Investigations.person(agency.facility.code, caseSubject.number())));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String adminNow = platform(api());
        Api.Response first = runNow(adminNow);

        assertThat(first.json().get("skippedHeld").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(body(personHeld, toPerson)).isEqualTo("Letter to a held person");
        assertThat(body(accountHeld, fromAccount)).isEqualTo("Letter from a held account");
        assertThat(body(caseSubject, toSubject)).as("a PENDING case holds").isEqualTo("Letter to the subject of a case");
        assertThat(body(nobody, free)).isEmpty();

        String holdId = personHold.json().get("id").asString();
        assertThat(api().as(adminNow).delete("/api/v1/admin/holds/" + holdId).status()).isEqualTo(204);
        JsonNode lifted = find(api().as(adminNow).get("/api/v1/admin/holds").json(), holdId);
        assertThat(lifted.get("status").asString()).isEqualTo("LIFTED");
        assertThat(lifted.get("liftedBy").asString()).isEqualTo("Pat Platform");
        assertThat(lifted.get("liftedAt").isNull()).isFalse();
        assertThat(lifted.get("reference").asString()).isEqualTo("Court order 26-CV-0412");
        runNow(adminNow);

        assertThat(body(personHeld, toPerson)).as("erased once the hold is lifted").isEmpty();
        assertThat(body(accountHeld, fromAccount)).isEqualTo("Letter from a held account");
        assertThat(body(caseSubject, toSubject)).isEqualTo("Letter to the subject of a case");
        JsonNode audit = api().as(adminNow).get("/api/v1/admin/audit?action=LEGAL_HOLD_LIFTED").json();
        assertThat(StreamSupport.stream(audit.spliterator(), false).map(e -> e.get("target").asString())).contains(holdId);
    }

    @Test
    void badHoldRequestsAreRefusedAndChangeNothing() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of("retentionDays", 30));
        Investigations.Correspondent family = agency.correspondent("Badhold");
        String platform = Investigations.platformAdmin(api());
        int holdsBefore = api().as(platform).get("/api/v1/admin/holds").json().size();

        assertRefused(platform, Map.of("facility", agency.facility.code, "inmateNumber", family.number(),
                "email", family.email(), "reference", "R-1", "reason", "both"), 400, "hold.subject");
        assertRefused(platform, Map.of("reference", "R-1", "reason", "neither"), 400, "hold.subject");
        assertRefused(platform, Map.of("facility", agency.facility.code, "reference", "R-1", "reason", "no number"), 400,
                "hold.subject");
        assertRefused(platform, Map.of("facility", agency.facility.code, "inmateNumber", "ZZ0000000",
                "reference", "R-1", "reason", "unknown"), 400, "hold.subject-unknown");
        assertRefused(platform, Map.of("facility", "NO-SUCH-PLACE", "inmateNumber", family.number(),
                "reference", "R-1", "reason", "unknown"), 400, "hold.subject-unknown");
        assertRefused(platform, Map.of("email", "nobody-" + family.email(), "reference", "R-1", "reason", "unknown"), 400,
                "hold.subject-unknown");
        assertRefused(platform, Map.of("email", family.email(), "reason", "no reference"), 400, "request.invalid");
        assertRefused(platform, Map.of("email", family.email(), "reference", "R\u0007", "reason", "bell"), 400,
                "request.invalid");
        assertRefused(platform, Map.of("email", family.email(), "reference", "x".repeat(201), "reason", "long"), 400,
                "request.invalid");
        assertThat(api().as(platform).send("POST", "/api/v1/admin/holds", "application/json", "not json").status())
                .isEqualTo(400);

        Api.Response unknown = api().as(platform).delete("/api/v1/admin/holds/00000000-0000-0000-0000-00000000beef");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("hold.not-found");
        assertThat(api().as(platform).delete("/api/v1/admin/holds/not-a-uuid").status()).isEqualTo(400);
        assertThat(api().as(platform).get("/api/v1/admin/holds").json().size()).isEqualTo(holdsBefore);

        Api.Response placed = api().as(platform).post("/api/v1/admin/holds", Map.of("email", family.email(),
                "reference", "R-2", "reason", "lifted twice"));
        String id = placed.json().get("id").asString();
        assertThat(api().as(platform).delete("/api/v1/admin/holds/" + id).status()).isEqualTo(204);
        Api.Response again = api().as(platform).delete("/api/v1/admin/holds/" + id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("hold.lifted");
    }

    private void assertRefused(String platform, Map<String, Object> request, int status, String code) {
        Api.Response refused = api().as(platform).post("/api/v1/admin/holds", request);
        assertThat(refused.status()).as(refused.body()).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).as(refused.body()).isEqualTo(code);
    }

    private String delivered(Investigations agency, Investigations.Correspondent c, String text) {
        String id = agency.send(c, text);
        assertThat(api().as(c.token()).get("/api/v1/messages/" + id).json().get("status").asString()).isEqualTo("DELIVERED");
        return id;
    }

    private String body(Investigations.Correspondent c, String messageId) {
        String token = api().login(c.email(), Families.PASSWORD);
        return api().as(token).get("/api/v1/messages/" + messageId).json().get("body").asString();
    }

    private static String platform(Api api) {
        return Investigations.platformAdmin(api);
    }

    private Api.Response runNow(String platform) {
        Api.Response run = api().as(platform).post("/api/v1/admin/retention/run", null);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run;
    }

    private static JsonNode find(JsonNode list, String id) {
        return StreamSupport.stream(list.spliterator(), false).filter(n -> id.equals(n.get("id").asString()))
                .findFirst().orElseThrow(() -> new AssertionError(id + " not in " + list));
    }
}
