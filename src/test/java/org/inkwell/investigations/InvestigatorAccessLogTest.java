package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every search (with its query text) and every message opened is in the access log under its case, and
 * facility admins (what reached their facility) and platform admins read it, newest first, in pages.
 */
class InvestigatorAccessLogTest extends IntegrationTest {

    @Test
    void searchesAndReadingsAreLoggedUnderTheirCaseNewestFirst() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Logged");
        String message = agency.send(family, "The shipment is in the blue van.");
        String caseId = agency.openCase(family.number());
        String caseNumber = api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId).json()
                .get("caseNumber").asString();

        api().as(agency.investigator).get("/api/v1/investigations/search?caseId=" + caseId + "&q=blue%20van");
        api().as(agency.investigator).get("/api/v1/investigations/messages/" + message + "?caseId=" + caseId);

        for (String reader : List.of(agency.facility.admin, Investigations.platformAdmin(api()))) {
            Api.Response log = api().as(reader).get("/api/v1/staff/investigation-access?limit=500");
            assertThat(log.status()).as(log.body()).isEqualTo(200);
            List<JsonNode> ours = entriesOf(log.json(), caseNumber);
            assertThat(ours).hasSize(2);
            assertThat(ours.get(0).get("action").asString()).isEqualTo("VIEW");
            assertThat(ours.get(0).get("messageId").asString()).isEqualTo(message);
            assertThat(ours.get(1).get("action").asString()).isEqualTo("SEARCH");
            assertThat(ours.get(1).get("query").asString()).isEqualTo("blue van");
            assertThat(ours.get(1).get("investigator").asString()).isEqualTo("Investigator " + agency.investigatorName);
            assertThat(ours.get(1).get("at").isNull()).isFalse();
        }
    }

    @Test
    void aRefusedOrCaselessAttemptReadsNothingAndLogsNoAccess() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Refused");
        Api.Response opened = agency.open(agency.investigator, List.of(Investigations.person(agency.facility.code,
                family.number())));
        String caseId = opened.json().get("id").asString();

        assertThat(api().as(agency.investigator).get("/api/v1/investigations/search?caseId=" + caseId + "&q=x")
                .status()).isEqualTo(403);

        assertThat(entriesOf(api().as(agency.facility.admin).get("/api/v1/staff/investigation-access?limit=500").json(),
                opened.json().get("caseNumber").asString())).isEmpty();
    }

    @Test
    void aFacilityAdminSeesWhatReachedTheirFacilityAndNoOtherAgencys() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Scoped");
        String message = agency.send(family, "Scoped words here.");
        String caseId = agency.openCase(family.number());
        String caseNumber = api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId).json()
                .get("caseNumber").asString();
        TestFacility sister = TestFacility.create(api(), Map.of("agency", agency.agency));
        TestFacility otherAgency = TestFacility.create(api(), Map.of());

        api().as(agency.investigator).get("/api/v1/investigations/search?caseId=" + caseId + "&q=scoped&facility="
                + agency.facility.code);
        api().as(agency.investigator).get("/api/v1/investigations/messages/" + message + "?caseId=" + caseId);
        api().as(agency.investigator).get("/api/v1/investigations/search?caseId=" + caseId + "&q=agencywide");

        List<JsonNode> atSister = entriesOf(api().as(sister.admin).get("/api/v1/staff/investigation-access?limit=500")
                .json(), caseNumber);
        assertThat(atSister).extracting(e -> e.get("query").asString()).containsExactly("agencywide");
        assertThat(entriesOf(api().as(otherAgency.admin).get("/api/v1/staff/investigation-access?limit=500").json(),
                caseNumber)).isEmpty();
        assertThat(entriesOf(api().as(agency.facility.admin).get("/api/v1/staff/investigation-access?limit=500").json(),
                caseNumber)).hasSize(3);
    }

    @Test
    void theLogIsReadInKeysetPages() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Paged");
        String caseId = agency.openCase(family.number());
        for (String q : List.of("one", "two", "three")) {
            api().as(agency.investigator).get("/api/v1/investigations/search?caseId=" + caseId + "&q=" + q);
        }

        JsonNode first = api().as(agency.facility.admin).get("/api/v1/staff/investigation-access?limit=2").json();
        JsonNode second = api().as(agency.facility.admin).get("/api/v1/staff/investigation-access?limit=2&before="
                + first.get(1).get("id").asLong()).json();

        assertThat(first).hasSize(2);
        assertThat(first.get(0).get("query").asString()).isEqualTo("three");
        assertThat(first.get(1).get("query").asString()).isEqualTo("two");
        assertThat(second.get(0).get("query").asString()).isEqualTo("one");
        assertThat(api().as(agency.facility.admin).get("/api/v1/staff/investigation-access?limit=0").status())
                .isEqualTo(400);
    }

    private static List<JsonNode> entriesOf(JsonNode log, String caseNumber) {
        List<JsonNode> entries = new java.util.ArrayList<>();
        log.forEach(e -> {
            if (caseNumber.equals(e.get("caseNumber").asString())) {
                entries.add(e);
            }
        });
        return entries;
    }
}
