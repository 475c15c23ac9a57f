package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A body far larger than any letter or roster is refused with 413 before it is held in memory: one
 * such body, or forty at once, leaves the service answering as before.
 */
class RefuseHugeBodiesTest extends IntegrationTest {

    private static final String TEN_MB = "x".repeat(10 * 1024 * 1024);

    @Test
    void aTenMegabyteMessageIsRefusedAndNothingIsCharged() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 1000);
        long before = balance(pair.familyToken());

        Api.Response sent = api().as(pair.familyToken()).with("Idempotency-Key", UUID.randomUUID().toString())
                .send("POST", "/api/v1/messages", "application/json",
                        "{\"contactId\":\"" + pair.contactId() + "\",\"body\":\"" + TEN_MB + "\"}");

        assertThat(sent.status()).isEqualTo(413);
        assertThat(sent.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(balance(pair.familyToken())).isEqualTo(before);
    }

    @Test
    void aTenMegabyteRosterIsRefused() {
        String admin = TestFacility.create(api(), Map.of()).admin;

        Api.Response uploaded = api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv", TEN_MB);

        assertThat(uploaded.status()).isEqualTo(413);
        assertThat(uploaded.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void aTenMegabyteFormIsRefusedWithAProblem() {
        Api.Response posted = api().send("POST", "/login", "application/x-www-form-urlencoded",
                "username=someone&password=" + TEN_MB);

        assertThat(posted.status()).isEqualTo(413);
        assertThat(posted.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void fortyParallelTenMegabyteBodiesLeaveTheServiceWorking() throws Exception {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<Api.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> api().as(family).send("POST", "/api/v1/contacts", "application/json",
                        "{\"facility\":\"" + TEN_MB + "\"}")));
            }
            for (Future<Api.Response> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(413);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(api().as(family).get("/api/v1/accounts/me").status()).isEqualTo(200);
        assertThat(api().get("/actuator/health").status()).isEqualTo(200);
    }

    private long balance(String token) {
        return api().as(token).get("/api/v1/wallet").json().get("balanceCents").asLong();
    }
}
