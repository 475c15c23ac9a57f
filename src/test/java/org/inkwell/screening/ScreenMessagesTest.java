package org.inkwell.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.inkwell.screening.internal.DefaultTerms;
import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ScreenMessagesTest extends IntegrationTest {

    @Test
    void anotherPersonsInmateNumberIsFlaggedAsRelayButTheRecipientsOwnIsNot() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String text = "Tell A1002 I said hi. Your number is " + pair.inmateNumber() + ".";

        String id = Scenario.send(api(), pair.familyToken(), pair.contactId(), text).json().get("id").asString();
        JsonNode flags = Scenario.claimNext(api(), pair.reviewer(), id)
                .get("screening").get("flags");

        assertThat(flags.findParents("category").stream().filter(f -> f.get("category").asString().equals("THIRD_PARTY_RELAY"))
                .map(f -> f.get("match").asString())).containsExactly("A1002");
    }

    @Test
    void aFacilityAdminAddsATermAndTheNextMessageIsScreenedWithIt() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String admin = pair.admin();
        String term = "purple elephant " + unique("x").substring(2);
        JsonNode before = api().as(admin).get("/api/v1/staff/screening/terms").json();
        assertThat(before.get("terms").findParents("scope").stream()
                .filter(t -> t.get("scope").asString().equals("AGENCY"))
                .map(t -> t.get("category").asString() + ":" + t.get("term").asString()))
                .as("the demo agency's default list, every term of it")
                .containsAll(DefaultTerms.load().stream().map(t -> t.category() + ":" + t.term()).toList());

        Api.Response added = api().as(admin).post("/api/v1/staff/screening/terms", Map.of("category", "CODED_LANGUAGE", "term", term));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("scope").asString()).isEqualTo("FACILITY");
        JsonNode after = api().as(admin).get("/api/v1/staff/screening/terms").json();
        assertThat(after.get("version").asLong()).isGreaterThan(before.get("version").asLong());
        String reviewer = pair.reviewer();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            String id = Scenario.send(api(), pair.familyToken(), pair.contactId(), "the " + term + " is here")
                    .json().get("id").asString();
            JsonNode claimed = Scenario.claimNext(api(), reviewer, id);
            Scenario.decide(api(), reviewer, id, "APPROVE", null);
            assertThat(claimed.get("screening").get("flags").findValues("category").stream().map(JsonNode::asString))
                    .contains("CODED_LANGUAGE");
        });
        assertThat(api().as(admin).post("/api/v1/staff/screening/terms", Map.of("category", "CODED_LANGUAGE", "term", term))
                .status()).isEqualTo(409);
        assertThat(api().as(admin).post("/api/v1/staff/screening/terms", Map.of("category", "PHONE_NUMBER", "term", "x"))
                .status()).as("detector categories have no term list").isEqualTo(400);
        long agencyTerm = before.get("terms").get(0).get("id").asLong();
        assertThat(api().as(admin).delete("/api/v1/staff/screening/terms/" + agencyTerm).status()).isEqualTo(403);
        assertThat(api().as(admin).delete("/api/v1/staff/screening/terms/" + added.json().get("id").asLong()).status())
                .isEqualTo(204);
        assertThat(api().as(admin).get("/api/v1/admin/audit?action=SCREENING_TERM_ADDED&limit=10").json()
                .findValues("target").stream().map(JsonNode::asString)).contains("CODED_LANGUAGE:" + term);
    }

    @Test
    void whereTheFacilityAutoApprovesCleanMessagesTheyAreDeliveredAtOnceAndFlaggedOnesStillWait() {
        TestFacility site = TestFacility.create(api(), Map.of("autoApproveClean", true));
        String number = site.book("Trust", "4040");
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, number);
        Scenario.buy(api(), family, 500);

        JsonNode clean = Scenario.send(api(), family, contact, "Happy birthday! We love you.").json();
        JsonNode flagged = Scenario.send(api(), family, contact, "Happy birthday! Call 212-555-0198.").json();

        assertThat(clean.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(flagged.get("status").asString()).isEqualTo("IN_REVIEW");
        String inmate = api().loginInmate(site.code, number, "4040");
        assertThat(api().as(inmate).get("/api/v1/inmate/inbox").json().size()).isEqualTo(1);
    }

    @Test
    void disguisedWordsAreHeldForAReviewerWhoSeesTheDisguiseEvenWhereCleanMessagesAreApprovedAtOnce() {
        TestFacility site = TestFacility.create(api(), Map.of("autoApproveClean", true));
        String number = site.book("Veil", "4141");
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, number);
        Scenario.buy(api(), family, 500);
        String zeroWidth = "Bring the co\u200bcaine on Sunday";
        String cyrillic = "Bring the \u0441ocaine on Sunday";
        String hiddenOnly = "See you\u2060 on Sunday, se\u00f1or Mu\u00f1oz";

        JsonNode ordinary = Scenario.send(api(), family, contact, "Se\u00f1or Mu\u00f1oz sends his love, see you on Sunday.").json();
        String reviewer = site.login(site.newReviewer());
        for (String text : List.of(zeroWidth, cyrillic, hiddenOnly)) {
            JsonNode sent = Scenario.send(api(), family, contact, text).json();
            assertThat(sent.get("status").asString()).as(text).isEqualTo("IN_REVIEW");

            JsonNode flags = Scenario.claimNext(api(), reviewer, sent.get("id").asString()).get("screening").get("flags");
            JsonNode disguise = flags.findParents("category").stream()
                    .filter(f -> f.get("category").asString().equals("OBFUSCATION")).findFirst().orElseThrow();
            String word = text.substring(disguise.get("start").asInt(), disguise.get("end").asInt());
            assertThat(disguise.get("match").asString()).isEqualTo(word).isIn("co\u200bcaine", "\u0441ocaine", "you\u2060");
            if (!text.equals(hiddenOnly)) {
                assertThat(flags.findValues("category").stream().map(JsonNode::asString)).contains("DRUGS_OR_CONTRABAND");
            }
            assertThat(Scenario.decide(api(), reviewer, sent.get("id").asString(), "APPROVE", null).status()).isEqualTo(200);
        }
        assertThat(ordinary.get("status").asString()).isEqualTo("DELIVERED");
    }
}
