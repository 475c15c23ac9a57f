package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Parallel;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * Spraying a few guesses over many names stays under every name's lockout; the address it comes from
 * is limited instead: 20 failures in 15 minutes, then 429 for every kind of login from there.
 */
class LimitFailedLoginsPerAddressTest extends IntegrationTest {

    @Test
    void twentyFailuresFromOneAddressShutItOutOfEveryLoginForFifteenMinutes() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = site.book("Sprayed", "3141");
        String address = Api.randomAddress();
        Api attacker = api().from(address);
        List<Supplier<Api.Response>> guesses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String name = unique("sprayed") + "@example.org";
            guesses.add(() -> attacker.post("/api/v1/auth/token", Map.of("username", name, "password", "Winter2026!")));
        }

        List<Api.Response> responses = Parallel.all(guesses);

        assertThat(Parallel.count(responses, 401)).as("guesses actually tried").isEqualTo(20);
        assertThat(Parallel.count(responses, 429)).isEqualTo(40);
        Api.Response family = attacker.post("/api/v1/auth/token", Map.of("username", email, "password", Families.PASSWORD));
        Api.Response kiosk = attacker.post("/api/v1/auth/token",
                Map.of("facility", site.code, "inmateNumber", number, "pin", "3141"));
        assertThat(family.status()).as("a right password from that address").isEqualTo(429);
        assertThat(family.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(family.header("Retry-After").orElseThrow())).isBetween(10 * 60L, 15 * 60L);
        assertThat(kiosk.status()).as("a kiosk login from that address").isEqualTo(429);
        assertThat(api().login(email, Families.PASSWORD)).as("from another address").isNotBlank();

        clock.advance(Duration.ofMinutes(16));
        assertThat(attacker.login(email, Families.PASSWORD)).as("after the window").isNotBlank();
    }

    @Test
    void onlyFailuresCount() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);
        Api client = api().from(Api.randomAddress());
        for (int i = 0; i < 19; i++) {
            assertThat(client.post("/api/v1/auth/token", Map.of("username", unique("typo") + "@example.org",
                    "password", "wrong")).status()).isEqualTo(401);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(client.login(email, Families.PASSWORD)).isNotBlank();
        }

        assertThat(client.post("/api/v1/auth/token", Map.of("username", email, "password", "wrong")).status())
                .as("the twentieth failure").isEqualTo(401);
        assertThat(client.post("/api/v1/auth/token", Map.of("username", email, "password", Families.PASSWORD)).status())
                .as("after twenty").isEqualTo(429);
    }
}
