package org.inkwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SendMessageTest extends IntegrationTest {

    @Test
    void theCostIsCountedInCharactersAsPeopleCountThem() {
        Scenario.Pair pair = Scenario.fundedPair(api(), site(), 500);
        String twoUnits = "é".repeat(2000) + "🙂";

        JsonNode sent = Scenario.send(api(), pair.familyToken(), pair.contactId(), twoUnits).json();

        assertThat(sent.get("units").asInt()).isEqualTo(2);
        assertThat(sent.get("costCents").asLong()).isEqualTo(80);
        assertThat(balance(pair.familyToken())).isEqualTo(420);
    }

    @Test
    void everyLanguageAndEmojiRoundTripsExactly() {
        Scenario.Pair pair = Scenario.fundedPair(api(), site(), 500);
        String text = "¡Hola, mamá! Ñandú.\n中文信件。\nمرحبا بك\n👨‍👩‍👧 ❤️\tfin";

        String id = Scenario.send(api(), pair.familyToken(), pair.contactId(), text).json().get("id").asString();

        assertThat(api().as(pair.familyToken()).get("/api/v1/messages/" + id).json().get("body").asString()).isEqualTo(text);
    }

    @Test
    void windowsLineEndsAreKeptAsNewlines() {
        Scenario.Pair pair = Scenario.fundedPair(api(), site(), 500);

        String id = Scenario.send(api(), pair.familyToken(), pair.contactId(), "line one\r\nline two").json().get("id").asString();

        assertThat(api().as(pair.familyToken()).get("/api/v1/messages/" + id).json().get("body").asString())
                .isEqualTo("line one\nline two");
    }

    @Test
    void badBodiesAreRefusedAndNothingIsCharged() {
        Scenario.Pair pair = Scenario.fundedPair(api(), site(), 500);

        for (String body : List.of("", "   \n ", "bell\u0007", "nul\u0000char", "x".repeat(6001))) {
            Api.Response response = Scenario.send(api(), pair.familyToken(), pair.contactId(), body);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
        }
        Api.Response noContact = api().as(pair.familyToken()).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/messages", Map.of("body", "hello"));
        assertThat(noContact.status()).isEqualTo(400);
        assertThat(api().as(pair.familyToken()).post("/api/v1/messages",
                Map.of("contactId", pair.contactId(), "body", "no key")).status()).isEqualTo(400);
        assertThat(Scenario.send(api(), pair.familyToken(), pair.contactId(), "x".repeat(6000)).status())
                .as("exactly the limit is fine").isEqualTo(201);
        assertThat(balance(pair.familyToken())).isEqualTo(500 - 3 * 40);
    }

    @Test
    void aBalanceBelowTheCostIsPaymentRequiredAndChargesNothing() {
        Scenario.Pair pair = Scenario.approvedPair(api(), site());

        Api.Response response = Scenario.send(api(), pair.familyToken(), pair.contactId(), "Hello");

        assertThat(response.status()).isEqualTo(402);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api().as(pair.familyToken()).get("/api/v1/messages?contactId=" + pair.contactId()).json().size()).isZero();
    }

    @Test
    void aPendingContactIsAConflictAndAnotherFamilysContactIsNotFound() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        Scenario.buy(api(), family, 500);
        Scenario.Pair someoneElse = Scenario.approvedPair(api(), site());
        TestFacility site = someoneElse.site();
        String pending = Scenario.requestContact(api(), family, site.code, site.book("Pending", "1111"));

        assertThat(Scenario.send(api(), family, pending, "Hello").status()).isEqualTo(409);
        assertThat(Scenario.send(api(), family, someoneElse.contactId(), "Hello").status()).isEqualTo(404);
        assertThat(api().as(family).get("/api/v1/messages?contactId=" + someoneElse.contactId()).status()).isEqualTo(404);
        assertThat(balance(family)).isEqualTo(500);
    }

    @Test
    void aBlockedContactCarriesNoMessagesEitherWay() {
        Scenario.Pair pair = Scenario.fundedPair(api(), site(), 500);
        String inmate = pair.loginInmate(api());
        api().as(pair.familyToken()).post("/api/v1/contacts/" + pair.contactId() + "/block", null);

        Api.Response family = Scenario.send(api(), pair.familyToken(), pair.contactId(), "Hello");
        Api.Response reply = api().as(inmate).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/inmate/messages", Map.of("contactId", pair.contactId(), "body", "Hello"));

        assertThat(family.status()).isEqualTo(409);
        assertThat(family.json().get("detail").asString()).containsIgnoringCase("blocked");
        assertThat(reply.status()).isEqualTo(409);
    }

    @Test
    void anUnverifiedAccountMayNotSend() {
        String email = Families.newEmail();
        api().post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD, "fullName", "Not Yet"));
        String family = api().login(email, Families.PASSWORD);
        TestFacility site = site();
        String contact = site.approvedContact(family, site.book("Unverified", "1111"));
        Scenario.buy(api(), family, 500);

        assertThat(Scenario.send(api(), family, contact, "Hello").status()).isEqualTo(403);
        assertThat(balance(family)).isEqualTo(500);
    }

    @Test
    void aRetriedSendIsSentOnceAndAnsweredTheSame() {
        Scenario.Pair pair = Scenario.fundedPair(api(), site(), 500);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("contactId", pair.contactId(), "body", "Only once, please.");

        Api.Response first = api().as(pair.familyToken()).with("Idempotency-Key", key).post("/api/v1/messages", body);
        Api.Response retry = api().as(pair.familyToken()).with("Idempotency-Key", key).post("/api/v1/messages", body);
        Api.Response other = api().as(pair.familyToken()).with("Idempotency-Key", key).post("/api/v1/messages",
                Map.of("contactId", pair.contactId(), "body", "Something else"));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(other.status()).isEqualTo(422);
        assertThat(balance(pair.familyToken())).isEqualTo(460);
        assertThat(api().as(pair.familyToken()).get("/api/v1/messages?contactId=" + pair.contactId()).json().size()).isEqualTo(1);
    }

    @Test
    void theSameKeySentConcurrentlyHasOneEffect() throws Exception {
        Scenario.Pair pair = Scenario.fundedPair(api(), site(), 500);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(pool.submit(() -> api().as(pair.familyToken()).with("Idempotency-Key", key)
                    .post("/api/v1/messages", Map.of("contactId", pair.contactId(), "body", "Concurrent hello"))));
        }
        List<String> ids = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            assertThat(response.status()).isEqualTo(201);
            ids.add(response.json().get("id").asString());
        }
        pool.shutdown();

        assertThat(ids).containsOnly(ids.get(0));
        assertThat(balance(pair.familyToken())).isEqualTo(460);
    }

    @Test
    void aRetryGetsTheFirstAnswerEvenWhenTheSendWouldNowBeRefused() {
        Scenario.Pair pair = Scenario.fundedPair(api(), site(), 500);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("contactId", pair.contactId(), "body", "Sent before the block.");
        Api.Response first = api().as(pair.familyToken()).with("Idempotency-Key", key).post("/api/v1/messages", body);
        api().as(pair.familyToken()).post("/api/v1/contacts/" + pair.contactId() + "/block", null);

        Api.Response retry = api().as(pair.familyToken()).with("Idempotency-Key", key).post("/api/v1/messages", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(balance(pair.familyToken())).isEqualTo(460);
    }

    @Test
    void aRetryOfARefusedSendIsRefusedTheSameEvenOnceItCouldBeSent() {
        Scenario.Pair pair = Scenario.approvedPair(api(), site());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("contactId", pair.contactId(), "body", "Sent before any credit.");
        Api.Response first = api().as(pair.familyToken()).with("Idempotency-Key", key).post("/api/v1/messages", body);
        Scenario.buy(api(), pair.familyToken(), 500);

        Api.Response retry = api().as(pair.familyToken()).with("Idempotency-Key", key).post("/api/v1/messages", body);

        assertThat(first.status()).isEqualTo(402);
        assertThat(retry.status()).isEqualTo(402);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(balance(pair.familyToken())).isEqualTo(500);
        assertThat(api().as(pair.familyToken()).get("/api/v1/messages?contactId=" + pair.contactId()).json().size()).isZero();
    }

    @Test
    void parallelSendsFromOneWalletNeverOverspend() throws Exception {
        Scenario.Pair pair = Scenario.fundedPair(api(), site(), 500);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            answers.add(pool.submit(() -> Scenario.send(api(), pair.familyToken(), pair.contactId(), "Message " + n).status()));
        }
        int sent = 0;
        int refused = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertThat(status).isIn(201, 402);
            sent += status == 201 ? 1 : 0;
            refused += status == 402 ? 1 : 0;
        }
        pool.shutdown();

        assertThat(sent).isEqualTo(12);
        assertThat(refused).isEqualTo(18);
        assertThat(balance(pair.familyToken())).isEqualTo(20);
    }

    private long balance(String family) {
        return api().as(family).get("/api/v1/wallet").json().get("balanceCents").asLong();
    }

    /** The tests here each write only to their own pair, so they share one facility. */
    private TestFacility site() {
        return TestFacility.sharedBy(SendMessageTest.class, api(), Scenario.NORTH_LIKE);
    }
}
