package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ResetForgottenPasswordTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]{43})");

    @Test
    void aResetLinkByEmailSetsANewPasswordOnceAndEndsEverySession() {
        String email = Families.newEmail();
        String oldSession = Families.verifiedFamily(api(), email);

        assertThat(api().post("/api/v1/accounts/password-reset", Map.of("email", email)).status()).isEqualTo(202);
        String token = resetToken(email);
        assertThat(api().post("/api/v1/accounts/password-reset/confirm", Map.of("token", token, "newPassword", "short"))
                .status()).as("a weak password leaves the link usable").isEqualTo(400);
        Api.Response reset = api().post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", token, "newPassword", "a fresh memorable passphrase"));

        assertThat(reset.status()).isEqualTo(204);
        assertThat(api().as(oldSession).get("/api/v1/accounts/me").status()).isEqualTo(401);
        assertThat(api().login(email, "a fresh memorable passphrase")).isNotBlank();
        assertThat(api().post("/api/v1/auth/token", Map.of("username", email, "password", Families.PASSWORD)).status())
                .isEqualTo(401);
        assertThat(api().post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", token, "newPassword", "yet another passphrase")).status()).isEqualTo(400);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String nobody = Families.newEmail();
        String somebody = Families.newEmail();
        Families.verifiedFamily(api(), somebody);

        Api.Response unknown = api().post("/api/v1/accounts/password-reset", Map.of("email", nobody));
        Api.Response known = api().post("/api/v1/accounts/password-reset", Map.of("email", somebody));

        assertThat(unknown.status()).isEqualTo(202);
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(unknown.contentType()).isEqualTo(known.contentType());
        assertThat(resetTokens(somebody, 1)).hasSize(1);
        assertThat(api().get("/api/v1/dev/mail?to=" + nobody).json().size())
                .as("requests are handled in order, so the unknown one was handled before the known one was mailed")
                .isZero();
    }

    @Test
    void usingANewerLinkKillsTheOlderOne() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);
        api().post("/api/v1/accounts/password-reset", Map.of("email", email));
        String older = resetTokens(email, 1).get(0);
        api().post("/api/v1/accounts/password-reset", Map.of("email", email));
        String newer = resetTokens(email, 2).stream().filter(t -> !t.equals(older)).findFirst().orElseThrow();

        assertThat(api().post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", newer, "newPassword", "a fresh memorable passphrase")).status()).isEqualTo(204);

        Api.Response withOlder = api().post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", older, "newPassword", "an attacker's own passphrase"));
        assertThat(withOlder.status()).isEqualTo(400);
        assertThat(withOlder.json().get("errors").get(0).get("field").asString()).isEqualTo("token");
        assertThat(api().login(email, "a fresh memorable passphrase")).isNotBlank();
    }

    @Test
    void changingThePasswordKillsAnOutstandingLink() {
        String email = Families.newEmail();
        String session = Families.verifiedFamily(api(), email);
        api().post("/api/v1/accounts/password-reset", Map.of("email", email));
        String token = resetTokens(email, 1).get(0);

        assertThat(api().as(session).post("/api/v1/auth/password", Map.of("currentPassword", Families.PASSWORD,
                "newPassword", "a brand new passphrase")).status()).isEqualTo(204);

        assertThat(api().post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", token, "newPassword", "an attacker's own passphrase")).status()).isEqualTo(400);
        assertThat(api().login(email, "a brand new passphrase")).isNotBlank();
    }

    @Test
    void atMostThreeResetMailsAnHourPerAddressAndTheAskerCannotTell() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);
        String other = Families.newEmail();
        Families.verifiedFamily(api(), other);

        List<Api.Response> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(api().post("/api/v1/accounts/password-reset", Map.of("email", email)));
        }
        api().post("/api/v1/accounts/password-reset", Map.of("email", other));

        assertThat(answers).extracting(Api.Response::status).containsOnly(202);
        assertThat(answers).extracting(Api.Response::body).containsOnly(answers.get(0).body());
        assertThat(resetTokens(other, 1)).as("the later request was handled, so all five before it were").hasSize(1);
        assertThat(resetTokens(email, 3)).hasSize(3);

        clock.advance(Duration.ofMinutes(61));
        api().post("/api/v1/accounts/password-reset", Map.of("email", email));

        assertThat(resetTokens(email, 4)).as("an hour later a link is sent again").hasSize(4);
    }

    /** The tokens of every reset link mailed to the address, once there are at least {@code count}. */
    private List<String> resetTokens(String email, int count) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> tokensIn(api().get("/api/v1/dev/mail?to=" + email).json()), t -> t.size() >= count);
    }

    private static List<String> tokensIn(JsonNode mails) {
        List<String> tokens = new ArrayList<>();
        for (JsonNode mail : mails) {
            Matcher matcher = LINK.matcher(mail.get("body").asString());
            if (matcher.find()) {
                tokens.add(matcher.group(1));
            }
        }
        return tokens;
    }

    private String resetToken(String email) {
        await().atMost(Duration.ofSeconds(20)).until(() -> LINK.matcher(DevMailbox.latest(api(), email).get("body").asString()).find());
        Matcher matcher = LINK.matcher(DevMailbox.latest(api(), email).get("body").asString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
