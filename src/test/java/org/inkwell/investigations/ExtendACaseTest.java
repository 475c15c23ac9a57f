package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.junit.jupiter.api.Test;

/**
 * A facility admin of the agency extends an approved case, with a reason, at most 90 days from now; an
 * expired case so extended can be used again. Extensions are audited.
 */
class ExtendACaseTest extends IntegrationTest {

    @Test
    void aFacilityAdminMovesTheEndOfAnApprovedCaseAndItIsAudited() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String caseId = agency.openCase(agency.facility.book("Subjectson", "1111"));
        Instant until = clock.instant().plus(Duration.ofDays(60)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        Api.Response extended = extend(agency.facility.admin, caseId, until.toString(), "warrant renewed by the court");

        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(Instant.parse(extended.json().get("accessUntil").asString())).isEqualTo(until);
        assertThat(extended.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(Instant.parse(api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId).json()
                .get("accessUntil").asString())).isEqualTo(until);
        List<String> audited = api().as(Investigations.platformAdmin(api()))
                .get("/api/v1/admin/audit?limit=1000&action=INVESTIGATION_CASE_EXTENDED").json().findValuesAsString("detail");
        assertThat(audited).anyMatch(d -> d.contains("warrant renewed by the court"));
    }

    @Test
    void anExpiredCaseExtendedCanBeSearchedAgain() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String caseId = agency.openCase(agency.facility.book("Subjectson", "1111"));
        clock.advance(Duration.ofDays(31));
        String investigator = api().login(agency.investigatorName, Investigations.PASSWORD);
        Api.Response expired = search(investigator, caseId);
        assertThat(expired.status()).as(expired.body()).isEqualTo(403);
        assertThat(expired.json().get("code").asString()).isEqualTo("case.expired");

        Api.Response extended = extend(api().login(agency.facility.adminName, Investigations.PASSWORD), caseId,
                clock.instant().plus(Duration.ofDays(10)).toString(), "renewed");

        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(search(investigator, caseId).status()).isEqualTo(200);
    }

    @Test
    void anExtensionIsRefusedBeyondNinetyDaysWithoutAReasonOnACaseNotApprovedOrByAnotherAgency() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations otherAgency = Investigations.inNewAgency(api(), Map.of());
        String caseId = agency.openCase(agency.facility.book("Subjectson", "1111"));
        String later = clock.instant().plus(Duration.ofDays(40)).toString();

        assertThat(extend(agency.facility.admin, caseId, clock.instant().plus(Duration.ofDays(91)).toString(), "renewed")
                .status()).isEqualTo(400);
        assertThat(extend(agency.facility.admin, caseId, clock.instant().plus(Duration.ofDays(1)).toString(), "renewed")
                .status()).isEqualTo(400);
        Api.Response noReason = extend(agency.facility.admin, caseId, later, " ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(extend(agency.investigator, caseId, later, "renewed").status()).isEqualTo(403);
        assertThat(extend(otherAgency.facility.admin, caseId, later, "renewed").status()).isEqualTo(404);
        Api.Response pending = agency.open(agency.investigator,
                List.of(Investigations.person(agency.facility.code, agency.facility.book("Pending", "1111"))));
        Api.Response notApproved = extend(agency.facility.admin, pending.json().get("id").asString(), later, "renewed");
        assertThat(notApproved.status()).as(notApproved.body()).isEqualTo(409);
        assertThat(api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId).json()
                .get("accessUntil").asString()).isNotEqualTo(later);
    }

    private Api.Response extend(String token, String caseId, String until, String reason) {
        return api().as(token).post("/api/v1/staff/investigation-cases/" + caseId + "/extension",
                Map.of("accessUntil", until, "reason", reason));
    }

    private Api.Response search(String investigator, String caseId) {
        return api().as(investigator).get("/api/v1/investigations/search?caseId=" + caseId + "&q=anything");
    }
}
