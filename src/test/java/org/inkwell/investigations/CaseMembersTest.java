package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The opener of a case may add another investigator of the agency, who then sees and uses the case as
 * the opener does; nobody else sees it, and only the opener adds people.
 */
class CaseMembersTest extends IntegrationTest {

    @Test
    void anAddedInvestigatorSeesAndUsesTheCaseUnderTheirOwnName() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String caseId = agency.openCase(agency.facility.book("Subjectson", "1111"));
        String colleague = agency.anotherInvestigator();
        String colleagueToken = api().login(colleague, Investigations.PASSWORD);
        assertThat(api().as(colleagueToken).get("/api/v1/investigations/cases/" + caseId).status()).isEqualTo(404);

        Api.Response added = api().as(agency.investigator).post("/api/v1/investigations/cases/" + caseId + "/members",
                Map.of("username", colleague));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("username").asString()).isEqualTo(colleague);
        assertThat(added.json().get("name").asString()).isEqualTo("Investigator " + colleague);
        assertThat(added.json().get("addedBy").asString()).isEqualTo("Investigator " + agency.investigatorName);
        JsonNode members = api().as(colleagueToken).get("/api/v1/investigations/cases/" + caseId + "/members").json();
        assertThat(members.findValuesAsString("username")).containsExactly(colleague);
        assertThat(api().as(colleagueToken).get("/api/v1/investigations/cases").json().findValuesAsString("id"))
                .contains(caseId);
        Api.Response search = api().as(colleagueToken).get("/api/v1/investigations/search?caseId=" + caseId + "&q=anything");
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        JsonNode log = api().as(agency.facility.admin).get("/api/v1/staff/investigation-access").json();
        assertThat(log.get(0).get("investigator").asString()).isEqualTo("Investigator " + colleague);
        assertThat(api().as(Investigations.platformAdmin(api()))
                .get("/api/v1/admin/audit?limit=1000&action=INVESTIGATION_CASE_MEMBER_ADDED").json()
                .findValuesAsString("target")).contains(caseId);
    }

    @Test
    void aMemberCannotAddOthersAndAnInvestigatorNotAddedSeesNothing() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String caseId = agency.openCase(agency.facility.book("Subjectson", "1111"));
        String colleague = agency.anotherInvestigator();
        String outsider = agency.anotherInvestigator();
        api().as(agency.investigator).post("/api/v1/investigations/cases/" + caseId + "/members",
                Map.of("username", colleague));
        String outsiderToken = api().login(outsider, Investigations.PASSWORD);

        Api.Response byMember = api().as(api().login(colleague, Investigations.PASSWORD))
                .post("/api/v1/investigations/cases/" + caseId + "/members", Map.of("username", outsider));

        assertThat(byMember.status()).as(byMember.body()).isEqualTo(403);
        assertThat(byMember.json().get("code").asString()).isEqualTo("case.not-opener");
        assertThat(api().as(outsiderToken).get("/api/v1/investigations/cases/" + caseId).status()).isEqualTo(404);
        assertThat(api().as(outsiderToken).get("/api/v1/investigations/cases/" + caseId + "/members").status())
                .isEqualTo(404);
        assertThat(api().as(outsiderToken).get("/api/v1/investigations/search?caseId=" + caseId + "&q=x").status())
                .isEqualTo(404);
        assertThat(api().as(outsiderToken).get("/api/v1/investigations/cases").json().findValuesAsString("id"))
                .doesNotContain(caseId);
    }

    @Test
    void onlyInvestigatorsOfTheAgencyAreAddedAndEachOnce() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations otherAgency = Investigations.inNewAgency(api(), Map.of());
        String caseId = agency.openCase(agency.facility.book("Subjectson", "1111"));
        String colleague = agency.anotherInvestigator();
        String path = "/api/v1/investigations/cases/" + caseId + "/members";

        for (String refused : List.of(otherAgency.investigatorName, agency.facility.adminName, "no.such.user", "")) {
            Api.Response answer = api().as(agency.investigator).post(path, Map.of("username", refused));
            assertThat(answer.status()).as(refused + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(api().as(agency.investigator).post(path, Map.of("username", colleague)).status()).isEqualTo(201);
        Api.Response twice = api().as(agency.investigator).post(path, Map.of("username", colleague));
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        Api.Response opener = api().as(agency.investigator).post(path, Map.of("username", agency.investigatorName));
        assertThat(opener.status()).as(opener.body()).isEqualTo(409);
        assertThat(api().as(agency.investigator).get(path).json().findValuesAsString("username")).containsExactly(colleague);
        assertThat(api().as(otherAgency.investigator).post(path, Map.of("username", otherAgency.anotherInvestigator()))
                .status()).isEqualTo(404);
    }
}
