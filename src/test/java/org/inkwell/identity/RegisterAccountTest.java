package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Families;
import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RegisterAccountTest extends IntegrationTest {

    @Test
    void newAccountIsUnverifiedAndGetsAVerificationLinkByEmail() {
        String email = Families.newEmail();

        Api.Response created = api().post("/api/v1/accounts",
                Map.of("email", email, "password", Families.PASSWORD, "fullName", "Rosa Parks"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("id").asString()).isNotBlank();
        assertThat(body.get("email").asString()).isEqualTo(email);
        assertThat(body.get("fullName").asString()).isEqualTo("Rosa Parks");
        assertThat(body.get("emailVerified").asBoolean()).isFalse();

        JsonNode mail = DevMailbox.latest(api(), email);
        assertThat(mail.get("subject").asString()).containsIgnoringCase("confirm");
        assertThat(mail.get("body").asString()).containsPattern("/verify-email\\?token=[A-Za-z0-9_-]{43}");
        assertThat(mail.get("body").asString()).doesNotContain(Families.PASSWORD);
    }

    @Test
    void verificationLinkVerifiesOnceAndOnlyOnce() {
        String email = Families.newEmail();
        api().post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD, "fullName", "Ann"));
        String token = DevMailbox.verificationToken(api(), email);

        Api.Response verified = api().post("/api/v1/accounts/verify", Map.of("token", token));
        Api.Response again = api().post("/api/v1/accounts/verify", Map.of("token", token));

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("emailVerified").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.contentType()).startsWith("application/problem+json");
        String bearer = api().login(email, Families.PASSWORD);
        assertThat(api().as(bearer).get("/api/v1/accounts/me").json().get("emailVerified").asBoolean()).isTrue();
    }

    @Test
    void unknownOrMalformedVerificationTokenIsRefused() {
        assertThat(api().post("/api/v1/accounts/verify", Map.of("token", "A".repeat(43))).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/accounts/verify", Map.of("token", "not a token")).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/accounts/verify", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void meShowsTheCallersOwnAccount() {
        String email = Families.newEmail();
        api().post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD, "fullName", "Bo Diddley"));

        JsonNode me = api().as(api().login(email, Families.PASSWORD)).get("/api/v1/accounts/me").json();

        assertThat(me.get("email").asString()).isEqualTo(email);
        assertThat(me.get("fullName").asString()).isEqualTo("Bo Diddley");
        assertThat(me.get("emailVerified").asBoolean()).isFalse();
    }

    @Test
    void emailAlreadyRegisteredInAnyCaseIsAConflict() {
        String email = Families.newEmail();
        api().post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD, "fullName", "First"));

        Api.Response duplicate = api().post("/api/v1/accounts",
                Map.of("email", email.toUpperCase(), "password", Families.PASSWORD, "fullName", "Second"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
    }

    @Test
    void shortPasswordIsRefusedWithTheFieldNamed() {
        Api.Response response = api().post("/api/v1/accounts",
                Map.of("email", Families.newEmail(), "password", "elevenchars", "fullName", "Short"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void commonPasswordIsRefusedEvenWhenLongEnough() {
        String email = Families.newEmail();
        Api.Response response = api().post("/api/v1/accounts",
                Map.of("email", email, "password", "1qaz2wsx3edc", "fullName", "Common"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("common");
        assertThat(api().post("/api/v1/auth/token", Map.of("username", email, "password", "1qaz2wsx3edc"))
                .status()).as("no account was created").isEqualTo(401);
    }

    @Test
    void longPassphraseOf128CharactersIsAccepted() {
        String email = Families.newEmail();
        String passphrase = "a quiet river runs past the old mill ".repeat(4).substring(0, 128);

        assertThat(api().post("/api/v1/accounts", Map.of("email", email, "password", passphrase, "fullName", "Long"))
                .status()).isEqualTo(201);
        assertThat(api().login(email, passphrase)).isNotBlank();
    }

    @Test
    void invalidEmailAndMissingNameAreRefused() {
        assertThat(api().post("/api/v1/accounts",
                Map.of("email", "not-an-email", "password", Families.PASSWORD, "fullName", "X")).status()).isEqualTo(400);
        Api.Response noName = api().post("/api/v1/accounts",
                Map.of("email", Families.newEmail(), "password", Families.PASSWORD, "fullName", "  "));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("field").asString()).isEqualTo("fullName");
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() {
        Api.Response refused = api().post("/api/v1/accounts",
                Map.of("email", "not-an-email", "password", "short", "fullName", "  "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("fullName", "email", "password");
    }
}
