package org.inkwell.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FacilityDirectoryTest extends IntegrationTest {

    @Test
    void anyoneCanSearchFacilitiesByNameCodeAgencyOrStateIgnoringCase() {
        assertThat(codes(api().get("/api/v1/facilities?q=north"))).contains("DEMO-NORTH").doesNotContain("DEMO-COUNTY");
        assertThat(codes(api().get("/api/v1/facilities?q=demo-county"))).containsExactly("DEMO-COUNTY");
        assertThat(codes(api().get("/api/v1/facilities?q=department%20of%20corrections")))
                .contains("DEMO-NORTH", "DEMO-COUNTY");
        assertThat(codes(api().get("/api/v1/facilities?q=JAIL"))).contains("DEMO-COUNTY");
        assertThat(codes(api().get("/api/v1/facilities"))).contains("DEMO-NORTH", "DEMO-COUNTY");
        assertThat(codes(api().get("/api/v1/facilities?q=no-such-place-anywhere"))).isEmpty();
    }

    @Test
    void searchTreatsWildcardsAsPlainText() {
        assertThat(codes(api().get("/api/v1/facilities?q=%25"))).isEmpty();
        assertThat(codes(api().get("/api/v1/facilities?q=_"))).isEmpty();
    }

    @Test
    void listShowsPricesAndReviewTargetsAsTheContractSays() {
        JsonNode north = find(api().get("/api/v1/facilities?q=DEMO-NORTH").json(), "DEMO-NORTH");

        assertThat(north.get("name").asString()).isEqualTo("North Correctional Facility");
        assertThat(north.get("agency").get("code").asString()).isEqualTo("DEMO");
        assertThat(north.get("agency").get("name").asString()).isEqualTo("Demo State Department of Corrections");
        assertThat(north.get("kind").asString()).isEqualTo("STATE_PRISON");
        assertThat(north.get("state").asString()).isNotBlank();
        assertThat(north.get("delivery").asString()).isEqualTo("KIOSK");
        assertThat(north.get("pricing").get("currency").asString()).isEqualTo("USD");
        assertThat(north.get("pricing").get("unitPriceCents").asLong()).isEqualTo(40);
        assertThat(north.get("pricing").get("charsPerUnit").asInt()).isEqualTo(2000);
        assertThat(north.get("reviewTargetHours").asInt()).isEqualTo(24);
    }

    @Test
    void detailAddsThePolicies() {
        Api.Response response = api().get("/api/v1/facilities/DEMO-COUNTY");

        assertThat(response.status()).isEqualTo(200);
        JsonNode county = response.json();
        assertThat(county.get("kind").asString()).isEqualTo("COUNTY_JAIL");
        assertThat(county.get("delivery").asString()).isEqualTo("PRINT");
        assertThat(county.get("pricing").get("unitPriceCents").asLong()).isEqualTo(25);
        assertThat(county.get("pricing").get("charsPerUnit").asInt()).isEqualTo(1500);
        assertThat(county.get("maxMessageChars").asInt()).isEqualTo(3000);
        assertThat(county.get("reviewTargetHours").asInt()).isEqualTo(12);
        assertThat(county.get("replyPolicy").asString()).isEqualTo("FREE");
        assertThat(county.get("kioskHours").isArray()).isTrue();
        assertThat(api().get("/api/v1/facilities/demo-north").json().get("maxMessageChars").asInt()).isEqualTo(6000);
    }

    @Test
    void unknownFacilityIsNotFound() {
        Api.Response response = api().get("/api/v1/facilities/NOWHERE-" + unique("x"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    private static List<String> codes(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json().forEach(f -> codes.add(f.get("code").asString()));
        return codes;
    }

    private static JsonNode find(JsonNode facilities, String code) {
        for (JsonNode f : facilities) {
            if (f.get("code").asString().equals(code)) {
                return f;
            }
        }
        throw new AssertionError(code + " not listed");
    }
}
