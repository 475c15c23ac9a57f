package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * A name shown to reviewers, staff and families must read as it is written: bidi overrides and
 * isolates, zero-width and other invisible format characters are refused in every name field.
 */
class NamesRefuseInvisibleCharactersTest extends IntegrationTest {

    @ParameterizedTest(name = "registration refuses U+{0}")
    @ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "200B", "200E",
            "FEFF", "2028"})
    void registrationRefusesTheCharacter(String hex) {
        String email = Families.newEmail();

        Api.Response refused = api().post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD,
                "fullName", "Ann " + character(hex) + "Smith"));

        assertRefused(refused, "fullName");
        assertThat(api().post("/api/v1/auth/token", Map.of("username", email, "password", Families.PASSWORD)).status())
                .as("no account was created").isEqualTo(401);
    }

    @Test
    void registrationKeepsNamesFromAnyScript() {
        Api.Response created = api().post("/api/v1/accounts", Map.of("email", Families.newEmail(),
                "password", Families.PASSWORD, "fullName", "José Núñez-O'Brien · محمد · 王芳"));

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void staffCreationRefusesABidiOverride() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        String username = unique("bidi");

        Api.Response refused = api().as(admin).post("/api/v1/admin/staff", Map.of("username", username,
                "password", "a long staff passphrase", "fullName", "Robin \u202Eweiver", "role", "REVIEWER",
                "facility", "DEMO-NORTH"));

        assertRefused(refused, "fullName");
        assertThat(api().post("/api/v1/auth/token", Map.of("username", username, "password", "a long staff passphrase"))
                .status()).as("nothing was created").isEqualTo(401);
    }

    @Test
    void aRosterRowWithAnInvisibleCharacterInANameIsRefusedWithTheReason() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String good = "G" + suffix(), badLast = "L" + suffix(), badFirst = "F" + suffix();

        Api.Response response = api().as(site.admin).send("POST", "/api/v1/staff/roster", "text/csv",
                good + ",Okafor,Chidi,IN_CUSTODY,B-1\n"
                        + badLast + ",Oka\u202Efor,Chidi,IN_CUSTODY,B-1\n"
                        + badFirst + ",Okafor,\u2066Chidi\u2069,IN_CUSTODY,B-1\n");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("added").asInt()).isEqualTo(1);
        JsonNode rejected = result.get("rejected");
        assertThat(rejected.size()).isEqualTo(2);
        assertThat(rejected.get(0).get("number").asString()).isEqualTo(badLast);
        assertThat(rejected.get(0).get("reason").asString()).contains("lastName");
        assertThat(rejected.get(1).get("number").asString()).isEqualTo(badFirst);
        assertThat(rejected.get(1).get("reason").asString()).contains("firstName");
        String family = api().login("family@example.org", "demo-family-pass");
        assertThat(api().as(family).get("/api/v1/facilities/" + site.code + "/inmates/" + badLast).status())
                .as("the refused row booked no one").isEqualTo(404);
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static String character(String hex) {
        return Character.toString(Integer.parseInt(hex, 16));
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 10_000_000_000L, 36).toUpperCase();
    }
}
