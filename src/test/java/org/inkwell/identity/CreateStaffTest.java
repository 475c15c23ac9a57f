package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CreateStaffTest extends IntegrationTest {

    private static final String PASSWORD = "a long staff passphrase";

    @Test
    void platformAdminCreatesStaffForAnyFacilityAndTheyCanLogIn() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        String username = unique("rev");

        Api.Response created = api().as(admin).post("/api/v1/admin/staff", Map.of("username", username,
                "password", PASSWORD, "fullName", "Robin Review", "role", "REVIEWER", "facility", "DEMO-COUNTY"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("id").asString()).isNotBlank();
        assertThat(body.get("username").asString()).isEqualTo(username);
        assertThat(body.get("fullName").asString()).isEqualTo("Robin Review");
        assertThat(body.get("role").asString()).isEqualTo("REVIEWER");
        assertThat(body.get("facility").asString()).isEqualTo("DEMO-COUNTY");
        assertThat(body.has("password")).isFalse();
        Api.Response login = api().post("/api/v1/auth/token", Map.of("username", username, "password", PASSWORD));
        assertThat(login.json().get("role").asString()).isEqualTo("REVIEWER");
    }

    @Test
    void facilityAdminCreatesStaffForTheirOwnFacility() {
        String admin = api().login("admin.north", "demo-admin-pass");
        String username = unique("north.rev");

        Api.Response created = api().as(admin).post("/api/v1/admin/staff", Map.of("username", username,
                "password", PASSWORD, "fullName", "Noor North", "role", "REVIEWER", "facility", "DEMO-NORTH"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("facility").asString()).isEqualTo("DEMO-NORTH");
    }

    @Test
    void facilityAdminMayNotCreateStaffForAnotherFacility() {
        String admin = api().login("admin.north", "demo-admin-pass");
        String username = unique("sneaky");

        Api.Response refused = api().as(admin).post("/api/v1/admin/staff", Map.of("username", username,
                "password", PASSWORD, "fullName", "Sneaky", "role", "FACILITY_ADMIN", "facility", "DEMO-COUNTY"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api().post("/api/v1/auth/token", Map.of("username", username, "password", PASSWORD)).status())
                .as("nothing was created").isEqualTo(401);
    }

    @Test
    void facilityAdminMayNotCreateAgencyWideInvestigators() {
        String admin = api().login("admin.north", "demo-admin-pass");

        Api.Response refused = api().as(admin).post("/api/v1/admin/staff", Map.of("username", unique("inv"),
                "password", PASSWORD, "fullName", "Ivan", "role", "INVESTIGATOR", "facility", "DEMO-NORTH"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void takenUsernameIsAConflict() {
        String admin = api().login("platform.admin", "demo-platform-pass");

        Api.Response taken = api().as(admin).post("/api/v1/admin/staff", Map.of("username", "reviewer.north",
                "password", PASSWORD, "fullName", "Again", "role", "REVIEWER", "facility", "DEMO-NORTH"));

        assertThat(taken.status()).isEqualTo(409);
    }

    @Test
    void badRequestsNameTheField() {
        String admin = api().login("platform.admin", "demo-platform-pass");

        assertField(api().as(admin).post("/api/v1/admin/staff", Map.of("username", unique("weak"), "password", "short",
                "fullName", "W", "role", "REVIEWER", "facility", "DEMO-NORTH")), "password");
        assertField(api().as(admin).post("/api/v1/admin/staff", Map.of("username", unique("nofac"), "password", PASSWORD,
                "fullName", "N", "role", "REVIEWER", "facility", "NOWHERE")), "facility");
        assertField(api().as(admin).post("/api/v1/admin/staff", Map.of("username", unique("boss"), "password", PASSWORD,
                "fullName", "B", "role", "PLATFORM_ADMIN", "facility", "DEMO-NORTH")), "role");
        assertField(api().as(admin).post("/api/v1/admin/staff", Map.of("username", unique("x"), "password", PASSWORD,
                "fullName", "B", "role", "JANITOR", "facility", "DEMO-NORTH")), "role");
        assertField(api().as(admin).post("/api/v1/admin/staff", Map.of("username", "has@sign", "password", PASSWORD,
                "fullName", "B", "role", "REVIEWER", "facility", "DEMO-NORTH")), "username");
    }

    @Test
    void investigatorCreatedByPlatformAdminIsScopedToTheAgency() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        String username = unique("inv");

        Api.Response created = api().as(admin).post("/api/v1/admin/staff", Map.of("username", username,
                "password", PASSWORD, "fullName", "Ines Investigator", "role", "INVESTIGATOR", "facility", "DEMO-NORTH"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(api().post("/api/v1/auth/token", Map.of("username", username, "password", PASSWORD))
                .json().get("role").asString()).isEqualTo("INVESTIGATOR");
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void theNewStaffFormAsksForTheirFullNameAndNamesEveryWrongFieldAtOnce() {
        TestFacility site = TestFacility.create(api(), Map.of());
        PageForm form = PageForm.open(api(), "/staff/accounts", site.admin);

        Api.Response refused = form.post("/staff/accounts", Map.of("fullName", "", "username", "A", "password", "123456789012"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Their full name")
                .contains("href=\"#fullName\"", "href=\"#username\"", "href=\"#password\"", "href=\"#role\"")
                .contains("id=\"fullName-error\"", "id=\"username-error\"", "id=\"password-error\"", "id=\"role-error\"");
        Api.Response taken = form.post("/staff/accounts", Map.of("fullName", "Robin Again", "username", "admin.north",
                "password", PASSWORD, "role", "REVIEWER"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("This username is taken. Choose another.");
    }
}
