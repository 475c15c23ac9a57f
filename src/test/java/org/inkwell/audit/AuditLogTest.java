package org.inkwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class AuditLogTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void failedAndSuccessfulLoginsAndLockoutsAreRecordedWithTheSourceAddress() {
        String username = unique("ghost");
        String address = Api.randomAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            api().from(address).post("/api/v1/auth/token", Map.of("username", username, "password", "not the password"));
        }
        api().login("reviewer.county", "demo-reviewer-pass");
        String admin = api().login("platform.admin", "demo-platform-pass");

        JsonNode failures = api().as(admin).get("/api/v1/admin/audit?action=LOGIN&limit=200").json();
        JsonNode lockouts = api().as(admin).get("/api/v1/admin/audit?action=LOCKOUT&limit=50").json();

        assertThat(failures.findValues("actorName").stream().filter(n -> n.asString().equals(username)).count())
                .isEqualTo(5);
        JsonNode failure = failures.findParents("actorName").stream()
                .filter(e -> e.get("actorName").asString().equals(username)).findFirst().orElseThrow();
        assertThat(failure.get("outcome").asString()).isEqualTo("FAILURE");
        assertThat(failure.get("sourceIp").asString()).as("the client behind the trusted proxy").isEqualTo(address);
        assertThat(failures.findParents("actorName").stream().anyMatch(e -> e.get("actorName").asString()
                .equals("Casey County") && e.get("outcome").asString().equals("SUCCESS"))).isTrue();
        assertThat(lockouts.findValues("actorName").stream().anyMatch(n -> n.asString().equals(username))).isTrue();
    }

    @Test
    void staffCreationAndRefusalsAreRecorded() {
        String admin = api().login("admin.north", "demo-admin-pass");
        String created = unique("audited");
        api().as(admin).post("/api/v1/admin/staff", Map.of("username", created, "password", "audited staff passphrase",
                "fullName", "Aud Ited", "role", "REVIEWER", "facility", "DEMO-NORTH"));
        api().as(admin).post("/api/v1/admin/staff", Map.of("username", unique("refused"), "password",
                "audited staff passphrase", "fullName", "Re Fused", "role", "REVIEWER", "facility", "DEMO-COUNTY"));

        JsonNode entries = api().as(admin).get("/api/v1/admin/audit?action=STAFF_CREATED&limit=50").json();

        assertThat(entries.findParents("target").stream().anyMatch(e -> e.get("target").asString().equals(created)
                && e.get("outcome").asString().equals("SUCCESS") && e.get("actorName").asString().equals("Alex North")))
                .isTrue();
        String platform = api().login("platform.admin", "demo-platform-pass");
        JsonNode all = api().as(platform).get("/api/v1/admin/audit?action=STAFF_CREATED&limit=50").json();
        assertThat(all.findParents("outcome").stream().anyMatch(e -> e.get("outcome").asString().equals("DENIED")
                && e.get("target").asString().equals("REVIEWER@DEMO-COUNTY"))).isTrue();
    }

    @Test
    void facilityAdminsSeeOnlyTheirFacilitysEntries() {
        String platform = api().login("platform.admin", "demo-platform-pass");
        String agency = unique("AUD").toUpperCase();
        api().as(platform).post("/api/v1/admin/agencies", Map.of("code", agency, "name", "Elsewhere"));

        String admin = api().login("admin.north", "demo-admin-pass");
        JsonNode entries = api().as(admin).get("/api/v1/admin/audit?limit=1000").json();

        assertThat(entries.findValues("target").stream().map(JsonNode::asString)).doesNotContain(agency);
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() {
        api().login("reviewer.north", "demo-reviewer-pass");

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET outcome = 'FAILURE'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .hasMessageContaining("append-only");
    }
}
