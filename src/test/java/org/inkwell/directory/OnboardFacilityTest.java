package org.inkwell.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OnboardFacilityTest extends IntegrationTest {

    @Test
    void platformAdminOnboardsAnAgencyAndAFacilityThatThePublicThenFinds() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        String agency = unique("AG").toUpperCase();
        String code = unique("FAC").toUpperCase();

        Api.Response createdAgency = api().as(admin).post("/api/v1/admin/agencies",
                Map.of("code", agency, "name", "Sample County Sheriff"));
        Api.Response createdFacility = api().as(admin).post("/api/v1/admin/facilities", facility(code, agency, 30));

        assertThat(createdAgency.status()).isEqualTo(201);
        assertThat(createdFacility.status()).as(createdFacility.body()).isEqualTo(201);
        JsonNode detail = api().get("/api/v1/facilities/" + code).json();
        assertThat(detail.get("agency").get("name").asString()).isEqualTo("Sample County Sheriff");
        assertThat(detail.get("pricing").get("unitPriceCents").asLong()).isEqualTo(30);
        assertThat(detail.get("kioskHours").get(0).get("day").asString()).isEqualTo("MONDAY");
        assertThat(detail.get("kioskHours").get(0).get("opens").asString()).startsWith("07:00");
        assertThat(detail.get("timeZone").asString()).isEqualTo("America/Chicago");
        assertThat(api().get("/api/v1/facilities?q=" + code.toLowerCase()).json().size()).isEqualTo(1);
    }

    @Test
    void changingPricesIsAuditedWithBeforeAndAfter() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        String agency = unique("AG").toUpperCase();
        String code = unique("FAC").toUpperCase();
        api().as(admin).post("/api/v1/admin/agencies", Map.of("code", agency, "name", "Pricing Agency"));
        api().as(admin).post("/api/v1/admin/facilities", facility(code, agency, 30));
        Map<String, Object> settings = facility(code, agency, 20);
        settings.remove("code");
        settings.remove("agency");

        Api.Response updated = api().as(admin).put("/api/v1/admin/facilities/" + code, settings);

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(api().get("/api/v1/facilities/" + code).json().get("pricing").get("unitPriceCents").asLong())
                .isEqualTo(20);
        JsonNode audit = api().as(admin).get("/api/v1/admin/audit?action=FACILITY_POLICY_CHANGED&limit=20").json();
        JsonNode entry = null;
        for (JsonNode e : audit) {
            if (e.get("target").asString().equals(code)) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("detail").asString()).contains("price=30").contains("price=20");
        assertThat(entry.get("actorName").asString()).isEqualTo("Pat Platform");
    }

    @Test
    void duplicateCodesAreConflicts() {
        String admin = api().login("platform.admin", "demo-platform-pass");

        assertThat(api().as(admin).post("/api/v1/admin/agencies", Map.of("code", "DEMO", "name", "Again")).status())
                .isEqualTo(409);
        assertThat(api().as(admin).post("/api/v1/admin/facilities", facility("DEMO-NORTH", "DEMO", 10)).status())
                .isEqualTo(409);
    }

    @Test
    void invalidSettingsAreRefusedFieldByField() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        Map<String, Object> bad = facility(unique("FAC").toUpperCase(), "DEMO", 10);
        bad.put("state", "Texas");
        bad.put("maxMessageChars", 0);

        Api.Response response = api().as(admin).post("/api/v1/admin/facilities", bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValues("field").stream().map(JsonNode::asString).toList())
                .contains("state", "maxMessageChars");
        Map<String, Object> unknownAgency = facility(unique("FAC").toUpperCase(), "NO-SUCH-AGENCY", 10);
        assertThat(api().as(admin).post("/api/v1/admin/facilities", unknownAgency).status()).isEqualTo(400);
        Map<String, Object> badZone = facility(unique("FAC").toUpperCase(), "DEMO", 10);
        badZone.put("timeZone", "Mars/Olympus");
        assertThat(api().as(admin).post("/api/v1/admin/facilities", badZone).status()).isEqualTo(400);
    }

    @Test
    void theDailyInvitationLimitIsSetByThePlatformAdminAndKeptWhenAnUpdateLeavesItOut() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        String code = unique("FAC").toUpperCase();
        Map<String, Object> created = facility(code, "DEMO", 10);
        created.put("invitationsPerDay", 3);
        assertThat(api().as(admin).post("/api/v1/admin/facilities", created).json().get("invitationsPerDay").asInt())
                .isEqualTo(3);
        Map<String, Object> settings = facility(code, "DEMO", 10);
        settings.remove("code");
        settings.remove("agency");

        assertThat(api().as(admin).put("/api/v1/admin/facilities/" + code, settings).json().get("invitationsPerDay").asInt())
                .as("left out: kept").isEqualTo(3);
        settings.put("invitationsPerDay", 0);
        Api.Response refused = api().as(admin).put("/api/v1/admin/facilities/" + code, settings);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValues("field").stream().map(JsonNode::asString).toList())
                .contains("invitationsPerDay");
        settings.put("invitationsPerDay", 8);
        api().as(admin).put("/api/v1/admin/facilities/" + code, settings);
        assertThat(api().get("/api/v1/facilities/" + code).json().get("invitationsPerDay").asInt()).isEqualTo(8);
        Map<String, Object> defaulted = facility(unique("FAC").toUpperCase(), "DEMO", 10);
        assertThat(api().as(admin).post("/api/v1/admin/facilities", defaulted).json().get("invitationsPerDay").asInt())
                .isEqualTo(5);
    }

    @Test
    void recordsAndPhotoSettingsHaveDefaultsAreSetAndAreKeptWhenAClientOfTheFirstBuildLeavesThemOut() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        String defaultedCode = unique("FAC").toUpperCase();
        JsonNode defaulted = api().as(admin).post("/api/v1/admin/facilities", facility(defaultedCode, "DEMO", 30)).json();
        assertThat(defaulted.get("retentionDays").asInt()).isEqualTo(365);
        assertThat(defaulted.get("maxPhotosPerMessage").asInt()).isEqualTo(5);
        assertThat(defaulted.get("pricing").get("photoPriceCents").asLong()).as("one unit's price").isEqualTo(30);
        assertThat(defaulted.get("legalMailFree").asBoolean()).isFalse();

        String code = unique("FAC").toUpperCase();
        Map<String, Object> created = facility(code, "DEMO", 30);
        created.put("pricing", Map.of("currency", "USD", "unitPriceCents", 30, "charsPerUnit", 1000, "photoPriceCents", 75));
        created.put("retentionDays", 90);
        created.put("maxPhotosPerMessage", 0);
        created.put("legalMailFree", true);
        assertThat(api().as(admin).post("/api/v1/admin/facilities", created).status()).isEqualTo(201);
        Map<String, Object> firstBuildClient = facility(code, "DEMO", 40);
        firstBuildClient.remove("code");
        firstBuildClient.remove("agency");
        assertThat(api().as(admin).put("/api/v1/admin/facilities/" + code, firstBuildClient).status()).isEqualTo(200);

        JsonNode detail = api().get("/api/v1/facilities/" + code).json();
        assertThat(detail.get("retentionDays").asInt()).isEqualTo(90);
        assertThat(detail.get("maxPhotosPerMessage").asInt()).isZero();
        assertThat(detail.get("pricing").get("photoPriceCents").asLong()).as("kept, not the new unit price").isEqualTo(75);
        assertThat(detail.get("pricing").get("unitPriceCents").asLong()).isEqualTo(40);
        assertThat(detail.get("legalMailFree").asBoolean()).isTrue();
    }

    @Test
    void recordsAndPhotoSettingsOutOfRangeAreNamedTogetherAndChangeNothing() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        String code = unique("FAC").toUpperCase();
        api().as(admin).post("/api/v1/admin/facilities", facility(code, "DEMO", 30));
        Map<String, Object> bad = facility(code, "DEMO", 30);
        bad.remove("code");
        bad.remove("agency");
        bad.put("retentionDays", 29);
        bad.put("maxPhotosPerMessage", 21);
        bad.put("pricing", Map.of("currency", "USD", "unitPriceCents", 30, "charsPerUnit", 1000, "photoPriceCents", -1));

        Api.Response refused = api().as(admin).put("/api/v1/admin/facilities/" + code, bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValues("field").stream().map(JsonNode::asString).toList())
                .contains("retentionDays", "maxPhotosPerMessage", "pricing.photoPriceCents");
        assertThat(api().get("/api/v1/facilities/" + code).json().get("retentionDays").asInt()).isEqualTo(365);
    }

    @Test
    void onlyPlatformAdminsChangePrices() {
        String facilityAdmin = api().login("admin.north", "demo-admin-pass");
        Map<String, Object> settings = facility("DEMO-NORTH", "DEMO", 1);

        assertThat(api().as(facilityAdmin).put("/api/v1/admin/facilities/DEMO-NORTH", settings).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/facilities/DEMO-NORTH").json().get("pricing").get("unitPriceCents").asLong())
                .isEqualTo(40);
    }

    @Test
    void aFacilityGivenOnlyWhatIsRequiredTakesTheDefaultsThatTheNewFacilityFormOffers() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        Map<String, Object> required = facility(unique("FAC").toUpperCase(), "DEMO", 30);
        required.remove("timeZone");
        required.put("pricing", Map.of("unitPriceCents", 30, "charsPerUnit", 1000));

        JsonNode created = api().as(admin).post("/api/v1/admin/facilities", required).json();
        String form = api().with("Cookie", "inkwell_session=" + admin).get("/staff/facilities/new").body();

        assertThat(created.get("pricing").get("currency").asString()).isEqualTo("USD");
        assertThat(created.get("timeZone").asString()).isEqualTo("America/New_York").isEqualTo(input(form, "timeZone"));
        assertThat(created.get("maxContacts").asInt()).isEqualTo(30).isEqualTo(number(form, "maxContacts"));
        assertThat(created.get("invitationsPerDay").asInt()).isEqualTo(5).isEqualTo(number(form, "invitationsPerDay"));
        assertThat(created.get("kioskSessionMinutes").asInt()).isEqualTo(30).isEqualTo(number(form, "kioskSessionMinutes"));
        assertThat(created.get("retentionDays").asInt()).isEqualTo(365).isEqualTo(number(form, "retentionDays"));
        assertThat(created.get("maxPhotosPerMessage").asInt()).isEqualTo(5).isEqualTo(number(form, "maxPhotosPerMessage"));
        assertThat(created.get("kioskNetworks").isEmpty()).isTrue();
        assertThat(input(form, "kioskNetworks")).isEmpty();
        assertThat(created.get("kioskLanguage").asString()).isEqualTo("en");
        assertThat(form).containsPattern("<option value=\"en\"[^>]*selected");
        assertThat(created.get("invitationsNeedApproval").asBoolean()).isTrue();
        assertThat(form).containsPattern("<input[^>]*name=\"invitationsNeedApproval\"[^>]*checked");
        assertThat(created.get("autoApproveClean").asBoolean()).isFalse();
        assertThat(form).doesNotContainPattern("<input[^>]*name=\"autoApproveClean\"[^>]*checked");
        assertThat(created.get("legalMailFree").asBoolean()).isFalse();
        assertThat(form).doesNotContainPattern("<input[^>]*name=\"legalMailFree\"[^>]*checked");
    }

    /** The value of the form's input with this name. */
    private static String input(String html, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>").matcher(html);
        assertThat(input.find()).as("an input named " + name).isTrue();
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : "";
    }

    private static int number(String html, String name) {
        return Integer.parseInt(input(html, name));
    }

    private static Map<String, Object> facility(String code, String agency, long price) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("agency", agency);
        body.put("name", "Sample Detention Center " + code);
        body.put("kind", "COUNTY_JAIL");
        body.put("state", "TX");
        body.put("delivery", "TABLET");
        body.put("pricing", Map.of("currency", "USD", "unitPriceCents", price, "charsPerUnit", 1000));
        body.put("maxMessageChars", 4000);
        body.put("reviewTargetHours", 12);
        body.put("replyPolicy", "SENDER_PREPAID");
        body.put("kioskHours", List.of(Map.of("day", "MONDAY", "opens", "07:00", "closes", "21:30")));
        body.put("timeZone", "America/Chicago");
        return body;
    }
}
