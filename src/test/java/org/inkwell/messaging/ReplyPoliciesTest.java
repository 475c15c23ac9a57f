package org.inkwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who pays for a reply follows the facility's policy: nobody, the person inside, or the family in advance. */
class ReplyPoliciesTest extends IntegrationTest {

    @Test
    void whereThePersonInsidePaysStaffCreditTheirBalanceFromCommissaryAndARejectedReplyIsRefunded() {
        Site site = new Site("INMATE_PAYS");
        Api.Response broke = site.reply("Hi from inside");
        assertThat(broke.status()).as("no balance inside yet").isEqualTo(402);

        Api.Response credited = api().as(site.admin).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/staff/inmates/" + site.number + "/balance-credits", Map.of("amountCents", 100, "reference", "COMM-7781"));
        assertThat(credited.status()).as(credited.body()).isEqualTo(201);
        assertThat(credited.json().get("balanceCents").asLong()).isEqualTo(100);

        Api.Response reply = site.reply("Hi from inside");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("costCents").asLong()).isEqualTo(30);
        assertThat(site.inmateBalance()).isEqualTo(70);
        String reviewer = site.reviewer();
        String id = reply.json().get("id").asString();
        Scenario.claimNext(api(), reviewer, id);
        Scenario.decide(api(), reviewer, id, "REJECT", "OTHER");
        assertThat(site.inmateBalance()).isEqualTo(100);
        JsonNode mine = api().as(site.inmate()).get("/api/v1/messages/" + id).json();
        assertThat(mine.get("rejection").get("reasonCode").asString()).isEqualTo("OTHER");
    }

    @Test
    void whereFamiliesPrepayEachPrepaidReplyCarriesOneAnswer() {
        Site site = new Site("SENDER_PREPAID");
        Api.Response sent = api().as(site.family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/messages", Map.of("contactId", site.contact, "body", "Write back!", "prepayReply", true));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(site.familyBalance()).isEqualTo(5000 - 30 - 30);
        assertThat(api().as(site.inmate()).get("/api/v1/contacts/" + site.contact + "/prepaid-replies").json()
                .get("available").asInt()).isEqualTo(1);

        assertThat(site.reply("x".repeat(1001)).status()).as("a prepaid reply holds one unit").isEqualTo(400);
        Api.Response reply = site.reply("Thank you for the stamp!");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("costCents").asLong()).isEqualTo(30);
        assertThat(site.reply("And another thing").status()).as("none left").isEqualTo(402);
        assertThat(site.familyBalance()).as("the family paid in advance, nothing more").isEqualTo(4940);
        assertThat(api().as(site.family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/messages", Map.of("contactId", Scenario.approvedPair(api()).contactId(), "body", "x",
                        "prepayReply", true)).status()).as("someone else's contact").isEqualTo(404);
    }

    @Test
    void unusedPrepaidRepliesGoBackToTheFamilyWhenThePersonIsReleased() {
        Site site = new Site("SENDER_PREPAID");
        api().as(site.family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/messages", Map.of("contactId", site.contact, "body", "Write back!", "prepayReply", true));
        assertThat(site.familyBalance()).isEqualTo(4940);

        api().as(site.admin).send("POST", "/api/v1/staff/roster", "text/csv", site.number + ",Policy,Pat,RELEASED,\n");

        await().atMost(Duration.ofSeconds(20)).until(() -> site.familyBalance() == 4970);
    }

    @Test
    void prepayingWhereRepliesAreFreeIsABadRequest() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);

        Api.Response response = api().as(pair.familyToken()).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/messages", Map.of("contactId", pair.contactId(), "body", "Hi", "prepayReply", true));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("prepayReply");
    }

    /** A facility of the test's own with the given reply policy, unit price 30 per 1000 characters. */
    private final class Site {
        final TestFacility site;
        final String admin;
        final String number;
        final String family = Families.verifiedFamily(api(), Families.newEmail());
        final String contact;
        final String reviewerName;

        Site(String replyPolicy) {
            site = TestFacility.create(api(), Map.of("replyPolicy", replyPolicy, "maxMessageChars", 5000,
                    "pricing", Map.of("unitPriceCents", 30, "charsPerUnit", 1000)));
            admin = site.admin;
            reviewerName = site.newReviewer();
            number = site.book("Policy", "5656");
            contact = site.approvedContact(family, number);
            Scenario.buy(api(), family, 5000);
        }

        String inmate() {
            return api().loginInmate(site.code, number, "5656");
        }

        String reviewer() {
            return site.login(reviewerName);
        }

        Api.Response reply(String body) {
            return api().as(inmate()).with("Idempotency-Key", UUID.randomUUID().toString())
                    .post("/api/v1/inmate/messages", Map.of("contactId", contact, "body", body));
        }

        long inmateBalance() {
            return api().as(inmate()).get("/api/v1/inmate/wallet").json().get("balanceCents").asLong();
        }

        long familyBalance() {
            return api().as(family).get("/api/v1/wallet").json().get("balanceCents").asLong();
        }
    }
}
