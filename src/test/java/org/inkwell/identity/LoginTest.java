package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LoginTest extends IntegrationTest {

    @ParameterizedTest
    @CsvSource({
            "family@example.org, demo-family-pass, FAMILY",
            "reviewer.north, demo-reviewer-pass, REVIEWER",
            "reviewer.county, demo-reviewer-pass, REVIEWER",
            "admin.north, demo-admin-pass, FACILITY_ADMIN",
            "investigator, demo-investigator-pass, INVESTIGATOR",
            "platform.admin, demo-platform-pass, PLATFORM_ADMIN"})
    void everyDemoAccountLogsInWithItsRole(String username, String password, String role) {
        Api.Response response = api().post("/api/v1/auth/token", Map.of("username", username, "password", password));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("role").asString()).isEqualTo(role);
        assertThat(body.get("token").asString()).matches("[A-Za-z0-9_-]{43}");
        Instant expiresAt = Instant.parse(body.get("expiresAt").asString());
        assertThat(expiresAt).isAfter(Instant.now().plus(Duration.ofMinutes(25)))
                .isBefore(Instant.now().plus(Duration.ofHours(12).plusMinutes(1)));
    }

    @ParameterizedTest
    @CsvSource({"DEMO-NORTH, A1001, 2468", "DEMO-NORTH, A1002, 1357", "DEMO-NORTH, A1003, 9753", "DEMO-COUNTY, C2001, 8642"})
    void everyDemoPersonInCustodyLogsInAtTheKioskForFifteenMinutes(String facility, String number, String pin) {
        Api.Response response = api().post("/api/v1/auth/token",
                Map.of("facility", facility, "inmateNumber", number, "pin", pin));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("role").asString()).isEqualTo("INMATE");
        Instant expiresAt = Instant.parse(response.json().get("expiresAt").asString());
        assertThat(expiresAt).isBefore(Instant.now().plus(Duration.ofMinutes(15).plusSeconds(5)))
                .isAfter(Instant.now().plus(Duration.ofMinutes(14)));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Api.Response wrongPassword = api().post("/api/v1/auth/token",
                Map.of("username", "reviewer.county", "password", "not-the-password"));
        Api.Response unknownUser = api().post("/api/v1/auth/token",
                Map.of("username", unique("nobody"), "password", "not-the-password"));
        Api.Response unknownEmail = api().post("/api/v1/auth/token",
                Map.of("username", unique("nobody") + "@example.org", "password", "not-the-password"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownUser.json().get("detail"));
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownEmail.json().get("detail"));
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
    }

    @Test
    void wrongPinAndUnknownNumberGetTheSameAnswer() {
        Api.Response wrongPin = api().post("/api/v1/auth/token",
                Map.of("facility", "DEMO-COUNTY", "inmateNumber", "C2001", "pin", "0000"));
        Api.Response unknownNumber = api().post("/api/v1/auth/token",
                Map.of("facility", "DEMO-COUNTY", "inmateNumber", "Z9999", "pin", "0000"));
        Api.Response wrongFacility = api().post("/api/v1/auth/token",
                Map.of("facility", "DEMO-NORTH", "inmateNumber", "C2001", "pin", "8642"));

        assertThat(wrongPin.status()).isEqualTo(401);
        assertThat(unknownNumber.status()).isEqualTo(401);
        assertThat(wrongFacility.status()).isEqualTo(401);
        assertThat(wrongPin.json().get("detail")).isEqualTo(unknownNumber.json().get("detail"));
    }

    @Test
    void logoutEndsTheToken() {
        String token = api().login("reviewer.north", "demo-reviewer-pass");
        assertThat(api().as(token).get("/api/v1/admin/audit").status()).as("reviewer is authenticated but not allowed")
                .isEqualTo(403);

        assertThat(api().as(token).post("/api/v1/auth/logout", null).status()).isEqualTo(204);

        Api.Response after = api().as(token).get("/api/v1/admin/audit");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void logoutOfOneSessionLeavesTheOthers() {
        String first = api().login("family@example.org", "demo-family-pass");
        String second = api().login("family@example.org", "demo-family-pass");

        api().as(first).post("/api/v1/auth/logout", null);

        assertThat(api().as(first).get("/api/v1/accounts/me").status()).isEqualTo(401);
        assertThat(api().as(second).get("/api/v1/accounts/me").status()).isEqualTo(200);
    }

    @Test
    void forgedOrMalformedTokensAreUnauthorized() {
        assertThat(api().as("A".repeat(43)).get("/api/v1/accounts/me").status()).isEqualTo(401);
        assertThat(api().as("short").get("/api/v1/accounts/me").status()).isEqualTo(401);
        assertThat(api().with("Authorization", "Basic Zm9vOmJhcg==").get("/api/v1/accounts/me").status()).isEqualTo(401);
        assertThat(api().get("/api/v1/accounts/me").status()).isEqualTo(401);
    }

    @Test
    void incompleteLoginRequestsAreBadRequests() {
        assertThat(api().post("/api/v1/auth/token", Map.of("username", "platform.admin")).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/auth/token", Map.of("facility", "DEMO-NORTH", "pin", "2468")).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/auth/token", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void changingThePasswordEndsOtherSessionsAndTheOldPasswordStopsWorking() {
        String email = Families.newEmail();
        String token = Families.verifiedFamily(api(), email);
        String otherDevice = api().login(email, Families.PASSWORD);

        Api.Response changed = api().as(token).post("/api/v1/auth/password",
                Map.of("currentPassword", Families.PASSWORD, "newPassword", "a brand new passphrase"));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(api().as(token).get("/api/v1/accounts/me").status()).isEqualTo(200);
        assertThat(api().as(otherDevice).get("/api/v1/accounts/me").status()).isEqualTo(401);
        assertThat(api().post("/api/v1/auth/token",
                Map.of("username", email, "password", Families.PASSWORD)).status()).isEqualTo(401);
        assertThat(api().login(email, "a brand new passphrase")).isNotBlank();
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() {
        String token = Families.verifiedFamily(api(), Families.newEmail());

        Api.Response refused = api().as(token).post("/api/v1/auth/password",
                Map.of("currentPassword", "wrong current one", "newPassword", "a brand new passphrase"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
    }
}
