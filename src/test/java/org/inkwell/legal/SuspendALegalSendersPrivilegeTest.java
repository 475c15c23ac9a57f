package org.inkwell.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

import org.inkwell.directory.Facilities;
import org.inkwell.support.Api;
import org.inkwell.support.Attorneys;
import org.inkwell.support.Attorneys.Attorney;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A facility admin suspends an approved attorney's privilege at their own facility with a reason, and
 * lifts it: audited, the attorney told by email, nothing else changes. Admins of another agency do not
 * find that attorney at all, and the registration's free text never reaches a person inside.
 */
class SuspendALegalSendersPrivilegeTest extends IntegrationTest {

    @Autowired
    private LegalSenders legalSenders;

    @Autowired
    private Facilities facilities;

    @Test
    void aFacilityAdminSuspendsThePrivilegeAtTheirFacilityAndLiftsIt() {
        TestFacility here = TestFacility.create(api(), Map.of());
        TestFacility neighbour = TestFacility.create(api(), Map.of());
        Attorney attorney = Attorneys.approved(api(), null);

        Api.Response suspended = api().as(here.admin).post(suspension(attorney),
                Map.of("reason", "Letters to many people unrelated to any case"));

        assertThat(suspended.status()).as(suspended.body()).isEqualTo(201);
        assertThat(suspended.json().get("facility").asString()).isEqualTo(here.code);
        assertThat(mayWrite(attorney, here)).isFalse();
        assertThat(mayWrite(attorney, neighbour)).as("only at the admin's own facility").isTrue();
        JsonNode listed = sender(here.admin, attorney);
        assertThat(listed.get("suspensions")).hasSize(1);
        assertThat(listed.get("suspensions").get(0).get("reason").asString())
                .isEqualTo("Letters to many people unrelated to any case");
        assertThat(sender(neighbour.admin, attorney).get("suspensions")).isEmpty();
        JsonNode told = DevMailbox.latest(api(), attorney.email());
        assertThat(told.get("subject").asString()).contains("suspended").contains("Test Facility " + here.code);
        assertThat(api().as(here.admin).get("/api/v1/admin/audit?action=LEGAL_PRIVILEGE_SUSPENDED").json()
                .findValues("detail").stream().map(JsonNode::asString)).anyMatch(d -> d.contains(attorney.email()));

        Api.Response twice = api().as(here.admin).post(suspension(attorney), Map.of("reason", "Again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("legal.already-suspended");

        Api.Response lifted = api().as(here.admin).delete(suspension(attorney));
        assertThat(lifted.status()).isEqualTo(204);
        assertThat(mayWrite(attorney, here)).isTrue();
        assertThat(sender(here.admin, attorney).get("suspensions")).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> DevMailbox.latest(api(), attorney.email())
                .get("subject").asString().contains("restored"));
        Api.Response liftedAgain = api().as(here.admin).delete(suspension(attorney));
        assertThat(liftedAgain.status()).isEqualTo(404);
        assertThat(liftedAgain.json().get("code").asString()).isEqualTo("legal.not-suspended");
    }

    @Test
    void aSuspensionNeedsAReasonOfStorableText() {
        TestFacility here = TestFacility.create(api(), Map.of());
        Attorney attorney = Attorneys.approved(api(), null);

        Api.Response none = api().as(here.admin).post(suspension(attorney), Map.of("reason", "  "));
        Api.Response nul = api().as(here.admin).send("POST", suspension(attorney), "application/json",
                "{\"reason\":\"bad\\u0000reason\"}");
        Api.Response surrogate = api().as(here.admin).send("POST", suspension(attorney), "application/json",
                "{\"reason\":\"bad \\uDC00 reason\"}");

        for (Api.Response refused : List.of(none, nul, surrogate)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").findValues("field").stream().map(JsonNode::asString).toList())
                    .containsExactly("reason");
        }
        assertThat(none.json().get("code").asString()).isEqualTo("legal.reason-invalid");
        assertThat(mayWrite(attorney, here)).isTrue();
    }

    @Test
    void anotherAgencysAdminDoesNotFindAnAttorneyApprovedForAnAgency() {
        TestFacility named = TestFacility.create(api(), Map.of());
        TestFacility foreign = Attorneys.facilityOfANewAgency(api());
        Attorney attorney = Attorneys.applied(api(), named.code);
        Attorneys.decide(api(), named.admin, attorney, "APPROVE");

        Api.Response suspend = api().as(foreign.admin).post(suspension(attorney), Map.of("reason", "Not ours"));
        Api.Response lift = api().as(foreign.admin).delete(suspension(attorney));

        assertThat(suspend.status()).isEqualTo(404);
        assertThat(suspend.json().get("code").asString()).isEqualTo("legal.sender-not-found");
        assertThat(lift.status()).isEqualTo(404);
        assertThat(mayWrite(attorney, named)).isTrue();
        assertThat(api().as(named.admin).post(suspension(attorney), Map.of("reason", "Ours")).status()).isEqualTo(201);
    }

    @Test
    void anAttorneyNotYetApprovedOrAnUnknownAccountIsNotFound() {
        TestFacility here = TestFacility.create(api(), Map.of());
        Attorney pending = Attorneys.applied(api(), here.code);

        assertThat(api().as(here.admin).post(suspension(pending), Map.of("reason", "Early")).status()).isEqualTo(404);
        assertThat(api().as(here.admin).post("/api/v1/staff/legal-senders/" + UUID.randomUUID() + "/suspension",
                Map.of("reason", "Nobody")).status()).isEqualTo(404);
    }

    @Test
    void theFirmAndTheReasonsNeverReachThePersonInside() {
        TestFacility here = TestFacility.create(api(), Map.of());
        Attorney attorney = Attorneys.approved(api(), here.code);
        String firm = api().as(attorney.token()).get("/api/v1/legal/registration").json().get("firm").asString();
        String number = here.book("Okonkwo", "2468");
        Api.Response requested = api().as(attorney.token()).post("/api/v1/contacts",
                Map.of("facility", here.code, "inmateNumber", number, "relationship", "ATTORNEY"));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String contact = requested.json().get("id").asString();
        api().as(here.admin).post("/api/v1/staff/contact-requests/" + contact + "/decision", Map.of("decision", "APPROVE"));
        String reason = "Reason " + UUID.randomUUID();
        api().as(here.admin).post(suspension(attorney), Map.of("reason", reason));
        Scenario.buy(api(), attorney.token(), 500);
        assertThat(Scenario.send(api(), attorney.token(), contact, "Hello, about your hearing.").status()).isEqualTo(201);

        String inmate = api().loginInmate(here.code, number, "2468");
        Api kiosk = api().with("Cookie", "inkwell_session=" + inmate);
        List<String> seenInside = List.of(api().as(inmate).get("/api/v1/inmate/inbox").body(),
                api().as(inmate).get("/api/v1/inmate/invitations").body(),
                kiosk.get("/kiosk/inbox").body(), kiosk.get("/kiosk/write/" + contact).body());

        assertThat(seenInside).allSatisfy(page -> assertThat(page).doesNotContain(firm).doesNotContain(reason));
        assertThat(api().as(inmate).get("/api/v1/legal/registration").status()).isEqualTo(403);
        assertThat(api().as(inmate).get("/api/v1/staff/legal-senders").status()).isEqualTo(403);
    }

    private JsonNode sender(String adminToken, Attorney attorney) {
        for (JsonNode sender : api().as(adminToken).get("/api/v1/staff/legal-senders").json()) {
            if (sender.get("accountId").asString().equals(attorney.accountId())) {
                return sender;
            }
        }
        throw new AssertionError("attorney not listed");
    }

    private boolean mayWrite(Attorney attorney, TestFacility site) {
        return legalSenders.mayWritePrivileged(UUID.fromString(attorney.accountId()),
                facilities.find(site.code).orElseThrow().id());
    }

    private static String suspension(Attorney attorney) {
        return "/api/v1/staff/legal-senders/" + attorney.accountId() + "/suspension";
    }
}
