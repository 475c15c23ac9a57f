package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Tokens, lockouts and verification links run out on time (the service's clock is moved forward). */
class SessionExpiryTest extends IntegrationTest {

    @Test
    void aTokenUnusedForThirtyMinutesStopsWorking() {
        String token = api().login("reviewer.county", "demo-reviewer-pass");

        clock.advance(Duration.ofMinutes(31));

        assertThat(api().as(token).get("/api/v1/admin/audit").status()).isEqualTo(401);
    }

    @Test
    void aTokenInUseLastsUntilTwelveHoursThenStops() {
        String token = api().login("family@example.org", "demo-family-pass");
        // 28 x 25 minutes = 11 h 40 min: never idle for 30 minutes, always within 12 hours.
        for (int i = 0; i < 28; i++) {
            clock.advance(Duration.ofMinutes(25));
            assertThat(api().as(token).get("/api/v1/accounts/me").status()).as("after %d minutes", (i + 1) * 25)
                    .isEqualTo(200);
        }

        clock.advance(Duration.ofMinutes(25));

        assertThat(api().as(token).get("/api/v1/accounts/me").status()).isEqualTo(401);
    }

    @Test
    void aKioskSessionEndsAfterFifteenMinutesEvenWhileInUse() {
        String token = api().loginInmate("DEMO-NORTH", "A1002", "1357");
        String family = api().login("family@example.org", "demo-family-pass");
        clock.advance(Duration.ofMinutes(10));
        assertThat(api().as(token).get("/api/v1/accounts/me").status()).as("still authenticated (but not allowed)")
                .isEqualTo(403);

        clock.advance(Duration.ofMinutes(6));

        assertThat(api().as(token).get("/api/v1/accounts/me").status()).isEqualTo(401);
        assertThat(api().as(family).get("/api/v1/accounts/me").status()).isEqualTo(200);
    }

    @Test
    void aLockoutLiftsAfterFifteenMinutes() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);
        for (int attempt = 0; attempt < 5; attempt++) {
            api().post("/api/v1/auth/token", Map.of("username", email, "password", "wrong guess"));
        }
        assertThat(api().post("/api/v1/auth/token", Map.of("username", email, "password", Families.PASSWORD)).status())
                .isEqualTo(429);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(api().post("/api/v1/auth/token", Map.of("username", email, "password", Families.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void aVerificationLinkExpiresAfterADayAndANewOneCanBeAskedFor() {
        String email = Families.newEmail();
        api().post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD, "fullName", "Late Reader"));
        String oldToken = DevMailbox.verificationToken(api(), email);

        clock.advance(Duration.ofHours(24).plusMinutes(1));

        assertThat(api().post("/api/v1/accounts/verify", Map.of("token", oldToken)).status()).isEqualTo(400);
        String bearer = api().login(email, Families.PASSWORD);
        assertThat(api().as(bearer).post("/api/v1/accounts/verify/resend", null).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                !DevMailbox.verificationToken(api(), email).equals(oldToken));
        String newToken = DevMailbox.verificationToken(api(), email);
        assertThat(api().post("/api/v1/accounts/verify", Map.of("token", newToken)).status()).isEqualTo(200);
        assertThat(api().as(bearer).post("/api/v1/accounts/verify/resend", null).status())
                .as("nothing to resend once verified").isEqualTo(409);
    }
}
