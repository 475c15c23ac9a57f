package org.inkwell.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A facility's roster row for someone held at another facility of the agency only asks for them: nothing
 * of the person changes until the holding facility (or a platform admin) confirms.
 */
class TransferInNeedsTheHoldingFacilitysConfirmationTest extends IntegrationTest {

    @Test
    void aRowForAnotherFacilitysPersonDoesNotRenameRePinOrMoveThem() {
        TestFacility holding = TestFacility.create(api(), Map.of());
        TestFacility requesting = TestFacility.create(api(), Map.of());
        String number = holding.book("Held", "1234");

        Api.Response upload = roster(requesting, number + ",Taken,Tom,IN_CUSTODY,B-7,9999\n");

        assertThat(upload.status()).as(upload.body()).isEqualTo(200);
        assertThat(lookup(requesting.code, number).status()).as("not moved").isEqualTo(404);
        assertThat(nameAt(holding.code, number)).as("not renamed").isEqualTo("Pat Held");
        assertThat(kioskLogin(requesting.code, number, "9999")).as("the PIN of the row is not applied").isEqualTo(401);
        assertThat(kioskLogin(holding.code, number, "9999")).isEqualTo(401);
        assertThat(kioskLogin(holding.code, number, "1234")).as("the old PIN still works").isEqualTo(200);
        JsonNode result = upload.json();
        assertThat(result.get("rejected").size()).isEqualTo(1);
        assertThat(result.get("rejected").get(0).get("number").asString()).isEqualTo(number);
        assertThat(result.get("rejected").get(0).get("reason").asString())
                .contains("held at " + holding.code).contains("transfer request");
        assertThat(result.get("added").asInt()).isZero();
        assertThat(result.get("updated").asInt()).isZero();
        assertThat(result.get("awaitingTransfer").asInt()).isEqualTo(1);
        assertThat(api().as(requesting.admin).get("/api/v1/staff/contacts?inmateNumber=" + number).status()).isEqualTo(404);
        assertThat(release(requesting, number).get("released").asInt()).isZero();
        assertThat(nameAt(holding.code, number)).isEqualTo("Pat Held");
    }

    @Test
    void theHoldingFacilitySeesTheRequestAndConfirmsThenThePersonMoves() {
        TestFacility holding = TestFacility.create(api(), Map.of());
        TestFacility requesting = TestFacility.create(api(), Map.of());
        String number = holding.book("Held", "1234");
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = holding.approvedContact(family, number);
        roster(requesting, number + ",Taken,Tom,IN_CUSTODY,B-7,9999\n");

        JsonNode request = pendingFor(holding.admin, number);
        assertThat(request.get("fromFacility").asString()).isEqualTo(holding.code);
        assertThat(request.get("toFacility").asString()).isEqualTo(requesting.code);
        assertThat(request.get("name").asString()).isEqualTo("Pat Held");
        assertThat(request.get("nameInFile").asString()).isEqualTo("Tom Taken");
        assertThat(request.get("newPin").asBoolean()).isTrue();
        assertThat(request.toString()).doesNotContain("9999").doesNotContain("pinHash");
        String id = request.get("id").asString();
        assertThat(decide(requesting.admin, id, "CONFIRM").status())
                .as("the requesting facility cannot confirm its own request").isEqualTo(404);
        assertThat(nameAt(holding.code, number)).isEqualTo("Pat Held");

        Api.Response confirmed = decide(holding.admin, id, "CONFIRM");

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(lookup(holding.code, number).status()).isEqualTo(404);
        assertThat(nameAt(requesting.code, number)).as("a transfer does not rename").isEqualTo("Pat Held");
        assertThat(kioskLogin(requesting.code, number, "9999")).as("the PIN of the row applies now").isEqualTo(200);
        assertThat(kioskLogin(requesting.code, number, "1234")).isEqualTo(401);
        await().atMost(Duration.ofSeconds(20)).until(() -> api().as(family).get("/api/v1/contacts/" + contact).json()
                .get("inmate").get("facility").asString().equals(requesting.code));
        assertThat(api().as(requesting.admin).get("/api/v1/staff/contacts?inmateNumber=" + number).status()).isEqualTo(200);
        assertThat(api().as(holding.admin).get("/api/v1/staff/contacts?inmateNumber=" + number).status()).isEqualTo(404);
        assertThat(decide(holding.admin, id, "DECLINE").status()).as("decided once").isEqualTo(409);
        assertThat(roster(requesting, number + ",Taken,Tom,IN_CUSTODY,B-7\n").json().get("updated").asInt())
                .as("once theirs, the facility's own roster updates the person").isEqualTo(1);
        assertThat(nameAt(requesting.code, number)).isEqualTo("Tom Taken");
        JsonNode audit = api().as(holding.admin).get("/api/v1/admin/audit?action=TRANSFER_CONFIRMED&limit=20").json();
        assertThat(audit.toString()).contains(number).contains(id);
    }

    @Test
    void withoutAPinInTheRowThePersonKeepsTheirs() {
        TestFacility holding = TestFacility.create(api(), Map.of());
        TestFacility requesting = TestFacility.create(api(), Map.of());
        String number = holding.book("Held", "1234");
        roster(requesting, number + ",Held,Pat,IN_CUSTODY,B-1\n");

        decide(holding.admin, pendingFor(holding.admin, number).get("id").asString(), "CONFIRM");

        assertThat(kioskLogin(requesting.code, number, "1234")).isEqualTo(200);
    }

    @Test
    void aDeclinedRequestLeavesThePersonWhereTheyAre() {
        TestFacility holding = TestFacility.create(api(), Map.of());
        TestFacility requesting = TestFacility.create(api(), Map.of());
        String number = holding.book("Held", "1234");
        roster(requesting, number + ",Taken,Tom,IN_CUSTODY,B-7,9999\n");
        String id = pendingFor(holding.admin, number).get("id").asString();

        Api.Response declined = decide(holding.admin, id, "DECLINE");

        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(decide(holding.admin, id, "CONFIRM").status()).isEqualTo(409);
        assertThat(nameAt(holding.code, number)).isEqualTo("Pat Held");
        assertThat(kioskLogin(holding.code, number, "1234")).isEqualTo(200);
        assertThat(kioskLogin(requesting.code, number, "9999")).isEqualTo(401);
        assertThat(api().as(holding.admin).get("/api/v1/staff/transfer-requests").body()).doesNotContain(id);
        assertThat(api().as(holding.admin).get("/api/v1/admin/audit?action=TRANSFER_DECLINED&limit=20").body()).contains(id);
    }

    @Test
    void aPlatformAdminMayConfirm() {
        TestFacility holding = TestFacility.create(api(), Map.of());
        TestFacility requesting = TestFacility.create(api(), Map.of());
        String number = holding.book("Held", "1234");
        roster(requesting, number + ",Held,Pat,IN_CUSTODY,B-1\n");
        String platform = api().login("platform.admin", "demo-platform-pass");

        Api.Response confirmed = decide(platform, pendingFor(platform, number).get("id").asString(), "CONFIRM");

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(lookup(requesting.code, number).status()).isEqualTo(200);
    }

    @Test
    void oneOpenRequestPerPersonAndReleaseWithdrawsIt() {
        TestFacility holding = TestFacility.create(api(), Map.of());
        TestFacility requesting = TestFacility.create(api(), Map.of());
        TestFacility third = TestFacility.create(api(), Map.of());
        String number = holding.book("Held", "1234");
        roster(requesting, number + ",Held,Pat,IN_CUSTODY,B-1\n");

        String again = roster(requesting, number + ",Held,Pat,IN_CUSTODY,B-1\n").json().get("rejected").get(0)
                .get("reason").asString();
        String other = roster(third, number + ",Held,Pat,IN_CUSTODY,C-1\n").json().get("rejected").get(0)
                .get("reason").asString();

        assertThat(again).contains("your transfer request awaits");
        assertThat(other).contains("another facility");
        String id = pendingFor(holding.admin, number).get("id").asString();
        assertThat(pendingFor(requesting.admin, number).get("id").asString()).as("the requester sees it too").isEqualTo(id);
        assertThat(release(holding, number).get("released").asInt()).isEqualTo(1);
        assertThat(api().as(holding.admin).get("/api/v1/staff/transfer-requests").body()).doesNotContain(id);
        assertThat(decide(holding.admin, id, "CONFIRM").status()).isEqualTo(409);
    }

    @Test
    void parallelDecisionsAndAReleaseMeetOneAtATime() throws Exception {
        TestFacility holding = TestFacility.create(api(), Map.of());
        TestFacility requesting = TestFacility.create(api(), Map.of());
        String number = holding.book("Held", "1234");
        roster(requesting, number + ",Held,Pat,IN_CUSTODY,B-1\n");
        String id = pendingFor(holding.admin, number).get("id").asString();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String decision = i % 2 == 0 ? "CONFIRM" : "DECLINE";
            calls.add(() -> decide(holding.admin, id, decision).status());
        }
        calls.add(() -> roster(holding, number + ",Held,Pat,RELEASED,\n").status());

        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        List<Integer> decisions = statuses.subList(0, 8);
        assertThat(statuses).allMatch(status -> status < 500);
        assertThat(decisions.stream().filter(status -> status == 200).count()).isLessThanOrEqualTo(1);
        assertThat(decisions).allMatch(status -> status == 200 || status == 409);
        boolean heldThere = lookup(requesting.code, number).status() == 200;
        boolean stillHere = lookup(holding.code, number).status() == 200;
        assertThat(heldThere && stillHere).as("held at one facility at most").isFalse();
    }

    @Test
    void badDecisionsAreRefused() {
        TestFacility holding = TestFacility.create(api(), Map.of());
        Api.Response unknown = decide(holding.admin, "00000000-0000-0000-0000-00000000abcd", "CONFIRM");
        Api.Response noDecision = api().as(holding.admin).post("/api/v1/staff/transfer-requests/"
                + "00000000-0000-0000-0000-00000000abcd/decision", Map.of("reason", "x"));
        Api.Response notAnId = api().as(holding.admin).post("/api/v1/staff/transfer-requests/nope/decision",
                Map.of("decision", "CONFIRM"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(notAnId.status()).isEqualTo(400);
    }

    @Test
    void theRosterPageListsTheRequestAndTheHoldingAdminConfirmsThere() {
        TestFacility holding = TestFacility.create(api(), Map.of());
        TestFacility requesting = TestFacility.create(api(), Map.of());
        String number = holding.book("Held", "1234");
        roster(requesting, number + ",Taken,Tom,IN_CUSTODY,B-7,9999\n");
        String id = pendingFor(holding.admin, number).get("id").asString();
        String page = api().with("Cookie", "inkwell_session=" + holding.admin).get("/staff/roster").body();
        String theirs = api().with("Cookie", "inkwell_session=" + requesting.admin).get("/staff/roster").body();
        Api.Response byRequester = PageForm.open(api(), "/staff/roster", requesting.admin)
                .post("/staff/roster/transfers/" + id, Map.of("decision", "CONFIRM"));
        Api.Response noDecision = PageForm.open(api(), "/staff/roster", holding.admin)
                .post("/staff/roster/transfers/" + id, Map.of());
        Api.Response confirmed = PageForm.open(api(), "/staff/roster", holding.admin)
                .post("/staff/roster/transfers/" + id, Map.of("decision", "CONFIRM"));

        assertThat(page).contains("Pat Held (" + number + "): to " + requesting.code).contains("Tom Taken")
                .contains("The name differs").contains("/staff/roster/transfers/" + id);
        assertThat(theirs).doesNotContain("/staff/roster/transfers/" + id).contains("Transfers you asked for")
                .contains("held at " + holding.code);
        assertThat(byRequester.status()).isEqualTo(404);
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(302);
        assertThat(confirmed.header("Location").orElse("")).endsWith("/staff/roster?decided");
        assertThat(nameAt(requesting.code, number)).isEqualTo("Pat Held");
    }

    @Test
    void theRosterPageShowsWhyTheRowWasNotImported() {
        TestFacility holding = TestFacility.create(api(), Map.of());
        TestFacility requesting = TestFacility.create(api(), Map.of());
        String number = holding.book("Held", "1234");
        Api.Response shown = PageForm.open(api(), "/staff/roster", requesting.admin).postFile("/staff/roster", "file",
                "roster.csv", "text/csv",
                number + ",Taken,Tom,IN_CUSTODY,B-7,9999\n");

        assertThat(shown.status()).isEqualTo(302);
        java.net.URI result = java.net.URI.create(shown.header("Location").orElseThrow());
        shown = api().with("Cookie", "inkwell_session=" + requesting.admin).get(result.getRawPath() + "?" + result.getRawQuery());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Rows not imported: 1").contains(number).contains("held at " + holding.code)
                .contains("Waiting for the holding facility to confirm a transfer: 1");
        assertThat(nameAt(holding.code, number)).isEqualTo("Pat Held");
    }

    private Api.Response roster(TestFacility site, String csv) {
        return api().as(site.admin).send("POST", "/api/v1/staff/roster", "text/csv", csv);
    }

    private JsonNode release(TestFacility site, String number) {
        return roster(site, number + ",Held,Pat,RELEASED,\n").json();
    }

    private Api.Response decide(String token, String id, String decision) {
        return api().as(token).post("/api/v1/staff/transfer-requests/" + id + "/decision", Map.of("decision", decision));
    }

    private JsonNode pendingFor(String token, String number) {
        JsonNode list = api().as(token).get("/api/v1/staff/transfer-requests").json();
        return StreamSupport.stream(list.spliterator(), false)
                .filter(r -> r.get("number").asString().equals(number))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open request for " + number + " in " + list));
    }

    private Api.Response lookup(String facility, String number) {
        return api().as(api().login("family@example.org", "demo-family-pass"))
                .get("/api/v1/facilities/" + facility + "/inmates/" + number);
    }

    private String nameAt(String facility, String number) {
        Api.Response found = lookup(facility, number);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json().get("name").asString();
    }

    private int kioskLogin(String facility, String number, String pin) {
        return api().post("/api/v1/auth/token", Map.of("facility", facility, "inmateNumber", number, "pin", pin)).status();
    }
}
