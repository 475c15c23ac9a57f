package org.inkwell.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FindPersonInCustodyTest extends IntegrationTest {

    @Test
    void familyFindsAPersonByFacilityAndNumber() {
        String family = api().login("family@example.org", "demo-family-pass");

        Api.Response response = api().as(family).get("/api/v1/facilities/DEMO-NORTH/inmates/A1001");

        assertThat(response.status()).isEqualTo(200);
        JsonNode person = response.json();
        assertThat(person.get("facility").asString()).isEqualTo("DEMO-NORTH");
        assertThat(person.get("number").asString()).isEqualTo("A1001");
        assertThat(person.get("name").asString()).isEqualTo("Jane Doe");
        assertThat(person.has("pin")).isFalse();
        assertThat(person.has("housingUnit")).as("housing is not for the public").isFalse();
    }

    @Test
    void unknownNumberOrWrongFacilityIsNotFound() {
        String family = api().login("family@example.org", "demo-family-pass");

        assertThat(api().as(family).get("/api/v1/facilities/DEMO-NORTH/inmates/Z0000").status()).isEqualTo(404);
        assertThat(api().as(family).get("/api/v1/facilities/DEMO-COUNTY/inmates/A1001").status()).isEqualTo(404);
        assertThat(api().as(family).get("/api/v1/facilities/NOWHERE/inmates/A1001").status()).isEqualTo(404);
    }

    @Test
    void releasedPersonIsNotFound() {
        String number = "R" + (System.nanoTime() % 100_000_000);
        String admin = api().login("admin.north", "demo-admin-pass");
        String family = api().login("family@example.org", "demo-family-pass");
        api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv", number + ",Gone,Ray,IN_CUSTODY,D-1\n");
        assertThat(api().as(family).get("/api/v1/facilities/DEMO-NORTH/inmates/" + number).status()).isEqualTo(200);

        api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv", number + ",Gone,Ray,RELEASED,\n");

        assertThat(api().as(family).get("/api/v1/facilities/DEMO-NORTH/inmates/" + number).status()).isEqualTo(404);
    }

    @Test
    void lookupNeedsAFamilyLogin() {
        assertThat(api().get("/api/v1/facilities/DEMO-NORTH/inmates/A1001").status()).isEqualTo(401);
        String inmate = api().loginInmate("DEMO-NORTH", "A1002", "1357");
        assertThat(api().as(inmate).get("/api/v1/facilities/DEMO-NORTH/inmates/A1001").status()).isEqualTo(403);
    }
}
