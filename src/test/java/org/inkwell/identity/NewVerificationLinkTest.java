package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A family whose first link was lost asks for another; a few an hour, each in the account's language. */
class NewVerificationLinkTest extends IntegrationTest {

    @Test
    void aFamilyGetsAFewNewLinksAnHourAndThenIsAskedToWait() {
        String email = Families.newEmail();
        api().post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD, "fullName", "Ana Lost"));
        Api family = api().as(api().login(email, Families.PASSWORD));

        for (int i = 0; i < 3; i++) {
            assertThat(family.post("/api/v1/accounts/verification-email", null).status()).isEqualTo(202);
        }
        Api.Response refused = family.post("/api/v1/accounts/verification-email", null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isPresent();

        String token = DevMailbox.verificationToken(api(), email);
        assertThat(api().post("/api/v1/accounts/verify", Map.of("token", token)).status()).isEqualTo(200);
        assertThat(family.post("/api/v1/accounts/verification-email", null).status())
                .as("nothing to send once confirmed").isEqualTo(409);
    }

    @Test
    void theLinkOpensInTheLanguageTheAccountWasCreatedIn() {
        String email = Families.newEmail();
        api().post("/api/v1/accounts?lang=es",
                Map.of("email", email, "password", Families.PASSWORD, "fullName", "Rosa Lengua"));
        String body = DevMailbox.latest(api(), email).get("body").asString();
        assertThat(body).containsPattern("/verify-email\\?token=[A-Za-z0-9_-]+&lang=es");
    }

    @Test
    void onlyAFamilyMayAskAndAnonymousCallersAreRefused() {
        assertThat(api().post("/api/v1/accounts/verification-email", null).status()).isEqualTo(401);
    }
}
