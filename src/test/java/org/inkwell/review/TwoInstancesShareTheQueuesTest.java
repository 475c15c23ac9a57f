package org.inkwell.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.inkwell.support.Api;
import org.inkwell.support.EmbeddedDatabaseFolder;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one PostgreSQL (the second in external-database mode, as behind a load
 * balancer): sends through both, reviewers on both, and still every message is claimed, charged and
 * delivered exactly once.
 */
class TwoInstancesShareTheQueuesTest {

    @Test
    void reviewersOnTwoInstancesNeverShareAMessage() throws Exception {
        int pgPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            pgPort = socket.getLocalPort();
        }
        Path firstData = IntegrationTest.newDataDirectory();
        EmbeddedDatabaseFolder database = new EmbeddedDatabaseFolder(firstData);
        // The second instance connects as any external client would: with the role and password the first one made.
        try (ServiceProcess first = ServiceProcess.start(firstData, "--inkwell.demo=true",
                "--inkwell.database.embedded.port=" + pgPort);
             ServiceProcess second = ServiceProcess.start(IntegrationTest.newDataDirectory(), "--inkwell.demo=true",
                     "--inkwell.database.url=jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
                     "--inkwell.database.user=" + database.user(), "--inkwell.database.password=" + database.password())) {
            List<Api> instances = List.of(first.api(), second.api());
            String family = instances.get(0).login("family@example.org", "demo-family-pass");
            String contact = instances.get(1).as(family).get("/api/v1/contacts").json().get(0).get("id").asString();
            instances.get(1).as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                    .post("/api/v1/wallet/purchases", Map.of("amountCents", 5000, "paymentToken", "tok_visa"));
            long before = instances.get(0).as(family).get("/api/v1/wallet").json().get("balanceCents").asLong();
            Set<String> sent = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                Api api = instances.get(i % 2);
                Api.Response response = api.as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                        .post("/api/v1/messages", Map.of("contactId", contact, "body", "Two instances, letter " + i));
                assertThat(response.status()).isEqualTo(201);
                sent.add(response.json().get("id").asString());
            }

            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<String> decided = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> reviewers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                Api api = instances.get(r % 2);
                String name = "two.instances." + r;
                api.as(api.login("admin.north", "demo-admin-pass")).post("/api/v1/admin/staff", Map.of("username", name,
                        "password", "two instance reviewer", "fullName", "Reviewer " + r, "role", "REVIEWER",
                        "facility", "DEMO-NORTH"));
                String token = api.login(name, "two instance reviewer");
                reviewers.add(pool.submit(() -> {
                    while (true) {
                        Api.Response claim = api.as(token).post("/api/v1/staff/review/claim", null);
                        if (claim.status() == 204) {
                            return null;
                        }
                        String id = claim.json().get("id").asString();
                        assertThat(api.as(token).post("/api/v1/staff/review/" + id + "/decision",
                                Map.of("decision", "APPROVE")).status()).isEqualTo(200);
                        decided.add(id);
                    }
                }));
            }
            for (Future<?> reviewer : reviewers) {
                reviewer.get();
            }
            pool.shutdown();

            assertThat(decided).doesNotHaveDuplicates().containsAll(sent);
            long after = instances.get(1).as(family).get("/api/v1/wallet").json().get("balanceCents").asLong();
            assertThat(before - after).as("each message charged once").isEqualTo(40L * sent.size());
            String jane = instances.get(0).loginInmate("DEMO-NORTH", "A1001", "2468");
            Set<String> inbox = new HashSet<>();
            instances.get(1).as(jane).get("/api/v1/inmate/inbox").json().forEach(m -> inbox.add(m.get("id").asString()));
            assertThat(inbox).containsAll(sent);
        }
    }
}
