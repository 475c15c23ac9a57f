package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each facility sets how long a kiosk session may run with "More time" and the language its kiosks start
 * in (the platform admin on the facility, its own admin on the kiosk settings page); the service-wide
 * values (30 minutes, English) are only the defaults.
 */
class KioskSettingsPerFacilityTest extends IntegrationTest {

    private static final Pattern SECONDS_LEFT = Pattern.compile("data-seconds-left=\"(\\d+)\"");

    @Test
    void aFacilityWithATenMinuteLimitCapsMoreTimeAtTenMinutesFromLogin() {
        TestFacility site = TestFacility.create(api(), Map.of("kioskSessionMinutes", 10));
        String number = site.book("Brief", "2468");
        String inmate = api().loginInmate(site.code, number, "2468");
        assertThat(secondsLeft(inmate)).as("the first session is already within the limit").isLessThanOrEqualTo(600);

        clock.advance(Duration.ofMinutes(7));
        Api.Response more = PageForm.open(api(), "/kiosk/inbox", inmate).post("/kiosk/session/more-time",
                Map.of("back", "/kiosk/inbox"));

        assertThat(more.status()).isEqualTo(302);
        assertThat(secondsLeft(inmate)).as("more time stops at 10 minutes from login").isLessThanOrEqualTo(180);
        assertThat(api().as(inmate).get("/api/v1/inmate/inbox").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(3).plusSeconds(1));
        assertThat(api().as(inmate).get("/api/v1/inmate/inbox").status()).isEqualTo(401);
    }

    @Test
    void aFacilityThatSetsNothingKeepsThirtyMinutesAndEnglish() {
        TestFacility site = TestFacility.create(api(), Map.of());

        JsonNode detail = api().get("/api/v1/facilities/" + site.code).json();

        assertThat(detail.get("kioskSessionMinutes").asInt()).isEqualTo(30);
        assertThat(detail.get("kioskLanguage").asString()).isEqualTo("en");
        String inmate = api().loginInmate(site.code, site.book("Usual", "2468"), "2468");
        clock.advance(Duration.ofMinutes(14));
        PageForm.open(api(), "/kiosk/inbox", inmate).post("/kiosk/session/more-time", Map.of("back", "/kiosk/inbox"));
        assertThat(secondsLeft(inmate)).as("another 15 minutes from now, within 30 from login").isGreaterThan(840);
    }

    @Test
    void kioskSettingsOutsideTheirRangeAreRefusedAndAnUpdateLeavingThemOutKeepsThem() {
        String platform = api().login("platform.admin", "demo-platform-pass");
        TestFacility site = TestFacility.create(api(), Map.of("kioskSessionMinutes", 45, "kioskLanguage", "es"));
        Map<String, Object> settings = new HashMap<>(Map.of("name", "Renamed " + site.code, "kind", "STATE_PRISON",
                "state", "NY", "delivery", "TABLET", "pricing", Map.of("unitPriceCents", 10, "charsPerUnit", 2000),
                "maxMessageChars", 6000, "reviewTargetHours", 12, "replyPolicy", "FREE"));

        for (Map.Entry<String, Object> wrong : Map.<String, Object>of("kioskSessionMinutes", 4,
                "kioskLanguage", "fr").entrySet()) {
            Map<String, Object> body = new HashMap<>(settings);
            body.put(wrong.getKey(), wrong.getValue());
            Api.Response refused = api().as(platform).put("/api/v1/admin/facilities/" + site.code, body);
            assertThat(refused.status()).as(wrong.getKey()).isEqualTo(400);
            assertThat(refused.body()).contains(wrong.getKey());
        }
        Map<String, Object> tooLong = new HashMap<>(settings);
        tooLong.put("kioskSessionMinutes", 121);
        assertThat(api().as(platform).put("/api/v1/admin/facilities/" + site.code, tooLong).status()).isEqualTo(400);
        assertThat(api().as(platform).put("/api/v1/admin/facilities/" + site.code, settings).status()).isEqualTo(200);

        JsonNode detail = api().get("/api/v1/facilities/" + site.code).json();
        assertThat(detail.get("kioskSessionMinutes").asInt()).isEqualTo(45);
        assertThat(detail.get("kioskLanguage").asString()).isEqualTo("es");
    }

    @Test
    void aKioskOfASpanishSpeakingFacilityStartsInSpanishAndGoesBackToItAtLogout() {
        TestFacility site = TestFacility.create(api(), Map.of("kioskLanguage", "es"));
        String number = site.book("Vuelta", "2468");

        Api.Response login = api().get("/kiosk?facility=" + site.code);

        assertThat(login.body()).contains("lang=\"es\"", "Abrir mis mensajes");
        assertThat(PageForm.cookie(login, "inkwell_lang")).contains("es");

        Api.Response english = api().get("/kiosk?facility=" + site.code + "&lang=en");
        assertThat(english.body()).as("a person may still choose English").contains("Open my messages");
        String inmate = api().loginInmate(site.code, number, "2468");
        PageForm inbox = PageForm.open(api(), "/kiosk/inbox?lang=en", inmate);
        Api.Response logout = inbox.post("/kiosk/logout", Map.of("why", ""));
        assertThat(logout.status()).isEqualTo(302);
        assertThat(PageForm.cookie(logout, "inkwell_lang")).as("the next person starts in Spanish again").contains("es");
    }

    @Test
    void thePlatformAdminSetsBothOnTheFacilityForm() {
        String platform = api().login("platform.admin", "demo-platform-pass");
        TestFacility site = TestFacility.create(api(), Map.of());
        String form = api().with("Cookie", "inkwell_session=" + platform).get("/staff/facilities/" + site.code).body();
        assertThat(form).contains("id=\"kioskSessionMinutes\"", "id=\"kioskLanguage\"");

        Map<String, String> fields = new HashMap<>(Map.of("name", "Test Facility " + site.code, "kind", "STATE_PRISON",
                "state", "NY", "delivery", "TABLET", "unitPriceCents", "10", "charsPerUnit", "2000",
                "maxMessageChars", "6000", "reviewTargetHours", "12", "replyPolicy", "FREE", "maxContacts", "30"));
        fields.putAll(Map.of("timeZone", "America/New_York", "invitationsPerDay", "5", "invitationsNeedApproval", "true",
                "kioskNetworks", "", "kioskSessionMinutes", "20", "kioskLanguage", "es"));
        Api.Response saved = PageForm.open(api(), "/staff/facilities/" + site.code, platform)
                .post("/staff/facilities/" + site.code, fields);

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        JsonNode detail = api().get("/api/v1/facilities/" + site.code).json();
        assertThat(detail.get("kioskSessionMinutes").asInt()).isEqualTo(20);
        assertThat(detail.get("kioskLanguage").asString()).isEqualTo("es");
    }

    @Test
    void theFacilityAdminSetsTheirOwnKioskSettingsAndIsToldOfEveryWrongFieldAtOnce() {
        TestFacility site = TestFacility.create(api(), Map.of());

        Api.Response refused = PageForm.open(api(), "/staff/kiosk-settings", site.admin).post("/staff/kiosk-settings",
                Map.of("kioskSessionMinutes", "three", "kioskLanguage", "fr"));
        Api.Response saved = PageForm.open(api(), "/staff/kiosk-settings", site.admin).post("/staff/kiosk-settings",
                Map.of("kioskSessionMinutes", "25", "kioskLanguage", "es"));
        Api.Response tooLong = api().as(site.admin).put("/api/v1/staff/facility/kiosk-settings",
                Map.of("kioskSessionMinutes", 200, "kioskLanguage", "en"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#kioskSessionMinutes\"", "href=\"#kioskLanguage\"",
                "Give a number of minutes from 5 to 120.", "Choose English or Spanish.");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("code").asString()).isEqualTo("facility.kiosk-minutes-invalid");
        JsonNode detail = api().get("/api/v1/facilities/" + site.code).json();
        assertThat(detail.get("kioskSessionMinutes").asInt()).isEqualTo(25);
        assertThat(detail.get("kioskLanguage").asString()).isEqualTo("es");
        assertThat(api().with("Cookie", "inkwell_session=" + site.admin).get("/staff").body())
                .contains("href=\"/staff/kiosk-settings\"");
    }

    private int secondsLeft(String inmate) {
        String page = api().with("Cookie", "inkwell_session=" + inmate).get("/kiosk/inbox").body();
        Matcher left = SECONDS_LEFT.matcher(page);
        assertThat(left.find()).as(page).isTrue();
        return Integer.parseInt(left.group(1));
    }
}
