package org.inkwell.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.inkwell.platform.FacilityTime;
import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A reply from inside is shown at the same local time, with the facility's zone abbreviation, on the
 * family's conversation page and in the email that announces it; never as bare UTC.
 */
class ShowTheFacilitysLocalTimeTest extends IntegrationTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void aReplyFromInsideShowsTheFacilitysLocalTimeOnTheFamilyPageAndInTheEmail() {
        TestFacility site = TestFacility.create(api(), Map.of("autoApproveClean", true, "timeZone", LOS_ANGELES.getId()));
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        String number = site.book("Zoneson", "2468");
        String contact = site.approvedContact(family, number);
        String inmate = api().loginInmate(site.code, number, "2468");

        Api.Response replied = api().as(inmate).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/inmate/messages", Map.of("contactId", contact, "body", "See you on Sunday."));
        assertThat(replied.status()).isEqualTo(201);
        JsonNode mail = await().atMost(Duration.ofSeconds(20)).until(() -> DevMailbox.latest(api(), email),
                m -> m.get("subject").asString().startsWith("New message"));
        Instant sentAt = Instant.parse(api().as(family).get("/api/v1/messages?contactId=" + contact).json()
                .get(0).get("submittedAt").asString());
        String local = FacilityTime.format(sentAt, LOS_ANGELES, Locale.ENGLISH);

        assertThat(local).matches("\\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{1,2}:\\d{2} (am|pm) P[SD]T");
        assertThat(mail.get("body").asString()).contains(local);
        String page = api().with("Cookie", "inkwell_session=" + family).get("/conversations/" + contact).body();
        assertThat(page).contains(">" + local + "</time>").doesNotContain("UTC");
    }

    @Test
    void inSpanishTheSameMomentReadsInSpanishWithTheSameAbbreviation() {
        TestFacility site = TestFacility.create(api(), Map.of("autoApproveClean", true, "timeZone", LOS_ANGELES.getId()));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, site.book("Zonez", "1357"));
        Scenario.buy(api(), family, 500);
        assertThat(Scenario.send(api(), family, contact, "Hola, ¿cómo estás?").status()).isEqualTo(201);
        Instant sentAt = Instant.parse(api().as(family).get("/api/v1/messages?contactId=" + contact).json()
                .get(0).get("submittedAt").asString());

        String page = api().with("Cookie", "inkwell_session=" + family + "; inkwell_lang=es")
                .get("/conversations/" + contact).body();

        assertThat(page).contains(">" + FacilityTime.format(sentAt, LOS_ANGELES, Locale.forLanguageTag("es")) + "</time>");
    }
}
