package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Cases come first: an investigator opens one, a second person (a facility admin of the agency) approves
 * it, and until then, after its end and after closing nothing can be searched through it.
 */
class OpenAndApproveACaseTest extends IntegrationTest {

    @Test
    void aCaseIsPendingUntilAFacilityAdminApprovesItAndThenItOpens() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String number = agency.facility.book("Subjectson", "1111");

        Api.Response opened = agency.open(agency.investigator, List.of(Investigations.person(agency.facility.code, number)));

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode c = opened.json();
        String id = c.get("id").asString();
        assertThat(c.get("status").asString()).isEqualTo("PENDING");
        assertThat(c.get("legalBasis").asString()).isEqualTo("Warrant 2026-114, county court");
        assertThat(c.get("caseNumber").asString()).startsWith("CASE-");
        assertThat(c.get("openedBy").asString()).isEqualTo("Investigator " + agency.investigatorName);
        assertThat(c.get("openedAt").isNull()).isFalse();
        assertThat(c.get("accessUntil").isNull()).isTrue();
        assertThat(c.get("subjects").get(0).get("facility").asString()).isEqualTo(agency.facility.code);
        assertThat(c.get("subjects").get(0).get("inmateNumber").asString()).isEqualTo(number);
        assertThat(c.get("subjects").get(0).has("email")).isFalse();

        Api.Response refused = search(agency, id);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("case.pending");
        assertThat(refused.json().get("detail").asString()).contains("PENDING");

        Api.Response waiting = api().as(agency.facility.admin).get("/api/v1/staff/investigation-cases?status=PENDING");
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(200);
        assertThat(waiting.json().findValuesAsString("id")).contains(id);

        Api.Response approved = agency.decide(id, "APPROVE");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(approved.json().get("accessUntil").isNull()).isFalse();
        assertThat(api().as(agency.facility.admin).get("/api/v1/staff/investigation-cases?status=PENDING")
                .json().findValuesAsString("id")).doesNotContain(id);

        assertThat(search(agency, id).status()).isEqualTo(200);
        JsonNode mine = api().as(agency.investigator).get("/api/v1/investigations/cases").json();
        assertThat(mine.get(0).get("id").asString()).isEqualTo(id);
        assertThat(mine.get(0).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void theInvestigatorWhoOpenedACaseCannotApproveIt() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String id = pendingCase(agency);

        Api.Response own = api().as(agency.investigator).post("/api/v1/staff/investigation-cases/" + id + "/decision",
                Map.of("decision", "APPROVE"));

        assertThat(own.status()).as(own.body()).isEqualTo(403);
        assertThat(api().as(agency.investigator).get("/api/v1/investigations/cases/" + id).json()
                .get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void anAdminOfAnotherAgencyNeitherSeesNorDecidesTheCase() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String id = pendingCase(agency);
        TestFacility elsewhere = TestFacility.create(api(), Map.of());

        Api.Response decided = api().as(elsewhere.admin).post("/api/v1/staff/investigation-cases/" + id + "/decision",
                Map.of("decision", "APPROVE"));

        assertThat(decided.status()).as(decided.body()).isEqualTo(404);
        assertThat(api().as(elsewhere.admin).get("/api/v1/staff/investigation-cases?status=PENDING").json()
                .findValuesAsString("id")).doesNotContain(id);
    }

    @Test
    void aDecidedCaseIsNotDecidedAgain() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String id = pendingCase(agency);
        agency.decide(id, "DENY");

        Api.Response again = agency.decide(id, "APPROVE");

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("case.not-pending");
    }

    @Test
    void aDeniedCaseSaysSoWhenUsed() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String id = pendingCase(agency);

        Api.Response denied = agency.decide(id, "DENY");

        assertThat(denied.status()).as(denied.body()).isEqualTo(200);
        assertThat(denied.json().get("status").asString()).isEqualTo("DENIED");
        assertThat(denied.json().get("decisionReason").asString()).isEqualTo("checked against the warrant");
        Api.Response refused = search(agency, id);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("case.denied");
        assertThat(refused.json().get("detail").asString()).contains("DENIED");
    }

    @Test
    void denyingNeedsAReason() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String id = pendingCase(agency);

        Api.Response denied = api().as(agency.facility.admin).post("/api/v1/staff/investigation-cases/" + id + "/decision",
                Map.of("decision", "DENY"));

        assertThat(denied.status()).as(denied.body()).isEqualTo(400);
        assertThat(denied.json().get("errors").findValuesAsString("field")).contains("reason");
    }

    @Test
    void anApprovalMaySetAnEarlierEndButNotOneInThePastOrPastNinetyDays() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String id = pendingCase(agency);
        String decision = "/api/v1/staff/investigation-cases/" + id + "/decision";

        Api.Response past = api().as(agency.facility.admin).post(decision,
                Map.of("decision", "APPROVE", "accessUntil", "2020-01-01T00:00:00Z"));
        Api.Response tooFar = api().as(agency.facility.admin).post(decision,
                Map.of("decision", "APPROVE", "accessUntil", "2999-01-01T00:00:00Z"));

        assertThat(past.status()).as(past.body()).isEqualTo(400);
        assertThat(tooFar.status()).as(tooFar.body()).isEqualTo(400);
        assertThat(past.json().get("errors").findValuesAsString("field")).contains("accessUntil");
    }

    @Test
    void aCasePastItsEndIsExpired() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String id = agency.openCase(agency.facility.book("Expiring", "2222"));
        assertThat(search(agency, id).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(31));
        String investigator = api().login(agency.investigatorName, Investigations.PASSWORD);
        Api.Response refused = api().as(investigator).get("/api/v1/investigations/search?caseId=" + id + "&q=anything");

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("case.expired");
        assertThat(refused.json().get("detail").asString()).contains("EXPIRED");
        assertThat(api().as(investigator).get("/api/v1/investigations/cases/" + id).json().get("status").asString())
                .isEqualTo("EXPIRED");
    }

    @Test
    void aClosedCaseSaysSoAndIsNotClosedTwice() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String id = agency.openCase(agency.facility.book("Closing", "3333"));

        Api.Response closed = api().as(agency.investigator).post("/api/v1/investigations/cases/" + id + "/close", null);

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        Api.Response refused = search(agency, id);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("case.closed");
        assertThat(refused.json().get("detail").asString()).contains("CLOSED");
        assertThat(api().as(agency.investigator).post("/api/v1/investigations/cases/" + id + "/close", null).status())
                .isEqualTo(409);
    }

    @Test
    void aCaseNeedsANumberALegalBasisAndSubjectsOfTheAgency() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Api as = api().as(agency.investigator);

        Api.Response empty = as.post("/api/v1/investigations/cases", Map.of("accessDays", 30, "subjects", List.of()));
        Api.Response tooLong = as.post("/api/v1/investigations/cases", Map.of("caseNumber", "C-1",
                "legalBasis", "warrant", "accessDays", 91,
                "subjects", List.of(Investigations.person(agency.facility.code, agency.facility.book("Ok", "4444")))));
        Api.Response elsewhere = as.post("/api/v1/investigations/cases", Map.of("caseNumber", "C-2",
                "legalBasis", "warrant", "accessDays", 30,
                "subjects", List.of(Investigations.person("DEMO-NORTH", "A1001"),
                        Investigations.account("family@example.org"))));

        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.json().get("errors").findValuesAsString("field"))
                .contains("caseNumber", "legalBasis", "subjects");
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").findValuesAsString("field")).contains("accessDays");
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(400);
        assertThat(elsewhere.json().get("errors").findValuesAsString("field")).contains("subjects[0]", "subjects[1]");
        assertThat(as.get("/api/v1/investigations/cases").json()).isEmpty();
    }

    @Test
    void aCaseNumberIsUsedOncePerAgency() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Map<String, Object> body = Map.of("caseNumber", "DUP-1", "legalBasis", "warrant", "accessDays", 10,
                "subjects", List.of(Investigations.person(agency.facility.code, agency.facility.book("Dup", "5555"))));

        assertThat(api().as(agency.investigator).post("/api/v1/investigations/cases", body).status()).isEqualTo(201);
        Api.Response again = api().as(agency.investigator).post("/api/v1/investigations/cases", body);

        assertThat(again.status()).as(again.body()).isEqualTo(409);
    }

    @Test
    void anInvestigatorSeesOnlyTheCasesTheyOpened() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String id = agency.openCase(agency.facility.book("Private", "6666"));
        String colleague = api().login(agency.anotherInvestigator(), Investigations.PASSWORD);
        String otherAgency = api().login("investigator", "demo-investigator-pass");

        for (String other : List.of(colleague, otherAgency)) {
            assertThat(api().as(other).get("/api/v1/investigations/cases/" + id).status()).isEqualTo(404);
            assertThat(api().as(other).get("/api/v1/investigations/search?caseId=" + id + "&q=x").status()).isEqualTo(404);
            assertThat(api().as(other).post("/api/v1/investigations/cases/" + id + "/close", null).status()).isEqualTo(404);
            assertThat(api().as(other).get("/api/v1/investigations/cases").json().findValuesAsString("id"))
                    .doesNotContain(id);
        }
    }

    @Test
    void approvalsDenialsAndClosingsAreInTheAuditLog() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String approved = agency.openCase(agency.facility.book("Audited", "7777"));
        String denied = pendingCase(agency);
        agency.decide(denied, "DENY");
        api().as(agency.investigator).post("/api/v1/investigations/cases/" + approved + "/close", null);
        String platform = Investigations.platformAdmin(api());

        assertThat(targets(platform, "INVESTIGATION_CASE_APPROVED")).contains(approved);
        assertThat(targets(platform, "INVESTIGATION_CASE_DENIED")).contains(denied);
        assertThat(targets(platform, "INVESTIGATION_CASE_CLOSED")).contains(approved);
        assertThat(targets(agency.facility.admin, "INVESTIGATION_CASE_APPROVED")).contains(approved);
    }

    private List<String> targets(String token, String action) {
        return api().as(token).get("/api/v1/admin/audit?limit=1000&action=" + action).json().findValuesAsString("target");
    }

    private String pendingCase(Investigations agency) {
        Api.Response opened = agency.open(agency.investigator,
                List.of(Investigations.person(agency.facility.code, agency.facility.book("Pending", "9999"))));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    private Api.Response search(Investigations agency, String caseId) {
        return api().as(agency.investigator).get("/api/v1/investigations/search?caseId=" + caseId + "&q=anything");
    }
}
