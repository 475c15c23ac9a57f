package org.inkwell.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.inkwell.directory.Facilities;
import org.inkwell.support.Api;
import org.inkwell.support.Attorneys;
import org.inkwell.support.Attorneys.Attorney;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A platform admin, or a facility admin of the agency the attorney named, approves on evidence until a
 * re-check date (two years unless chosen) or denies with a reason; the applicant is told by email, the
 * decision is audited and kept in the registration's history. A facility admin's approval holds at their
 * agency's facilities; a platform admin's everywhere.
 */
class ApproveALegalSenderTest extends IntegrationTest {

    @Autowired
    private LegalSenders legalSenders;

    @Autowired
    private Facilities facilities;

    @Test
    void aPlatformAdminApprovesUntilTwoYearsFromTodayAndThePrivilegeHoldsEverywhere() {
        TestFacility here = TestFacility.create(api(), Map.of());
        TestFacility elsewhere = Attorneys.facilityOfANewAgency(api());
        Attorney attorney = Attorneys.applied(api(), null);
        String platform = platformAdmin();
        LocalDate before = today();

        Api.Response decided = api().as(platform).post(decision(attorney),
                Map.of("decision", "APPROVE", "reason", "Bar roll checked"));

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonNode approved = decided.json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("scope").asString()).isEqualTo("EVERYWHERE");
        assertThat(approved.get("decidedBy").asString()).isNotBlank();
        assertThat(approved.get("applicant").get("email").asString()).isEqualTo(attorney.email());
        assertThat(LocalDate.parse(approved.get("recheckOn").asString()))
                .isIn(before.plusYears(2), today().plusYears(2));
        JsonNode mine = api().as(attorney.token()).get("/api/v1/legal/registration").json();
        assertThat(mine.get("status").asString()).isEqualTo("APPROVED");
        assertThat(mine.get("history").findValues("status").stream().map(JsonNode::asString).toList())
                .containsExactly("PENDING", "APPROVED");
        assertThat(mine.has("applicant")).as("staff-only field").isFalse();
        assertThat(mine.has("decidedBy")).as("staff names stay inside").isFalse();
        assertThat(mine.get("history").get(1).get("byName").isNull()).isTrue();
        assertThat(mine.get("history").get(1).get("byRole").asString()).isEqualTo("PLATFORM_ADMIN");
        assertThat(DevMailbox.latest(api(), attorney.email()).get("subject").asString()).contains("approved");
        assertThat(api().as(platform).get("/api/v1/admin/audit?action=LEGAL_REGISTRATION_APPROVED&limit=1000")
                .json().findValues("target").stream().map(JsonNode::asString).toList())
                .contains(attorney.registration());
        assertThat(mayWrite(attorney, here)).isTrue();
        assertThat(mayWrite(attorney, elsewhere)).isTrue();
    }

    @Test
    void aChosenRecheckDateIsKeptAndOneInThePastOrTooFarAheadIsRefused() {
        Attorney attorney = Attorneys.applied(api(), null);
        String platform = platformAdmin();

        Api.Response past = api().as(platform).post(decision(attorney), Map.of("decision", "APPROVE",
                "recheckOn", today().minusDays(1).toString()));
        Api.Response far = api().as(platform).post(decision(attorney), Map.of("decision", "APPROVE",
                "recheckOn", today().plusYears(6).toString()));
        String chosen = today().plusMonths(18).toString();
        Api.Response kept = api().as(platform).post(decision(attorney), Map.of("decision", "APPROVE", "recheckOn", chosen));

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("code").asString()).isEqualTo("legal.recheck-invalid");
        assertThat(far.status()).isEqualTo(400);
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().get("recheckOn").asString()).isEqualTo(chosen);
    }

    @Test
    void aDenialNeedsAReasonTellsTheApplicantAndTheyMayApplyAgain() {
        Attorney attorney = Attorneys.applied(api(), null);
        String platform = platformAdmin();

        Api.Response noReason = api().as(platform).post(decision(attorney), Map.of("decision", "DENY"));
        Api.Response denied = api().as(platform).post(decision(attorney),
                Map.of("decision", "DENY", "reason", "Not on the state bar's roll"));
        Api.Response again = api().as(platform).post(decision(attorney), Map.of("decision", "APPROVE"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("code").asString()).isEqualTo("legal.reason-invalid");
        assertThat(denied.status()).isEqualTo(200);
        assertThat(denied.json().get("status").asString()).isEqualTo("DENIED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("legal.already-decided");
        JsonNode mail = DevMailbox.latest(api(), attorney.email());
        assertThat(mail.get("subject").asString()).contains("not approved");
        assertThat(mail.get("body").asString()).contains("Not on the state bar's roll");
        assertThat(api().as(attorney.token()).post("/api/v1/legal/registration", Attorneys.application(null)).status())
                .isEqualTo(201);
    }

    @Test
    void aBadDecisionIsRefusedWithEveryFieldNamed() {
        Attorney attorney = Attorneys.applied(api(), null);

        Api.Response refused = api().as(platformAdmin()).send("POST", decision(attorney), "application/json",
                "{\"reason\":\"x\\u0000y\"}");
        Api.Response unknown = api().as(platformAdmin()).post("/api/v1/staff/legal-registrations/" + UUID.randomUUID()
                + "/decision", Map.of("decision", "APPROVE"));

        Api.Response badStatus = api().as(platformAdmin()).get("/api/v1/staff/legal-registrations?status=MAYBE");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.contentType()).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("legal.registration-not-found");
        assertThat(api().as(attorney.token()).get("/api/v1/legal/registration").json().get("status").asString())
                .isEqualTo("PENDING");
    }

    @Test
    void aFacilityAdminDecidesForTheirAgencyOnlyAndTheirApprovalHoldsThere() {
        TestFacility named = TestFacility.create(api(), Map.of());
        TestFacility sameAgency = TestFacility.create(api(), Map.of());
        TestFacility otherAgency = Attorneys.facilityOfANewAgency(api());
        Attorney attorney = Attorneys.applied(api(), named.code);

        Api.Response foreign = api().as(otherAgency.admin).post(decision(attorney), Map.of("decision", "APPROVE"));
        JsonNode foreignList = api().as(otherAgency.admin).get("/api/v1/staff/legal-registrations?status=PENDING").json();
        JsonNode ownList = api().as(sameAgency.admin).get("/api/v1/staff/legal-registrations?status=PENDING").json();
        Api.Response approved = api().as(sameAgency.admin).post(decision(attorney), Map.of("decision", "APPROVE"));

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreignList.findValues("id").stream().map(JsonNode::asString)).doesNotContain(attorney.registration());
        assertThat(ownList.findValues("id").stream().map(JsonNode::asString)).contains(attorney.registration());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("scope").asString()).isEqualTo("AGENCY");
        assertThat(approved.json().get("agency").asString()).isEqualTo("DEMO");
        assertThat(mayWrite(attorney, named)).isTrue();
        assertThat(mayWrite(attorney, sameAgency)).isTrue();
        assertThat(mayWrite(attorney, otherAgency)).isFalse();
        assertThat(api().as(otherAgency.admin).get("/api/v1/staff/legal-senders").json()
                .findValues("accountId").stream().map(JsonNode::asString)).doesNotContain(attorney.accountId());
    }

    @Test
    void aRegistrationNamingNoFacilityIsForPlatformAdminsOnly() {
        TestFacility site = TestFacility.create(api(), Map.of());
        Attorney attorney = Attorneys.applied(api(), null);

        Api.Response byFacilityAdmin = api().as(site.admin).post(decision(attorney), Map.of("decision", "APPROVE"));

        assertThat(byFacilityAdmin.status()).isEqualTo(404);
        assertThat(mayWrite(attorney, site)).isFalse();
    }

    @Test
    void aFacilityAdminCannotOverruleAPlatformAdminsApproval() {
        TestFacility site = TestFacility.create(api(), Map.of());
        Attorney attorney = Attorneys.approved(api(), site.code);

        Api.Response revoked = api().as(site.admin).post(decision(attorney),
                Map.of("decision", "DENY", "reason", "We disagree"));

        assertThat(revoked.status()).isEqualTo(409);
        assertThat(mayWrite(attorney, site)).isTrue();
    }

    @Test
    void theApplicantCannotDecideTheirOwnRegistration() {
        TestFacility site = TestFacility.create(api(), Map.of());
        Attorney attorney = Attorneys.applied(api(), site.code);
        String selfName = site.code.toLowerCase() + ".self";
        assertThat(api().as(platformAdmin()).post("/api/v1/admin/staff", Map.of("username", selfName,
                "password", TestFacility.STAFF_PASSWORD, "fullName", "Admin And Attorney", "role", "FACILITY_ADMIN",
                "facility", site.code, "email", attorney.email())).status()).isEqualTo(201);

        Api.Response asStaff = api().as(site.login(selfName)).post(decision(attorney), Map.of("decision", "APPROVE"));
        Api.Response asApplicant = api().as(attorney.token()).post(decision(attorney), Map.of("decision", "APPROVE"));

        assertThat(asStaff.status()).isEqualTo(403);
        assertThat(asStaff.json().get("code").asString()).isEqualTo("legal.own-registration");
        assertThat(asApplicant.status()).isEqualTo(403);
        assertThat(api().as(attorney.token()).get("/api/v1/legal/registration").json().get("status").asString())
                .isEqualTo("PENDING");
    }

    @Test
    void aPassedRecheckDateEndsThePrivilegeUntilItIsApprovedAgain() {
        TestFacility site = TestFacility.create(api(), Map.of());
        Attorney attorney = Attorneys.applied(api(), site.code);
        String platform = platformAdmin();
        api().as(platform).post(decision(attorney), Map.of("decision", "APPROVE",
                "recheckOn", today().plusDays(1).toString()));
        assertThat(mayWrite(attorney, site)).isTrue();

        clock.advance(Duration.ofDays(3));

        assertThat(mayWrite(attorney, site)).isFalse();
        String later = api().login(attorney.email(), Families.PASSWORD);
        assertThat(api().as(later).get("/api/v1/legal/registration").json().get("recheckDue").asBoolean())
                .isTrue();
        Api.Response rechecked = api().as(platformAdmin()).post(decision(attorney), Map.of("decision", "APPROVE"));
        assertThat(rechecked.status()).isEqualTo(200);
        assertThat(mayWrite(attorney, site)).isTrue();
    }

    @Test
    void theDemoAttorneyIsApprovedForEveryFacility() {
        String attorney = api().login("attorney@example.org", "demo-attorney-pass");

        JsonNode registration = api().as(attorney).get("/api/v1/legal/registration").json();

        assertThat(registration.get("status").asString()).isEqualTo("APPROVED");
        assertThat(registration.get("scope").asString()).isEqualTo("EVERYWHERE");
    }

    private boolean mayWrite(Attorney attorney, TestFacility site) {
        return legalSenders.mayWritePrivileged(UUID.fromString(attorney.accountId()),
                facilities.find(site.code).orElseThrow().id());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private String platformAdmin() {
        return api().login(Attorneys.PLATFORM_ADMIN, Attorneys.PLATFORM_PASSWORD);
    }

    private static String decision(Attorney attorney) {
        return "/api/v1/staff/legal-registrations/" + attorney.registration() + "/decision";
    }
}
