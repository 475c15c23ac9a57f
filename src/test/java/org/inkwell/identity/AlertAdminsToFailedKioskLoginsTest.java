package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Wrong PINs across many people of one facility stay under each person's lockout; its admins hear of it. */
class AlertAdminsToFailedKioskLoginsTest extends IntegrationTest {

    @Test
    void failuresForTenPeopleWithinFifteenMinutesAlertTheAdminsOnce() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String email = unique("security") + "@example.org";
        assertThat(api().as(site.admin).post("/api/v1/admin/staff", Map.of("username", unique("sec").toLowerCase(),
                "password", TestFacility.STAFF_PASSWORD, "fullName", "Security Admin", "role", "FACILITY_ADMIN",
                "facility", site.code, "email", email)).status()).isEqualTo(201);
        for (int person = 0; person < 12; person++) {
            String number = site.book("Tried" + person, "9999");
            assertThat(api().post("/api/v1/auth/token", Map.of("facility", site.code, "inmateNumber", number,
                    "pin", "1234")).status()).isEqualTo(401);
        }

        JsonNode alert = DevMailbox.latest(api(), email);

        assertThat(alert.get("subject").asString()).contains("Test Facility " + site.code);
        assertThat(alert.get("body").asString()).contains("10 different people");
        assertThat(api().get("/api/v1/dev/mail?to=" + email).json().size()).as("once per window").isEqualTo(1);
        JsonNode audit = api().as(site.admin).get("/api/v1/admin/audit?action=LOGIN_FAILURES_ALERT").json();
        assertThat(audit.findValues("target").stream().map(JsonNode::asString)).containsExactly(site.code);
    }

    @Test
    void aStaffEmailMustBeAnAddress() {
        TestFacility site = TestFacility.create(api(), Map.of());

        Api.Response refused = api().as(site.admin).post("/api/v1/admin/staff", Map.of("username",
                unique("sec").toLowerCase(), "password", TestFacility.STAFF_PASSWORD, "fullName", "Security Admin",
                "role", "FACILITY_ADMIN", "facility", site.code, "email", "not an address\n"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }
}
