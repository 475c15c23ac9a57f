package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A facility lists the networks of its kiosks and tablets: people inside log in from there only, and a
 * housing unit sharing one address is not shut out by the limit on failures per address.
 */
class KioskNetworksTest extends IntegrationTest {

    private static final List<String> NETWORKS = List.of("198.51.100.0/24", "2001:DB8:42::/48");

    @Test
    void peopleInsideLogInFromTheFacilitysKioskNetworksOnly() {
        TestFacility site = TestFacility.create(api(), Map.of("kioskNetworks", NETWORKS));
        String number = site.book("Networked", "2718");
        Map<String, String> login = Map.of("facility", site.code, "inmateNumber", number, "pin", "2718");

        Api.Response outside = api().from("203.0.113.5").post("/api/v1/auth/token", login);
        Api.Response kiosk = api().from("198.51.100.7").post("/api/v1/auth/token", login);
        Api.Response tablet = api().from("2001:db8:42:7::9").post("/api/v1/auth/token", login);

        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(outside.json().get("detail").asString()).contains("kiosks or tablets");
        assertThat(kiosk.status()).isEqualTo(200);
        assertThat(tablet.status()).isEqualTo(200);
        String token = kiosk.json().get("token").asString();
        assertThat(api().from("198.51.100.7").as(token).get("/api/v1/inmate/inbox").status()).isEqualTo(200);
        assertThat(api().from("203.0.113.5").as(token).get("/api/v1/inmate/inbox").status())
                .as("the kiosk token carried outside").isEqualTo(403);
        assertThat(api().login(site.adminName, TestFacility.STAFF_PASSWORD)).as("staff log in from anywhere").isNotBlank();
    }

    @Test
    void aHousingUnitSharingOneAddressHasAHigherLimit() {
        TestFacility site = TestFacility.create(api(), Map.of("kioskNetworks", NETWORKS));
        Api unit = api().from("198.51.100.20");
        int failures = 0;
        for (int person = 0; person < 10; person++) {
            String number = site.book("Mistyped" + person, "1618");
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThat(unit.post("/api/v1/auth/token", Map.of("facility", site.code, "inmateNumber", number,
                        "pin", "0000")).status()).as("failure %d from the unit's address", ++failures).isEqualTo(401);
            }
        }
        String last = site.book("Careful", "1414");

        assertThat(unit.loginInmate(site.code, last, "1414")).as("after %d failures from one kiosk address", failures)
                .isNotBlank();
    }

    @Test
    void platformAdminsSetTheNetworksAndOnlyTheySeeThem() {
        TestFacility site = TestFacility.create(api(), Map.of("kioskNetworks", NETWORKS));
        String platform = api().login("platform.admin", "demo-platform-pass");

        JsonNode unchanged = api().as(platform).put("/api/v1/admin/facilities/" + site.code, settings(site, null)).json();
        Api.Response invalid = api().as(platform).put("/api/v1/admin/facilities/" + site.code,
                settings(site, List.of("10.0.0.0/33", "kiosk.example.org")));
        JsonNode publicView = api().get("/api/v1/facilities/" + site.code).json();
        JsonNode cleared = api().as(platform).put("/api/v1/admin/facilities/" + site.code, settings(site, List.of())).json();

        assertThat(unchanged.get("kioskNetworks").valueStream().map(JsonNode::asString))
                .as("left out: kept").containsExactly("198.51.100.0/24", "2001:db8:42::/48");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("kioskNetworks");
        assertThat(publicView.has("kioskNetworks")).as("the public does not learn a facility's networks").isFalse();
        assertThat(cleared.get("kioskNetworks").isEmpty()).isTrue();
        String number = site.book("Anywhere", "1732");
        assertThat(api().from("203.0.113.5").loginInmate(site.code, number, "1732")).isNotBlank();
    }

    @Test
    void theFacilityPageShowsAndChangesTheNetworks() {
        TestFacility site = TestFacility.create(api(), Map.of("kioskNetworks", NETWORKS));
        String platform = api().login("platform.admin", "demo-platform-pass");
        String page = "/staff/facilities/" + site.code;

        String shown = api().with("Cookie", "inkwell_session=" + platform).get(page).body();
        Api.Response saved = PageForm.open(api(), page, platform).post(page, "name=Test+Facility+" + site.code
                + "&kind=STATE_PRISON&state=NY&delivery=TABLET&unitPriceCents=10&charsPerUnit=2000&maxMessageChars=6000"
                + "&reviewTargetHours=12&replyPolicy=FREE&maxContacts=30&timeZone=America%2FNew_York"
                + "&kioskNetworks=192.0.2.0%2F28%2C+2001%3Adb8%3A9%3A%3A%2F64");

        assertThat(shown).contains("value=\"198.51.100.0/24, 2001:db8:42::/48\"");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(api().as(platform).put("/api/v1/admin/facilities/" + site.code, settings(site, null)).json()
                .get("kioskNetworks").valueStream().map(JsonNode::asString)).containsExactly("192.0.2.0/28", "2001:db8:9::/64");
    }

    private static Map<String, Object> settings(TestFacility site, List<String> networks) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Test Facility " + site.code, "kind", "STATE_PRISON",
                "state", "NY", "delivery", "TABLET", "pricing", Map.of("unitPriceCents", 10, "charsPerUnit", 2000),
                "maxMessageChars", 6000, "reviewTargetHours", 12, "replyPolicy", "FREE"));
        if (networks != null) {
            body.put("kioskNetworks", networks);
        }
        return body;
    }
}
