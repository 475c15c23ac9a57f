package org.inkwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The contract's whole flow, as the people in it live it. */
class SendReviewDeliverReplyTest extends IntegrationTest {

    @Test
    void aFamilyWritesTheMessageIsReviewedAndReadInsideAndTheReplyComesBack() {
        String email = Families.newEmail();
        api().post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD, "fullName", "Mary Walker"));
        assertThat(api().post("/api/v1/accounts/verify", Map.of("token", DevMailbox.verificationToken(api(), email)))
                .status()).isEqualTo(200);
        String family = api().login(email, Families.PASSWORD);
        TestFacility site = TestFacility.create(api(), Scenario.NORTH_LIKE);
        String number = site.book("Walker", "8080");
        String contact = site.approvedContact(family, number);
        Scenario.buy(api(), family, 1000);

        Api.Response sent = Scenario.send(api(), family, contact, "Hi son, the garden is full of tomatoes this year.");

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonNode message = sent.json();
        String id = message.get("id").asString();
        assertThat(message.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(message.get("units").asInt()).isEqualTo(1);
        assertThat(message.get("costCents").asLong()).isEqualTo(40);
        assertThat(message.get("submittedAt").asString()).isNotBlank();
        assertThat(balance(family)).isEqualTo(960);
        String inmate = api().loginInmate(site.code, number, "8080");
        assertThat(api().as(inmate).get("/api/v1/inmate/inbox").json().size()).as("not delivered before review").isZero();

        String reviewer = site.login(site.newReviewer());
        JsonNode claimed = Scenario.claimNext(api(), reviewer, id);
        assertThat(claimed.get("body").asString()).isEqualTo("Hi son, the garden is full of tomatoes this year.");
        assertThat(claimed.get("sender").get("name").asString()).isEqualTo("Mary Walker");
        assertThat(claimed.get("recipient").get("name").asString()).isEqualTo("Pat Walker");
        assertThat(claimed.get("facility").asString()).isEqualTo(site.code);
        assertThat(claimed.get("screening").get("flags").size()).isZero();
        assertThat(claimed.get("claimedUntil").asString()).isNotBlank();
        assertThat(Scenario.decide(api(), reviewer, id, "APPROVE", null).status()).isEqualTo(200);

        JsonNode inbox = api().as(inmate).get("/api/v1/inmate/inbox").json();
        assertThat(inbox.size()).isEqualTo(1);
        assertThat(inbox.get(0).get("id").asString()).isEqualTo(id);
        assertThat(inbox.get(0).get("from").get("name").asString()).isEqualTo("Mary Walker");
        assertThat(inbox.get(0).get("contactId").asString()).isEqualTo(contact);
        assertThat(inbox.get(0).get("readAt").isNull()).isTrue();
        assertThat(api().as(inmate).post("/api/v1/inmate/messages/" + id + "/read", null).status()).isEqualTo(200);
        JsonNode seen = api().as(family).get("/api/v1/messages/" + id).json();
        assertThat(seen.get("status").asString()).isEqualTo("READ");
        assertThat(seen.get("deliveredAt").asString()).isNotBlank();
        assertThat(seen.get("readAt").asString()).isNotBlank();

        Api.Response reply = api().as(inmate).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/inmate/messages", Map.of("contactId", contact, "body", "Thank you Mom. Save me some!"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("costCents").asLong()).as("replies are free here").isZero();
        String replyId = reply.json().get("id").asString();
        assertThat(api().as(family).get("/api/v1/messages?contactId=" + contact).json().findValues("id").stream()
                .map(JsonNode::asString)).as("not shown to the family before review").doesNotContain(replyId);
        Scenario.claimNext(api(), reviewer, replyId);
        Scenario.decide(api(), reviewer, replyId, "APPROVE", null);

        JsonNode thread = api().as(family).get("/api/v1/messages?contactId=" + contact).json();
        assertThat(thread.size()).isEqualTo(2);
        assertThat(thread.get(0).get("direction").asString()).isEqualTo("TO_INMATE");
        assertThat(thread.get(1).get("direction").asString()).isEqualTo("FROM_INMATE");
        assertThat(thread.get(1).get("body").asString()).isEqualTo("Thank you Mom. Save me some!");
        assertThat(thread.get(1).get("status").asString()).isEqualTo("DELIVERED");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                DevMailbox.latest(api(), email).get("subject").asString().contains("New message"));
        JsonNode mail = DevMailbox.latest(api(), email);
        assertThat(mail.get("subject").asString()).contains("Pat Walker");
        assertThat(mail.get("body").asString()).doesNotContain("Save me some");
    }

    @Test
    void aFlaggedMessageShowsItsFlagsWithOffsetsAndARejectionRefundsAndExplains() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String text = "Tell your cellie to bring the h3r0in on Friday, call me at 212-555-0198.";

        String id = Scenario.send(api(), pair.familyToken(), pair.contactId(), text).json().get("id").asString();
        String reviewer = pair.reviewer();
        JsonNode claimed = Scenario.claimNext(api(), reviewer, id);

        JsonNode screening = claimed.get("screening");
        assertThat(screening.get("score").asInt()).isGreaterThanOrEqualTo(35);
        JsonNode drugs = screening.get("flags").findParents("category").stream()
                .filter(f -> f.get("category").asString().equals("DRUGS_OR_CONTRABAND")).findFirst().orElseThrow();
        assertThat(drugs.get("match").asString()).isEqualTo("h3r0in");
        assertThat(text.substring(drugs.get("start").asInt(), drugs.get("end").asInt())).isEqualTo("h3r0in");
        JsonNode phone = screening.get("flags").findParents("category").stream()
                .filter(f -> f.get("category").asString().equals("PHONE_NUMBER")).findFirst().orElseThrow();
        assertThat(text.substring(phone.get("start").asInt(), phone.get("end").asInt())).isEqualTo("212-555-0198");

        assertThat(Scenario.decide(api(), reviewer, id, "REJECT", null).status()).as("a reason is required").isEqualTo(400);
        assertThat(Scenario.decide(api(), reviewer, id, "REJECT", "DRUGS_OR_CONTRABAND").status()).isEqualTo(200);

        JsonNode seen = api().as(pair.familyToken()).get("/api/v1/messages/" + id).json();
        assertThat(seen.get("status").asString()).isEqualTo("REJECTED");
        assertThat(seen.get("rejection").get("reasonCode").asString()).isEqualTo("DRUGS_OR_CONTRABAND");
        assertThat(seen.get("rejection").get("explanation").asString()).isNotBlank();
        assertThat(seen.toString()).doesNotContain("reviewer's own note").doesNotContain("REVIEWER of");
        assertThat(balance(pair.familyToken())).as("refunded in full").isEqualTo(500);
        JsonNode statement = api().as(pair.familyToken()).get("/api/v1/wallet").json().get("entries");
        assertThat(statement.get(0).get("kind").asString()).isEqualTo("REFUND");
        String inmate = pair.loginInmate(api());
        assertThat(api().as(inmate).get("/api/v1/messages?contactId=" + pair.contactId()).json().size())
                .as("the recipient never sees a rejected message").isZero();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                DevMailbox.latest(api(), pair.familyEmail()).get("subject").asString().contains("not delivered"));
        assertThat(DevMailbox.latest(api(), pair.familyEmail()).get("body").asString()).doesNotContain("h3r0in");
    }

    private long balance(String family) {
        return api().as(family).get("/api/v1/wallet").json().get("balanceCents").asLong();
    }
}
