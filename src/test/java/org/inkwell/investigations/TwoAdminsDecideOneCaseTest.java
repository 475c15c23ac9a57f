package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.Parallel;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * A case is decided once: when facility admins of the same agency approve and deny the same waiting case
 * at the same moment, one decision stands and every other is told the case is no longer pending.
 */
class TwoAdminsDecideOneCaseTest extends IntegrationTest {

    @Test
    void parallelApprovalsAndDenialsOfOnePendingCaseLeaveExactlyOneDecision() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        TestFacility sameAgency = TestFacility.create(api(), Map.of("agency", agency.agency));
        Api.Response opened = agency.open(agency.investigator,
                List.of(Investigations.person(agency.facility.code, agency.facility.book("Contested", "4242"))));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        String decision = "/api/v1/staff/investigation-cases/" + id + "/decision";
        List<Supplier<Api.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String admin = i % 2 == 0 ? agency.facility.admin : sameAgency.admin;
            String decided = i % 4 < 2 ? "APPROVE" : "DENY";
            requests.add(() -> api().as(admin).post(decision, Map.of("decision", decided, "reason", "checked the warrant")));
        }

        List<Api.Response> responses = Parallel.all(requests);

        assertThat(Parallel.count(responses, 200)).as(responses.toString()).isEqualTo(1);
        List<Api.Response> refused = responses.stream().filter(r -> r.status() != 200).toList();
        assertThat(refused).hasSize(19).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("code").asString()).isEqualTo("case.not-pending");
        });
        String winner = responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow()
                .json().get("status").asString();
        assertThat(winner).isIn("OPEN", "DENIED");
        assertThat(api().as(agency.investigator).get("/api/v1/investigations/cases/" + id).json()
                .get("status").asString()).isEqualTo(winner);
        String platform = Investigations.platformAdmin(api());
        long decisionsAudited = List.of("INVESTIGATION_CASE_APPROVED", "INVESTIGATION_CASE_DENIED").stream()
                .flatMap(action -> api().as(platform).get("/api/v1/admin/audit?limit=1000&action=" + action).json()
                        .findValuesAsString("target").stream())
                .filter(id::equals).count();
        assertThat(decisionsAudited).isEqualTo(1);
    }
}
