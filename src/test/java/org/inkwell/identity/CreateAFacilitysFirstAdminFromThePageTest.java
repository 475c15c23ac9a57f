package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.junit.jupiter.api.Test;

/**
 * A platform admin gives a new facility its first administrator from the facility's pages, and the facility
 * form names every setting to correct at once; each refusal reads from its own code.
 */
class CreateAFacilitysFirstAdminFromThePageTest extends IntegrationTest {

    private static final String PASSWORD = "first admin of the facility";

    @Test
    void theOperatorCreatesTheFirstAdminWhoCanThenRunTheFacility() {
        String platform = platformAdmin();
        String code = newFacilityWithoutStaff(platform);
        String page = "/staff/facilities/" + code + "/admins";
        assertThat(asStaff(platform).get("/staff/facilities/" + code).body()).contains("href=\"" + page + "\"");
        assertThat(asStaff(platform).get(page).body()).contains("This facility has no staff yet");
        String username = code.toLowerCase() + ".first";

        Api.Response created = PageForm.open(api(), page, platform).post(page, Map.of("fullName", "Morgan First",
                "username", username, "email", "morgan.first@example.org", "password", PASSWORD));

        assertThat(created.status()).as(created.body()).isEqualTo(302);
        assertThat(created.header("Location").orElse("")).endsWith(page + "?created");
        assertThat(asStaff(platform).get(page + "?created").body()).contains("Account created")
                .contains("Morgan First (" + username + ")").contains("facility administrator");
        String admin = api().login(username, PASSWORD);
        assertThat(asStaff(admin).get("/staff/roster").status()).isEqualTo(200);
        assertThat(asStaff(admin).get("/staff/accounts").body()).contains(username);
    }

    @Test
    void everyWrongFieldIsNamedAtOnceAndNothingIsCreated() {
        String platform = platformAdmin();
        String code = newFacilityWithoutStaff(platform);
        String page = "/staff/facilities/" + code + "/admins";

        Api.Response refused = PageForm.open(api(), page, platform).post(page, Map.of("fullName", "Bad\u202EName",
                "username", "No Spaces!", "email", "not-an-address", "password", "short"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Error:")
                .contains("href=\"#fullName\"", "href=\"#username\"", "href=\"#email\"", "href=\"#password\"")
                .contains("id=\"fullName-error\"", "id=\"username-error\"", "id=\"email-error\"", "id=\"password-error\"")
                .contains("Give their full name, without line breaks or invisible characters.")
                .contains("Choose a username of 3 to 64 lower-case letters")
                .contains("Enter a valid email address, or leave it empty.")
                .contains("Choose a first password of at least 12 characters")
                .contains("value=\"not-an-address\"");
        assertThat(asStaff(platform).get(page).body()).contains("This facility has no staff yet");
    }

    @Test
    void aTakenUsernameIsSaidToBeTakenInSpanishToo() {
        String platform = platformAdmin();
        String code = newFacilityWithoutStaff(platform);
        String page = "/staff/facilities/" + code + "/admins";

        Api.Response taken = PageForm.open(api(), page, platform).post(page + "?lang=es", Map.of("fullName", "Ana Otra",
                "username", "admin.north", "password", PASSWORD));

        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.body()).contains("Este nombre de usuario ya existe. Elija otro.").contains("href=\"#username\"");
        Api.Response api = api().as(platform).post("/api/v1/admin/staff", Map.of("username", "admin.north",
                "password", PASSWORD, "fullName", "Ana Otra", "role", "FACILITY_ADMIN", "facility", code));
        assertThat(api.json().get("code").asString()).isEqualTo("staff.username-taken");
    }

    @Test
    void anUnknownFacilityHasNoAdminPage() {
        String platform = platformAdmin();

        assertThat(asStaff(platform).get("/staff/facilities/NO-SUCH-" + UUID.randomUUID().toString().substring(0, 6)
                + "/admins").status()).isEqualTo(404);
    }

    @Test
    void theFacilityFormNamesEveryWrongSettingAtOnce() {
        String platform = platformAdmin();
        Map<String, String> form = new HashMap<>(Map.of("code", "x", "agency", "DEMO", "name", " ", "kind", "STATE_PRISON",
                "state", "Texas", "delivery", "KIOSK", "unitPriceCents", "-5", "charsPerUnit", "2000",
                "maxMessageChars", "6000", "reviewTargetHours", "24"));
        form.putAll(Map.of("replyPolicy", "FREE", "maxContacts", "30", "timeZone", "Mars/Olympus", "kioskNetworks",
                "10.0.0.0/8, not-a-network", "invitationsPerDay", "500"));

        Api.Response refused = PageForm.open(api(), "/staff/facilities/new", platform).post("/staff/facilities/new", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Error:")
                .contains("Give a code of 2 to 32 letters, digits or dashes", "Give the facility&#39;s name",
                        "Give the two-letter state code", "Give a price of 0 to 100000 cents",
                        "Give a known time zone", "Give networks in CIDR notation",
                        "Give a number of invitations a day from 1 to 100")
                .contains("id=\"code-error\"", "id=\"name-error\"", "id=\"state-error\"", "id=\"unitPriceCents-error\"",
                        "id=\"timeZone-error\"", "id=\"kioskNetworks-error\"", "id=\"invitationsPerDay-error\"");
        Map<String, Object> body = new HashMap<>(Map.of("code", "OK-" + suffix(), "agency", "DEMO", "name", "Api Facility",
                "kind", "STATE_PRISON", "state", "NY", "delivery", "KIOSK",
                "pricing", Map.of("unitPriceCents", 10, "charsPerUnit", 2000), "maxMessageChars", 6000,
                "reviewTargetHours", 12, "replyPolicy", "FREE"));
        body.put("timeZone", "Mars/Olympus");
        Api.Response api = api().as(platform).post("/api/v1/admin/facilities", body);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().get("code").asString()).isEqualTo("facility.invalid");
        assertThat(api.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
    }

    @Test
    void aTakenFacilityCodeAndABadAgencyAreSaidBesideTheirFields() {
        String platform = platformAdmin();

        Map<String, String> form = new HashMap<>(Map.of("code", "DEMO-NORTH", "agency", "DEMO", "name", "Again",
                "kind", "STATE_PRISON", "state", "NY", "delivery", "KIOSK", "unitPriceCents", "10", "charsPerUnit", "2000",
                "maxMessageChars", "6000", "reviewTargetHours", "24"));
        form.put("replyPolicy", "FREE");
        Api.Response taken = PageForm.open(api(), "/staff/facilities/new", platform).post("/staff/facilities/new", form);
        Api.Response agency = PageForm.open(api(), "/staff/facilities", platform).post("/staff/agencies",
                Map.of("code", "!", "name", ""));

        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.body()).contains("A facility with this code already exists.").contains("href=\"#code\"");
        assertThat(agency.status()).isEqualTo(400);
        assertThat(agency.body()).contains("href=\"#agencyCode\"", "href=\"#agencyName\"")
                .contains("Give an agency code of 2 to 32", "Give the agency&#39;s name");
    }

    private String newFacilityWithoutStaff(String platform) {
        String code = "FA-" + suffix();
        Api.Response created = api().as(platform).post("/api/v1/admin/facilities", Map.of("code", code, "agency", "DEMO",
                "name", "First Admin Facility " + code, "kind", "COUNTY_JAIL", "state", "NY", "delivery", "KIOSK",
                "pricing", Map.of("unitPriceCents", 10, "charsPerUnit", 2000), "maxMessageChars", 6000,
                "reviewTargetHours", 12, "replyPolicy", "FREE"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    private Api asStaff(String session) {
        return api().with("Cookie", "inkwell_session=" + session);
    }

    private String platformAdmin() {
        return api().login("platform.admin", "demo-platform-pass");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
