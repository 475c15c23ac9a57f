package org.inkwell.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * A facility's public page says how to reach it (its phone number, set by the platform admin or the
 * facility's own admin), when its
 * kiosks are open in its own time, and what a letter costs there, worked out from its own prices.
 */
class FamiliesSeeHowToReachAFacilityTest extends IntegrationTest {

    private static final List<Map<String, String>> MONDAY = List.of(Map.of("day", "MONDAY", "opens", "07:00", "closes", "21:30"));

    @Test
    void thePublicPageShowsThePhoneTheKioskHoursInLocalTimeAndAWorkedPriceExample() {
        TestFacility site = TestFacility.create(api(), Map.of("phone", "+1 (518) 555-0199", "kioskHours", MONDAY,
                "timeZone", "America/Chicago", "pricing", Map.of("unitPriceCents", 35, "charsPerUnit", 1000)));

        assertThat(api().get("/api/v1/facilities/" + site.code).json().get("phone").asString()).isEqualTo("+1 (518) 555-0199");
        String page = api().get("/facilities/" + site.code).body();

        assertThat(page).contains("+1 (518) 555-0199").contains("href=\"tel:+15185550199\"");
        assertThat(page).contains("Monday: 7:00 am to 9:30 pm").contains("In the facility&#39;s local time (Central Time)");
        assertThat(page).as("2,500 characters are 3 units of 1,000 at $0.35").contains("A 2,500-character letter costs $1.05.");
        assertThat(page).as("a way back to the list").contains("href=\"/facilities\"");
        assertThat(api().get("/facilities?q=" + site.code).body()).contains("A 2,500-character letter costs $1.05.");
        String spanish = api().get("/facilities/" + site.code + "?lang=es").body();
        assertThat(spanish).contains("Lunes: de 7:00").contains("Teléfono").contains("Una carta de ");
    }

    @Test
    void theExampleIsNoLongerThanTheLongestLetterTheFacilityTakes() {
        TestFacility site = TestFacility.create(api(), Map.of("maxMessageChars", 1200,
                "pricing", Map.of("unitPriceCents", 10, "charsPerUnit", 1000)));

        assertThat(api().get("/facilities/" + site.code).body()).contains("A 1,200-character letter costs $0.20.")
                .contains("The facility has not given a phone number yet.");
    }

    @Test
    void anUpdateWithoutThePhoneKeepsItABlankOneRemovesItAndABadOneChangesNothing() {
        TestFacility site = TestFacility.create(api(), Map.of("phone", "555-0100"));
        String platform = api().login("platform.admin", "demo-platform-pass");
        Map<String, Object> settings = settings();

        api().as(platform).put("/api/v1/admin/facilities/" + site.code, settings);
        assertThat(phone(site)).as("left out: kept").isEqualTo("555-0100");

        for (String bad : List.of("call 555-0100", "5".repeat(33), "--", "555.0100", "555\n0100")) {
            settings.put("phone", bad);
            Api.Response refused = api().as(platform).put("/api/v1/admin/facilities/" + site.code, settings);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("code").asString()).isEqualTo("facility.phone-invalid");
        }
        assertThat(phone(site)).isEqualTo("555-0100");

        settings.put("phone", " ");
        api().as(platform).put("/api/v1/admin/facilities/" + site.code, settings);
        assertThat(api().get("/api/v1/facilities/" + site.code).json().has("phone")).as("blank: removed").isFalse();
    }

    @Test
    void thePlatformAdminSetsThePhoneOnTheFacilityFormAndAWrongOneIsShownBesideItsField() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String platform = api().login("platform.admin", "demo-platform-pass");
        String path = "/staff/facilities/" + site.code;

        Map<String, String> form = new HashMap<>(Map.of("name", "Test Facility " + site.code, "kind", "STATE_PRISON",
                "state", "NY", "delivery", "TABLET", "unitPriceCents", "10", "charsPerUnit", "2000",
                "maxMessageChars", "6000", "reviewTargetHours", "12", "replyPolicy", "FREE", "timeZone", "America/New_York"));
        form.put("phone", "ring us");
        Api.Response refused = PageForm.open(api(), path, platform).post(path, form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#phone\"").contains("id=\"phone-error\"")
                .contains("Enter a phone number of at most 32 characters");
        assertThat(phone(site)).isNull();

        form.put("phone", "(212) 555-0147");
        assertThat(PageForm.open(api(), path, platform).post(path, form).status()).isEqualTo(302);
        assertThat(phone(site)).isEqualTo("(212) 555-0147");
        assertThat(api().get("/facilities/" + site.code).body()).contains("(212) 555-0147");
    }

    @Test
    void aFacilityAdminSetsTheirOwnFacilitysPhoneAndNoOtherOne() {
        TestFacility site = TestFacility.create(api(), Map.of());
        TestFacility other = TestFacility.create(api(), Map.of("phone", "555-0111"));

        Api.Response changed = api().as(site.admin).put("/api/v1/staff/facility/phone", Map.of("phone", "(607) 555-0188"));
        Api.Response bad = api().as(site.admin).put("/api/v1/staff/facility/phone", Map.of("phone", "<script>"));
        Api.Response missing = api().as(site.admin).put("/api/v1/staff/facility/phone", Map.of());

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("phone").asString()).isEqualTo("(607) 555-0188");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("code").asString()).isEqualTo("facility.phone-invalid");
        assertThat(missing.status()).as("an empty body removes nothing").isEqualTo(400);
        assertThat(phone(site)).isEqualTo("(607) 555-0188");
        assertThat(phone(other)).isEqualTo("555-0111");
        assertThat(api().as(api().login("platform.admin", "demo-platform-pass"))
                .get("/api/v1/admin/audit?action=FACILITY_PHONE_CHANGED&limit=50").body()).contains(site.code);
    }

    @Test
    void theFacilityAdminsPageSavesThePhoneAndNamesAWrongOneBesideItsField() {
        TestFacility site = TestFacility.create(api(), Map.of());

        Api.Response refused = PageForm.open(api(), "/staff/facility", site.admin).post("/staff/facility",
                Map.of("phone", "ext. 12"));
        Api.Response saved = PageForm.open(api(), "/staff/facility", site.admin).post("/staff/facility",
                Map.of("phone", "+1 607 555 0199"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Error: ").contains("href=\"#phone\"")
                .contains("aria-describedby=\"phone-hint phone-error\"").contains("value=\"ext. 12\"");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(phone(site)).isEqualTo("+1 607 555 0199");
    }

    private String phone(TestFacility site) {
        var detail = api().get("/api/v1/facilities/" + site.code).json();
        return detail.has("phone") ? detail.get("phone").asString() : null;
    }

    private static Map<String, Object> settings() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Renamed Test Facility");
        body.put("kind", "STATE_PRISON");
        body.put("state", "NY");
        body.put("delivery", "TABLET");
        body.put("pricing", Map.of("currency", "USD", "unitPriceCents", 10, "charsPerUnit", 2000));
        body.put("maxMessageChars", 6000);
        body.put("reviewTargetHours", 12);
        body.put("replyPolicy", "FREE");
        return body;
    }
}
