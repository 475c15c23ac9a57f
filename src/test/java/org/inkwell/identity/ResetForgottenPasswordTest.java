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
import org.junit.jupiter.api.Test;

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

        assertThat(api().post("/api/v1/accounts/password-reset", Map.of("email", nobody)).status()).isEqualTo(202);
        assertThat(api().get("/api/v1/dev/mail?to=" + nobody).json().size()).isZero();
    }

    @Test
    void aLinkExpiresAfterAnHour() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);
        api().post("/api/v1/accounts/password-reset", Map.of("email", email));
        String token = resetToken(email);

        clock.advance(Duration.ofMinutes(61));

        assertThat(api().post("/api/v1/accounts/password-reset/confirm",
                Map.of("token", token, "newPassword", "a fresh memorable passphrase")).status()).isEqualTo(400);
    }

    private String resetToken(String email) {
        await().atMost(Duration.ofSeconds(20)).until(() -> LINK.matcher(DevMailbox.latest(api(), email).get("body").asString()).find());
        Matcher matcher = LINK.matcher(DevMailbox.latest(api(), email).get("body").asString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
