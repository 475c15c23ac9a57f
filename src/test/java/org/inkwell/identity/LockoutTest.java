package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Families;
import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class LockoutTest extends IntegrationTest {

    @Test
    void fiveFailuresInARowLockTheAccountForFifteenMinutesEvenForTheRightPassword() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(api().post("/api/v1/auth/token", Map.of("username", email, "password", "wrong guess " + attempt))
                    .status()).as("attempt %d", attempt).isEqualTo(401);
        }
        Api.Response locked = api().post("/api/v1/auth/token", Map.of("username", email, "password", Families.PASSWORD));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(14 * 60L, 15 * 60L);
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);

        for (int round = 0; round < 3; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                api().post("/api/v1/auth/token", Map.of("username", email, "password", "wrong guess"));
            }
            assertThat(api().post("/api/v1/auth/token", Map.of("username", email, "password", Families.PASSWORD))
                    .status()).isEqualTo(200);
        }
    }

    @Test
    void unknownNamesLockTooSoALockRevealsNothing() {
        String nobody = unique("ghost") + "@example.org";
        for (int attempt = 0; attempt < 5; attempt++) {
            api().post("/api/v1/auth/token", Map.of("username", nobody, "password", "whatever it is"));
        }

        assertThat(api().post("/api/v1/auth/token", Map.of("username", nobody, "password", "whatever it is")).status())
                .isEqualTo(429);
    }

    @Test
    void kioskPinLocksPerPersonAfterFiveWrongPins() {
        String number = "L" + (System.nanoTime() % 100_000_000);
        String admin = api().login("admin.north", "demo-admin-pass");
        assertThat(api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv",
                "number,lastName,firstName,status,housingUnit,pin\n" + number + ",Lock,Tess,IN_CUSTODY,A-1,4321\n")
                .status()).isEqualTo(200);

        for (int attempt = 0; attempt < 5; attempt++) {
            api().post("/api/v1/auth/token", Map.of("facility", "DEMO-NORTH", "inmateNumber", number, "pin", "1111"));
        }
        Api.Response locked = api().post("/api/v1/auth/token",
                Map.of("facility", "DEMO-NORTH", "inmateNumber", number, "pin", "4321"));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isPresent();
        assertThat(api().loginInmate("DEMO-NORTH", "A1002", "1357")).as("other people are not affected").isNotBlank();
    }
}
