package org.inkwell.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BlockAndSuspendContactTest extends IntegrationTest {

    @Test
    void eitherSideMayBlockAndOnlyThatSideMayUnblock() {
        Scenario.Pair pair = Scenario.approvedPair(api(), site());
        String inmate = pair.loginInmate(api());

        Api.Response blocked = api().as(inmate).post("/api/v1/contacts/" + pair.contactId() + "/block", null);

        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.json().get("status").asString()).isEqualTo("BLOCKED");
        assertThat(blocked.json().get("blockedBy").asString()).isEqualTo("INMATE");
        JsonNode familyView = api().as(pair.familyToken()).get("/api/v1/contacts/" + pair.contactId()).json();
        assertThat(familyView.get("status").asString()).isEqualTo("BLOCKED");
        assertThat(familyView.get("statusReason").asString()).isNotBlank();

        Api.Response familyUnblock = api().as(pair.familyToken()).post("/api/v1/contacts/" + pair.contactId() + "/unblock", null);
        assertThat(familyUnblock.status()).isEqualTo(409);
        assertThat(familyUnblock.json().get("detail").asString()).contains("Only the person who blocked");

        Api.Response unblocked = api().as(inmate).post("/api/v1/contacts/" + pair.contactId() + "/unblock", null);
        assertThat(unblocked.json().get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void aPendingContactCannotBeBlocked() {
        String family = org.inkwell.support.Families.verifiedFamily(api(), org.inkwell.support.Families.newEmail());
        TestFacility site = site();
        String contact = Scenario.requestContact(api(), family, site.code, site.book("Pending", "1111"));

        assertThat(api().as(family).post("/api/v1/contacts/" + contact + "/block", null).status()).isEqualTo(409);
    }

    @Test
    void aSuspensionLastsUntilItsDateThenLiftsByItself() {
        Scenario.Pair pair = Scenario.approvedPair(api(), site());
        String admin = pair.admin();
        Instant until = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

        Api.Response suspended = api().as(admin).put("/api/v1/staff/contacts/" + pair.contactId() + "/suspension",
                Map.of("until", until.toString(), "reason", "Contraband found in mail"));

        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        JsonNode seen = api().as(pair.familyToken()).get("/api/v1/contacts/" + pair.contactId()).json();
        assertThat(seen.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(seen.get("statusReason").asString()).contains("Contraband found in mail");
        assertThat(Instant.parse(seen.get("suspendedUntil").asString())).isEqualTo(until);

        clock.advance(Duration.ofDays(3).plusMinutes(1));

        assertThat(api().as(pair.familyToken()).get("/api/v1/contacts/" + pair.contactId()).status()).as("token expired")
                .isEqualTo(401);
        String family = api().login(pair.familyEmail(), org.inkwell.support.Families.PASSWORD);
        assertThat(api().as(family).get("/api/v1/contacts/" + pair.contactId()).json().get("status").asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void aSuspensionNeedsAFutureDateAndAReasonAndCanBeLiftedEarly() {
        Scenario.Pair pair = Scenario.approvedPair(api(), site());
        String admin = pair.admin();
        String path = "/api/v1/staff/contacts/" + pair.contactId() + "/suspension";

        assertThat(api().as(admin).put(path, Map.of("until", Instant.now().minusSeconds(60).toString(), "reason", "late"))
                .status()).isEqualTo(400);
        assertThat(api().as(admin).put(path, Map.of("until", Instant.now().plusSeconds(3600).toString())).status())
                .isEqualTo(400);
        assertThat(api().as(admin).put(path, Map.of("until", "next tuesday", "reason", "x")).status()).isEqualTo(400);
        api().as(admin).put(path, Map.of("until", Instant.now().plusSeconds(3600).toString(), "reason", "cooling off"));

        assertThat(api().as(admin).delete(path).json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(api().as(admin).get("/api/v1/admin/audit?action=CONTACT_SUSPENSION_LIFTED&limit=1000").json()
                .findValuesAsString("target")).as("lifting a suspension is audited").contains(pair.contactId());
    }

    @Test
    void aCorrespondenceRestrictionSuspendsEveryContactOfThePersonUntilItsDate() {
        Scenario.Pair pair = Scenario.approvedPair(api(), site());
        String admin = pair.admin();
        String path = "/api/v1/staff/inmates/" + pair.inmateNumber() + "/restriction";

        Api.Response restricted = api().as(admin).put(path,
                Map.of("until", Instant.now().plus(Duration.ofDays(7)).toString(), "reason", "Disciplinary sanction"));

        assertThat(restricted.status()).isEqualTo(204);
        JsonNode seen = api().as(pair.familyToken()).get("/api/v1/contacts/" + pair.contactId()).json();
        assertThat(seen.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(seen.get("statusReason").asString()).contains("restricted");
        assertThat(api().as(admin).delete(path).status()).isEqualTo(204);
        assertThat(api().as(pair.familyToken()).get("/api/v1/contacts/" + pair.contactId()).json().get("status").asString())
                .isEqualTo("APPROVED");
        assertThat(api().as(admin).put("/api/v1/staff/inmates/C2001/restriction",
                Map.of("until", Instant.now().plus(Duration.ofDays(7)).toString(), "reason", "not ours")).status())
                .as("a person at another facility").isEqualTo(404);
    }

    @Test
    void reviewersMayNotSuspend() {
        Scenario.Pair pair = Scenario.approvedPair(api(), site());
        String reviewer = pair.reviewer();

        assertThat(api().as(reviewer).put("/api/v1/staff/contacts/" + pair.contactId() + "/suspension",
                Map.of("until", Instant.now().plusSeconds(3600).toString(), "reason", "x")).status()).isEqualTo(403);
    }

    /** The tests here each write only to their own pair, so they share one facility. */
    private TestFacility site() {
        return TestFacility.sharedBy(BlockAndSuspendContactTest.class, api(), Scenario.NORTH_LIKE);
    }
}
