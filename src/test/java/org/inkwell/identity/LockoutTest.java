package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.inkwell.support.Families;
import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Parallel;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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

    @Test
    void oneHundredFiftyParallelWrongPinsGetFiveTriesBetweenThem() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = site.book("Parallel", "4826");
        Api client = api();

        List<Api.Response> responses = Parallel.all(Collections.nCopies(150, () -> client.post("/api/v1/auth/token",
                Map.of("facility", site.code, "inmateNumber", number, "pin", "0000"))));

        assertThat(Parallel.count(responses, 401)).as("PINs actually tried").isEqualTo(5);
        assertThat(Parallel.count(responses, 429)).isEqualTo(145);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(401, 429));
        assertThat(client.post("/api/v1/auth/token", Map.of("facility", site.code, "inmateNumber", number, "pin", "4826"))
                .status()).as("the right PIN while locked").isEqualTo(429);
    }

    @Test
    void theRightPasswordRacingWrongOnesDoesNotGetPastTheLock() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);
        Api client = api();
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(client.post("/api/v1/auth/token", Map.of("username", email, "password", "wrong " + attempt))
                    .status()).isEqualTo(401);
        }
        List<Supplier<Api.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(() -> client.post("/api/v1/auth/token", Map.of("username", email, "password", "wrong guess")));
            if (i % 20 == 10) {
                requests.add(() -> client.post("/api/v1/auth/token", Map.of("username", email, "password", Families.PASSWORD)));
            }
        }

        List<Api.Response> responses = Parallel.all(requests);

        long tried = Parallel.count(responses, 401);
        long succeeded = Parallel.count(responses, 200);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(200, 401, 429));
        // One try was left before the lock, and only a successful login (which ends the run of failures) can
        // open five more.
        assertThat(tried).as("wrong passwords tried, with %d successful logins", succeeded)
                .isLessThanOrEqualTo(1 + 5 * succeeded);
        if (succeeded == 0) {
            assertThat(client.post("/api/v1/auth/token", Map.of("username", email, "password", Families.PASSWORD))
                    .status()).as("locked by the fifth failure").isEqualTo(429);
        }
    }

    @Test
    void aFacilityAdminUnlocksAPersonInsideAndItIsAudited() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = site.book("Unlock", "5173");
        for (int attempt = 0; attempt < 5; attempt++) {
            api().post("/api/v1/auth/token", Map.of("facility", site.code, "inmateNumber", number, "pin", "0000"));
        }
        assertThat(api().post("/api/v1/auth/token", Map.of("facility", site.code, "inmateNumber", number, "pin", "5173"))
                .status()).isEqualTo(429);
        TestFacility other = TestFacility.create(api(), Map.of());

        Api.Response elsewhere = api().as(other.admin).delete("/api/v1/staff/inmates/" + number + "/login-lock");
        Api.Response unlocked = api().as(site.admin).delete("/api/v1/staff/inmates/" + number + "/login-lock");

        assertThat(elsewhere.status()).as("another facility's person").isEqualTo(404);
        assertThat(unlocked.status()).isEqualTo(204);
        assertThat(api().loginInmate(site.code, number, "5173")).isNotBlank();
        JsonNode audit = api().as(site.admin).get("/api/v1/admin/audit?action=LOGIN_UNLOCKED").json();
        assertThat(audit.findValues("target").stream().map(JsonNode::asString)).contains(number);
        assertThat(api().as(site.admin).delete("/api/v1/staff/inmates/NOBODY1/login-lock").status()).isEqualTo(404);
    }
}
