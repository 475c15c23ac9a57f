package org.inkwell.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Before writing, a family reads what the facility monitors, who may read, how long it is kept and that
 * legal mail is not read: in the facility detail, on the facility's page, before the first message and
 * at the foot of every compose page, the person inside's included. Made from the facility's own settings.
 */
class TellFamiliesWhatIsMonitoredTest extends IntegrationTest {

    @Test
    void theFacilityDetailsNoticeFollowsEachFacilitysOwnSettings() {
        TestFacility reviewed = TestFacility.create(api(), Map.of("retentionDays", 90, "autoApproveClean", false,
                "legalMailFree", true));
        TestFacility automatic = TestFacility.create(api(), Map.of("retentionDays", 400, "autoApproveClean", true,
                "maxPhotosPerMessage", 0));

        JsonNode first = api().get("/api/v1/facilities/" + reviewed.code).json();
        JsonNode second = api().with("Accept-Language", "es").get("/api/v1/facilities/" + automatic.code).json();

        assertThat(first.get("retentionDays").asInt()).isEqualTo(90);
        assertThat(first.get("monitoringNotice").asString())
                .contains("every message and photo is screened by software and read by facility staff before it is delivered")
                .contains("investigators only under an approved case, with every access logged")
                .contains("90 days after delivery, rejection or withdrawal")
                .contains("Privileged legal mail from approved attorneys is not screened or read, and costs nothing here.")
                .doesNotContain("without a person reading them");
        assertThat(second.get("retentionDays").asInt()).isEqualTo(400);
        assertThat(second.get("monitoringNotice").asString()).as("English in the API whatever the request asks")
                .contains("every message is screened by software.")
                .contains("Messages in which the screen finds nothing may be delivered without a person reading them")
                .contains("400 days after delivery, rejection or withdrawal")
                .contains("Privileged legal mail from approved attorneys is not screened or read.")
                .doesNotContain("photo").doesNotContain("costs nothing").doesNotContain("90 days");
        assertThat(api().get("/api/v1/facilities").json().get(0).has("monitoringNotice"))
                .as("the list stays short").isFalse();
    }

    @Test
    void theFacilitysPublicPageShowsItsNotice() {
        TestFacility site = TestFacility.create(api(), Map.of("retentionDays", 45));

        String page = text(api().get("/facilities/" + site.code).body());

        assertThat(page).contains("What is monitored, who reads it, how long it is kept")
                .contains("45 days after delivery, rejection or withdrawal")
                .contains("Privileged legal mail from approved attorneys is not screened or read.");
    }

    @Test
    void theComposePageShowsTheNoticeBeforeTheFirstMessageAndInItsFooterAlways() {
        TestFacility site = TestFacility.create(api(), Map.of("retentionDays", 120));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, site.book("Noticed", "2468"));
        Scenario.buy(api(), family, 500);
        Api browser = api().with("Cookie", "inkwell_session=" + family);

        String before = browser.get("/conversations/" + contact).body();
        assertThat(before).contains("id=\"first-message-notice\"").contains("Before your first message")
                .contains("id=\"monitoring-notice-footer\"");
        assertThat(text(before)).contains("120 days after delivery, rejection or withdrawal");

        assertThat(Scenario.send(api(), family, contact, "Hello, first letter.").status()).isEqualTo(201);
        String after = browser.get("/conversations/" + contact).body();

        assertThat(after).doesNotContain("first-message-notice").doesNotContain("Before your first message")
                .contains("id=\"monitoring-notice-footer\"");
        assertThat(text(after.substring(after.indexOf("monitoring-notice-footer"))))
                .contains("120 days after delivery, rejection or withdrawal").contains("not screened or read");
    }

    @Test
    void thePersonInsideReadsTheNoticeAtTheFootOfTheKioskComposePage() {
        TestFacility site = TestFacility.create(api(), Map.of("retentionDays", 60, "autoApproveClean", true));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = site.book("Kiosked", "2468");
        String contact = site.approvedContact(family, number);
        String inmate = api().loginInmate(site.code, number, "2468");

        String page = api().with("Cookie", "inkwell_session=" + inmate).get("/kiosk/write/" + contact).body();

        assertThat(page).contains("id=\"monitoring-notice-footer\"");
        assertThat(text(page)).contains("may be delivered without a person reading them")
                .contains("60 days after delivery, rejection or withdrawal").contains("not screened or read");
    }

    @Test
    void aSpanishPageShowsTheNoticeInSpanish() {
        TestFacility site = TestFacility.create(api(), Map.of("retentionDays", 75));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, site.book("Espanol", "2468"));

        String facilityPage = text(api().get("/facilities/" + site.code + "?lang=es").body());
        String compose = text(api().with("Cookie", "inkwell_session=" + family + "; inkwell_lang=es")
                .get("/conversations/" + contact).body());

        for (String page : new String[] {facilityPage, compose}) {
            assertThat(page).contains("75 días después de la entrega, el rechazo o la retirada")
                    .contains("El correo legal privilegiado de abogados aprobados no se revisa ni se lee.")
                    .doesNotContain("days after delivery").doesNotContain("is not screened or read");
        }
        assertThat(compose).contains("Antes de su primer mensaje");
    }

    /** The page's text as a reader sees it: entities decoded. */
    private static String text(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
