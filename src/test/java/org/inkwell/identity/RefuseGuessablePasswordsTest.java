package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Twelve characters are not enough when they are one character over and over, a run of digits, or a
 * common password with digits and punctuation added to reach the length. Every way of setting a
 * password refuses them with a 400 naming the field, and nothing changes.
 */
class RefuseGuessablePasswordsTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]{43})");

    @ParameterizedTest(name = "registration refuses \"{0}\"")
    @ValueSource(strings = {"aaaaaaaaaaaa", "############", "123456789012", "0987654321098", "2345678901",
            "password123456!", "iloveyou2024!!", "Password2024!!", "!!2024iloveyou", "abcabcabcabc",
            "121212121212", "123456789012!!"})
    void registrationRefuses(String password) {
        String email = Families.newEmail();

        Api.Response refused = api().post("/api/v1/accounts",
                Map.of("email", email, "password", password, "fullName", "Guessable Password"));

        assertRefused(refused, "password");
        assertThat(api().post("/api/v1/auth/token", Map.of("username", email, "password", password)).status())
                .as("no account was created").isEqualTo(401);
    }

    @ParameterizedTest(name = "a password change refuses \"{0}\"")
    @ValueSource(strings = {"zzzzzzzzzzzzzzzz", "123456789012", "password123456!", "iloveyou2024!!"})
    void passwordChangeRefuses(String password) {
        String email = Families.newEmail();
        String session = Families.verifiedFamily(api(), email);

        Api.Response refused = api().as(session).post("/api/v1/auth/password",
                Map.of("currentPassword", Families.PASSWORD, "newPassword", password));

        assertRefused(refused, "newPassword");
        assertThat(api().login(email, Families.PASSWORD)).as("the old password still works").isNotBlank();
    }

    @ParameterizedTest(name = "a reset refuses \"{0}\"")
    @ValueSource(strings = {"111111111111", "098765432109", "qwerty2024!!!"})
    void resetRefuses(String password) {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);
        api().post("/api/v1/accounts/password-reset", Map.of("email", email));
        String token = await().atMost(Duration.ofSeconds(20)).until(() -> {
            Matcher link = LINK.matcher(DevMailbox.latest(api(), email).get("body").asString());
            return link.find() ? link.group(1) : null;
        }, t -> t != null);

        assertRefused(api().post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", token, "newPassword", password)), "newPassword");
        assertThat(api().post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", token, "newPassword", "a fresh memorable passphrase")).status())
                .as("the refused try left the link usable").isEqualTo(204);
    }

    @ParameterizedTest(name = "staff creation refuses \"{0}\"")
    @ValueSource(strings = {"............", "1234567890123", "dragon2024!!!!"})
    void staffCreationRefuses(String password) {
        String admin = api().login("platform.admin", "demo-platform-pass");
        String username = unique("weak");

        Api.Response refused = api().as(admin).post("/api/v1/admin/staff", Map.of("username", username,
                "password", password, "fullName", "Wes Weak", "role", "REVIEWER", "facility", "DEMO-NORTH"));

        assertRefused(refused, "password");
        assertThat(api().post("/api/v1/auth/token", Map.of("username", username, "password", password)).status())
                .as("nothing was created").isEqualTo(401);
    }

    @ParameterizedTest(name = "registration accepts \"{0}\"")
    @ValueSource(strings = {"correct horse battery staple", "x9$Lm!q2#Rt7", "my dog is 12 years old!"})
    void strongPasswordsStillPass(String password) {
        Api.Response created = api().post("/api/v1/accounts",
                Map.of("email", Families.newEmail(), "password", password, "fullName", "Strong Password"));

        assertThat(created.status()).isEqualTo(201);
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
