package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's forms say what is wrong in the words of the refusal's code, in the summary and beside the
 * field it concerns (GOV.UK pattern), in the kiosk's language.
 */
class KioskFormsNameTheProblemTest extends IntegrationTest {

    @Test
    void aWrongPinIsShownBesideTheNumber() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = site.book("Pinless", "2468");

        Api.Response refused = PageForm.open(api(), "/kiosk?facility=" + site.code, null)
                .post("/kiosk", Map.of("facility", site.code, "number", number, "pin", "0000"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("<title>Error: ", "href=\"#number\"", "id=\"number-error\"",
                "aria-describedby=\"number-error\"", "The number or PIN is not right.");
    }

    @Test
    void anInvitationNamesEveryFieldToCorrectAtOnceInSpanish() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String inmate = api().loginInmate(site.code, site.book("Todos", "2468"), "2468");

        Api.Response refused = PageForm.open(api(), "/kiosk/invite?lang=es", inmate)
                .post("/kiosk/invite", Map.of("fullName", "Meet me\nat noon", "email", "not-an-address", "lang", "es"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#fullName\"", "href=\"#email\"", "href=\"#relationship\"",
                "id=\"fullName-error\"", "id=\"email-error\"", "id=\"relationship-error\"")
                .contains("Escriba el nombre completo de la persona", "Escriba un correo electrónico válido.",
                        "Elija su relación.");
    }

    @Test
    void aRestrictedPersonIsToldTheirCorrespondenceIsRestricted() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = site.book("Restricted", "2468");
        api().as(site.admin).put("/api/v1/staff/inmates/" + number + "/restriction",
                Map.of("until", Instant.now().plus(Duration.ofDays(7)).toString(), "reason", "Disciplinary sanction"));
        String inmate = api().loginInmate(site.code, number, "2468");

        Api.Response refused = PageForm.open(api(), "/kiosk/invite", inmate).post("/kiosk/invite",
                Map.of("fullName", "Grace Hopper", "email", Families.newEmail(), "relationship", "FRIEND"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Your correspondence is restricted for now")
                .contains("value=\"Grace Hopper\"");
    }

    @Test
    void aReplyTooLongAndAReplyWithoutBalanceSayDifferentThingsBesideTheText() {
        TestFacility site = TestFacility.create(api(), Map.of("maxMessageChars", 20, "replyPolicy", "INMATE_PAYS"));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = site.book("Replies", "2468");
        String contact = site.approvedContact(family, number);
        String inmate = api().loginInmate(site.code, number, "2468");

        Api.Response tooLong = reply(inmate, contact, "This reply is longer than twenty characters.");
        Api.Response broke = reply(inmate, contact, "Short reply.");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("href=\"#body\"", "id=\"body-error\"", "body-hint body-error",
                "The message is longer than this facility allows.");
        assertThat(broke.status()).isEqualTo(402);
        assertThat(broke.body()).contains("There is not enough on your balance to send this reply.")
                .doesNotContain("Add credit");
    }

    private Api.Response reply(String inmate, String contact, String body) {
        Map<String, String> fields = new HashMap<>(Map.of("body", body, "idempotencyKey", UUID.randomUUID().toString()));
        return PageForm.open(api(), "/kiosk/write/" + contact, inmate).post("/kiosk/write/" + contact, fields);
    }
}
