package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * When a watch raises an alert, the case's investigators with an address hear of it by email: the case
 * number and that there are new alerts, never what was written or watched, and at most once an hour.
 */
class AlertEmailsTest extends IntegrationTest {

    @Test
    void theCasesInvestigatorsAreToldOfNewAlertsWithoutWhatMatched() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String openerEmail = address();
        String memberEmail = address();
        String opener = investigatorWithEmail(agency, openerEmail);
        String member = investigatorWithEmail(agency, memberEmail);
        Investigations.Correspondent family = agency.correspondent("Watched");
        String openerToken = api().login(opener, Investigations.PASSWORD);
        Api.Response opened = agency.open(openerToken, List.of(Investigations.person(agency.facility.code, family.number())));
        String caseId = opened.json().get("id").asString();
        String caseNumber = opened.json().get("caseNumber").asString();
        agency.decide(caseId, "APPROVE");
        api().as(openerToken).post("/api/v1/investigations/cases/" + caseId + "/members", Map.of("username", member));
        watch(openerToken, caseId, "TERM", "lantern");
        watch(openerToken, caseId, "PERSON", agency.facility.code + ":" + family.number());

        agency.send(family, "Bring the lantern to the boathouse on Sunday.");

        for (String address : List.of(openerEmail, memberEmail)) {
            JsonNode mail = DevMailbox.latest(api(), address);
            assertThat(mail.get("subject").asString()).contains(caseNumber);
            assertThat(mail.get("body").asString()).contains(caseNumber).contains("new alerts")
                    .doesNotContain("lantern").doesNotContain("boathouse").doesNotContain(family.number())
                    .doesNotContain(family.email());
        }
    }

    @Test
    void aCaseAlertsByEmailAtMostOnceAnHour() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String email = address();
        String investigator = investigatorWithEmail(agency, email);
        Investigations.Correspondent family = agency.correspondent("Watched");
        String token = api().login(investigator, Investigations.PASSWORD);
        String caseId = agency.open(token, List.of(Investigations.person(agency.facility.code, family.number())))
                .json().get("id").asString();
        agency.decide(caseId, "APPROVE");
        watch(token, caseId, "PERSON", agency.facility.code + ":" + family.number());

        agency.send(family, "First letter of the week.");
        DevMailbox.latest(api(), email);
        agency.send(family, "Second letter, the same hour.");
        clock.advance(Duration.ofMinutes(61));
        String familyAgain = api().login(family.email(), Families.PASSWORD);
        Api.Response third = org.inkwell.support.Scenario.send(api(), familyAgain, family.contactId(), "Third, later.");
        assertThat(third.status()).as(third.body()).isEqualTo(201);

        String path = "/api/v1/dev/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(path).json().size() >= 2);
        assertThat(api().get(path).json().size()).isEqualTo(2);
        JsonNode alerts = api().as(api().login(investigator, Investigations.PASSWORD)).get("/api/v1/investigations/cases/" + caseId + "/alerts").json();
        assertThat(alerts.size()).as(alerts.toString()).isEqualTo(3);
    }

    private static String address() {
        return "inv-" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x") + "@agency.example.org";
    }

    private void watch(String token, String caseId, String kind, String value) {
        Api.Response added = api().as(token).post("/api/v1/investigations/cases/" + caseId + "/watch",
                Map.of("kind", kind, "value", value));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    private String investigatorWithEmail(Investigations agency, String email) {
        String name = "inv." + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api().as(Investigations.platformAdmin(api())).post("/api/v1/admin/staff", Map.of(
                "username", name, "password", TestFacility.STAFF_PASSWORD, "fullName", "Investigator " + name,
                "role", "INVESTIGATOR", "facility", agency.facility.code, "email", email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }
}
