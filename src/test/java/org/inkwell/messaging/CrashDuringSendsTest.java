package org.inkwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.inkwell.support.Api;
import org.inkwell.support.ChildService;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * kill -9 in the middle of a burst of sends, then a restart on the same data: every acknowledged
 * message is there exactly once and charged exactly once, the sends that got no answer can be retried
 * with their keys, and everything is then reviewed and delivered.
 */
class CrashDuringSendsTest {

    @Test
    void nothingAcknowledgedIsLostOrChargedTwiceAndEverythingIsDeliveredAfterARestart() throws Exception {
        Path data = IntegrationTest.newDataDirectory();
        Path log = Path.of("target", "child-service", "crash-" + data.getFileName() + ".log");
        ChildService first = ChildService.start(data, log, "--inkwell.demo=true");
        Api api = first.api();
        String family = api.login("family@example.org", "demo-family-pass");
        String contact = api.as(family).get("/api/v1/contacts").json().get(0).get("id").asString();
        api.as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/wallet/purchases", Map.of("amountCents", 20000, "paymentToken", "tok_visa"));
        long startingBalance = api.as(family).get("/api/v1/wallet").json().get("balanceCents").asLong();

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            work.add(senders.submit(() -> {
                while (running.get()) {
                    String key = UUID.randomUUID().toString();
                    try {
                        Api.Response response = api.as(family).with("Idempotency-Key", key)
                                .post("/api/v1/messages", Map.of("contactId", contact, "body", "Burst " + key));
                        if (response.status() == 201) {
                            acknowledged.put(key, response.json().get("id").asString());
                        }
                    } catch (IllegalStateException connectionLost) {
                        unanswered.add(key);
                        return null;
                    }
                }
                return null;
            }));
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(3));
        while (Instant.now().isBefore(until) || acknowledged.size() < 10) {
            Thread.sleep(50);
        }
        first.kill();
        running.set(false);
        for (Future<?> f : work) {
            f.get();
        }
        senders.shutdown();

        ChildService second = ChildService.start(data, log, "--inkwell.demo=true");
        try {
            Api again = second.api();
            String token = again.login("family@example.org", "demo-family-pass");
            for (Map.Entry<String, String> sent : acknowledged.entrySet()) {
                assertThat(again.as(token).get("/api/v1/messages/" + sent.getValue()).status())
                        .as("acknowledged message %s", sent.getValue()).isEqualTo(200);
                Api.Response retry = again.as(token).with("Idempotency-Key", sent.getKey())
                        .post("/api/v1/messages", Map.of("contactId", contact, "body", "Burst " + sent.getKey()));
                assertThat(retry.json().get("id").asString()).as("a retry returns the first answer").isEqualTo(sent.getValue());
            }
            for (String key : unanswered) {
                Api.Response retry = again.as(token).with("Idempotency-Key", key)
                        .post("/api/v1/messages", Map.of("contactId", contact, "body", "Burst " + key));
                assertThat(retry.status()).isEqualTo(201);
                acknowledged.put(key, retry.json().get("id").asString());
            }

            JsonNode thread = again.as(token).get("/api/v1/messages?contactId=" + contact).json();
            Set<String> burst = new HashSet<>();
            thread.forEach(m -> {
                if (m.get("body").asString().startsWith("Burst ")) {
                    assertThat(burst.add(m.get("body").asString())).as("no message stored twice").isTrue();
                }
            });
            assertThat(burst).hasSize(acknowledged.size());
            long charges = 0;
            Map<String, Integer> perReference = new HashMap<>();
            JsonNode wallet = again.as(token).get("/api/v1/wallet?limit=200").json();
            long balance = wallet.get("balanceCents").asLong();
            while (true) {
                for (JsonNode entry : wallet.get("entries")) {
                    if (entry.get("kind").asString().equals("MESSAGE_CHARGE")) {
                        charges += -entry.get("amountCents").asLong();
                        perReference.merge(entry.get("reference").asString(), 1, Integer::sum);
                    }
                }
                if (wallet.get("nextBefore").isNull()) {
                    break;
                }
                wallet = again.as(token).get("/api/v1/wallet?limit=200&before=" + wallet.get("nextBefore").asString()).json();
            }
            assertThat(perReference.values()).allMatch(n -> n == 1);
            assertThat(charges).isEqualTo(40L * acknowledged.size());
            assertThat(balance).isEqualTo(startingBalance - charges);

            String reviewer = again.login("reviewer.north", "demo-reviewer-pass");
            Set<String> decided = new HashSet<>();
            while (true) {
                Api.Response claim = again.as(reviewer).post("/api/v1/staff/review/claim", null);
                if (claim.status() == 204) {
                    break;
                }
                String id = claim.json().get("id").asString();
                assertThat(again.as(reviewer).post("/api/v1/staff/review/" + id + "/decision", Map.of("decision", "APPROVE"))
                        .status()).isEqualTo(200);
                decided.add(id);
            }
            assertThat(decided).containsAll(acknowledged.values());
            Set<String> delivered = new HashSet<>();
            again.as(token).get("/api/v1/messages?contactId=" + contact).json().forEach(m -> {
                if (m.get("status").asString().equals("DELIVERED")) {
                    delivered.add(m.get("id").asString());
                }
            });
            assertThat(delivered).containsAll(acknowledged.values());
        } finally {
            second.stop();
        }
    }
}
