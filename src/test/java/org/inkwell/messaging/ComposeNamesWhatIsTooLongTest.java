package org.inkwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * Without scripts, the compose form states the facility's limit and price before writing, and a text over
 * the limit comes back with the problem beside the box: how many characters too many, the text kept.
 */
class ComposeNamesWhatIsTooLongTest extends IntegrationTest {

    @Test
    void aTooLongLetterComesBackWithTheCountOverBesideTheBoxAndNothingIsCharged() {
        TestFacility site = TestFacility.create(api(), Map.of("maxMessageChars", 100,
                "pricing", Map.of("unitPriceCents", 25, "charsPerUnit", 50)));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, site.book("Longfellow", "5050"));
        Scenario.buy(api(), family, 500);
        String text = "é".repeat(150);

        String empty = api().with("Cookie", "inkwell_session=" + family).get("/conversations/" + contact).body();
        assertThat(empty).contains("$0.25 per 50 characters, 100 characters at most.");
        Api.Response refused = PageForm.open(api(), "/conversations/" + contact, family).post(
                "/conversations/" + contact + "/messages", Map.of("body", text, "idempotencyKey", UUID.randomUUID().toString()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).startsWith("<!DOCTYPE html>").contains("<title>Error: ")
                .contains("href=\"#body\"").contains("id=\"body-error\"")
                .contains("The message is longer than this facility allows")
                .contains("You have 50 characters too many").contains(text);
        assertThat(api().as(family).get("/api/v1/wallet").json().get("balanceCents").asLong()).isEqualTo(500);
    }
}
