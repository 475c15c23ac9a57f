package org.inkwell.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ImportRosterTest extends IntegrationTest {

    private static final String HEADER = "number,lastName,firstName,status,housingUnit,pin\n";

    @Test
    void goodRowsAreAppliedAndBadRowsAreListedWithTheirLineNumbers() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String admin = site.admin;
        String a = number("N"), b = number("N"), c = number("N");

        Api.Response response = api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv", HEADER
                + a + ",Okafor,Chidi,IN_CUSTODY,B-1,1234\n"
                + b + ",\"Núñez, Jr.\",José,in_custody,B-2,\n"
                + "bad number!,X,Y,IN_CUSTODY,B-3,\n"
                + c + ",Smith,,IN_CUSTODY,B-4,\n"
                + number("N") + ",Smith,Al,ON_VACATION,B-5,\n"
                + number("N") + ",Smith,Al,IN_CUSTODY,B-6,12\n"
                + number("N") + ",Too,Few\n"
                + a + ",Okafor,Chidi,IN_CUSTODY,B-1,\n");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("added").asInt()).isEqualTo(2);
        assertThat(result.get("updated").asInt()).isZero();
        assertThat(result.get("awaitingTransfer").asInt()).isZero();
        assertThat(result.get("released").asInt()).isZero();
        JsonNode rejected = result.get("rejected");
        assertThat(rejected.size()).isEqualTo(6);
        assertThat(rejected.get(0).get("line").asLong()).isEqualTo(4);
        assertThat(rejected.get(0).get("reason").asString()).contains("number");
        assertThat(rejected.get(1).get("line").asLong()).isEqualTo(5);
        assertThat(rejected.get(1).get("number").asString()).isEqualTo(c);
        assertThat(rejected.get(2).get("reason").asString()).contains("status");
        assertThat(rejected.get(3).get("reason").asString()).contains("pin");
        assertThat(rejected.get(4).get("reason").asString()).contains("columns");
        assertThat(rejected.get(5).get("line").asLong()).isEqualTo(9);
        assertThat(rejected.get(5).get("reason").asString()).contains("more than once");

        String family = api().login("family@example.org", "demo-family-pass");
        assertThat(api().as(family).get("/api/v1/facilities/" + site.code + "/inmates/" + b).json().get("name").asString())
                .isEqualTo("José Núñez, Jr.");
        assertThat(api().loginInmate(site.code, a, "1234")).as("the PIN from the file works at the kiosk").isNotBlank();
    }

    @Test
    void secondImportUpdatesNamesAndHousingAndReleases() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String admin = site.admin;
        String a = number("U"), b = number("U");
        api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv",
                a + ",Old,Name,IN_CUSTODY,A-1\n" + b + ",Leaving,Soon,IN_CUSTODY,A-2,5555\n");

        JsonNode result = api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv",
                a + ",New,Name,IN_CUSTODY,A-9\n" + b + ",Leaving,Soon,RELEASED,\n").json();

        assertThat(result.get("added").asInt()).isZero();
        assertThat(result.get("updated").asInt()).isEqualTo(1);
        assertThat(result.get("released").asInt()).isEqualTo(1);
        assertThat(result.get("rejected").size()).isZero();
        String family = api().login("family@example.org", "demo-family-pass");
        assertThat(api().as(family).get("/api/v1/facilities/" + site.code + "/inmates/" + a).json().get("name").asString())
                .isEqualTo("Name New");
        assertThat(api().post("/api/v1/auth/token", Map.of("facility", site.code, "inmateNumber", b, "pin", "5555"))
                .status()).as("a released person cannot log in at the kiosk").isEqualTo(401);
    }

    @Test
    void bookingAtAnotherFacilityOfTheAgencyIsATransferOnceTheHoldingFacilityConfirms() {
        TestFacility holding = TestFacility.create(api(), Map.of());
        TestFacility booking = TestFacility.create(api(), Map.of());
        String north = holding.admin;
        String county = booking.admin;
        String person = number("T");
        api().as(north).send("POST", "/api/v1/staff/roster", "text/csv", person + ",Moved,Mo,IN_CUSTODY,A-1,2580\n");

        JsonNode result = api().as(county).send("POST", "/api/v1/staff/roster", "text/csv",
                person + ",Moved,Mo,IN_CUSTODY,POD-1\n").json();
        assertThat(result.get("awaitingTransfer").asInt()).isEqualTo(1);
        String request = java.util.stream.StreamSupport.stream(
                        api().as(north).get("/api/v1/staff/transfer-requests").json().spliterator(), false)
                .filter(r -> r.get("number").asString().equals(person)).findFirst().orElseThrow().get("id").asString();
        assertThat(api().as(north).post("/api/v1/staff/transfer-requests/" + request + "/decision",
                Map.of("decision", "CONFIRM")).status()).isEqualTo(200);

        String family = api().login("family@example.org", "demo-family-pass");
        assertThat(api().as(family).get("/api/v1/facilities/" + holding.code + "/inmates/" + person).status()).isEqualTo(404);
        assertThat(api().as(family).get("/api/v1/facilities/" + booking.code + "/inmates/" + person).status()).isEqualTo(200);
        assertThat(api().loginInmate(booking.code, person, "2580")).as("the PIN follows the person").isNotBlank();
    }

    @Test
    void onlyTheHoldingFacilityMayReleaseSomeone() {
        TestFacility holding = TestFacility.create(api(), Map.of());
        String held = number("H");
        api().as(holding.admin).send("POST", "/api/v1/staff/roster", "text/csv", held + ",Doe,Jane,IN_CUSTODY,A-1\n");
        String county = TestFacility.create(api(), Map.of()).admin;

        JsonNode result = api().as(county).send("POST", "/api/v1/staff/roster", "text/csv",
                held + ",Doe,Jane,RELEASED,\n" + number("Z") + ",Never,Booked,RELEASED,\n").json();

        assertThat(result.get("released").asInt()).isZero();
        assertThat(result.get("rejected").get(0).get("reason").asString()).contains(holding.code);
        assertThat(result.get("rejected").get(1).get("reason").asString()).contains("no one");
        String family = api().login("family@example.org", "demo-family-pass");
        assertThat(api().as(family).get("/api/v1/facilities/" + holding.code + "/inmates/" + held).status()).isEqualTo(200);
    }

    @Test
    void malformedFileChangesNothing() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String admin = site.admin;
        String person = number("M");

        Api.Response unterminatedQuote = api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv",
                person + ",Fine,Row,IN_CUSTODY,A-1\n" + number("M") + ",\"Broken,Row,IN_CUSTODY,A-2\n");
        Api.Response wrongHeader = api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv",
                "number,surname,status\n" + person + ",Fine,IN_CUSTODY\n");
        Api.Response empty = api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv", "\n\n");

        assertThat(unterminatedQuote.status()).isEqualTo(400);
        assertThat(unterminatedQuote.contentType()).startsWith("application/problem+json");
        assertThat(wrongHeader.status()).isEqualTo(400);
        assertThat(empty.status()).isEqualTo(400);
        String family = api().login("family@example.org", "demo-family-pass");
        assertThat(api().as(family).get("/api/v1/facilities/" + site.code + "/inmates/" + person).status()).isEqualTo(404);
    }

    @Test
    void onlyFacilityAdminsImportRosters() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String reviewer = site.login(site.newReviewer());
        assertThat(api().as(reviewer).send("POST", "/api/v1/staff/roster", "text/csv", "X1,A,B,IN_CUSTODY,C\n").status())
                .isEqualTo(403);
        assertThat(api().send("POST", "/api/v1/staff/roster", "text/csv", "X1,A,B,IN_CUSTODY,C\n").status())
                .isEqualTo(401);
    }

    @Test
    void importIsAudited() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String admin = site.admin;
        api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv", number("AU") + ",Audit,Al,IN_CUSTODY,A-1\n");

        JsonNode entries = api().as(admin).get("/api/v1/admin/audit?action=ROSTER_IMPORTED&limit=5").json();

        assertThat(entries.size()).isPositive();
        assertThat(entries.get(0).get("actorName").asString()).isEqualTo("FACILITY_ADMIN of " + site.code);
        assertThat(entries.get(0).get("target").asString()).isEqualTo(site.code);
        assertThat(entries.get(0).get("detail").asString()).contains("added=1");
    }

    private static String number(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000_000L);
    }
}
