package org.inkwell.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Retention over HTTP: each test's facility keeps messages 30 days, and the test moves the service's
 * clock past that (TestClock) instead of waiting. Tokens do not outlive the jump, so each side logs in
 * again after it.
 */
class RetentionErasesWhatIsDueTest extends IntegrationTest {

    private static final Duration PAST_RETENTION = Duration.ofDays(31);

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aFinishedMessagePastRetentionKeepsOnlyItsTombstone() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of("retentionDays", 30));
        Investigations.Correspondent family = agency.correspondent("Tombstone");
        String bystander = agency.facility.book("Bystander", "1357");
        String reviewer = agency.facility.newReviewer();
        String delivered = agency.send(family, "The tomatoes in the garden are ripe now");
        decide(agency.facility.login(reviewer), delivered, Map.of("decision", "APPROVE", "note", "garden talk, harmless"));
        String rejected = agency.send(family, "Tell him the parcel comes by the back gate");
        decide(agency.facility.login(reviewer), rejected, Map.of("decision", "REJECT",
                "reasonCode", "DRUGS_OR_CONTRABAND", "note", "parcel by the back gate"));
        String waiting = agency.send(family, "Still waiting for a reviewer");

        clock.advance(PAST_RETENTION);
        String familyToken = api().login(family.email(), Families.PASSWORD);
        String recent = agency.send(new Investigations.Correspondent(family.email(), familyToken, family.number(),
                family.pin(), family.contactId()), "A letter written after the jump");
        assertThat(api().as(familyToken).post("/api/v1/messages/" + recent + "/withdraw", null).status()).isEqualTo(200);
        String investigator = api().login(agency.investigatorName, Investigations.PASSWORD);
        String caseId = openCaseAbout(agency, investigator, bystander);
        Map<String, JsonNode> before = thread(familyToken, family.contactId());
        JsonNode walletBefore = api().as(familyToken).get("/api/v1/wallet").json();

        Api.Response run = runNow();

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("erased").asInt()).isGreaterThanOrEqualTo(2);
        Map<String, JsonNode> after = thread(familyToken, family.contactId());
        for (String erased : List.of(delivered, rejected)) {
            assertThat(after.get(erased).get("body").asString()).isEmpty();
            assertThat(withoutBody(after.get(erased))).isEqualTo(withoutBody(before.get(erased)));
        }
        assertThat(after.get(delivered).get("status").asString()).isEqualTo("DELIVERED");
        assertThat(after.get(delivered).get("costCents").asLong()).isEqualTo(10);
        assertThat(after.get(rejected).get("status").asString()).isEqualTo("REJECTED");
        assertThat(after.get(waiting)).isEqualTo(before.get(waiting));
        assertThat(after.get(waiting).get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(after.get(waiting).get("body").asString()).isEqualTo("Still waiting for a reviewer");
        assertThat(after.get(recent)).isEqualTo(before.get(recent));
        assertThat(api().as(familyToken).get("/api/v1/wallet").json()).isEqualTo(walletBefore);

        Api.Response opened = api().as(investigator)
                .get("/api/v1/investigations/messages/" + delivered + "?caseId=" + caseId);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().get("body").asString()).isEmpty();
        assertThat(opened.json().get("flags")).isEmpty();
        assertThat(opened.json().get("status").asString()).isEqualTo("DELIVERED");
        assertThat(opened.body()).doesNotContain("garden").doesNotContain("tomatoes");
        Api.Response openedRejected = api().as(investigator)
                .get("/api/v1/investigations/messages/" + rejected + "?caseId=" + caseId);
        assertThat(openedRejected.body()).doesNotContain("parcel").contains("DRUGS_OR_CONTRABAND");
        Api.Response search = api().as(investigator).get("/api/v1/investigations/search?caseId=" + caseId + "&q=tomatoes");
        assertThat(search.json().get("results")).isEmpty();
    }

    @Test
    void aReleasedPersonsMessagesAreDueRetentionDaysAfterTheRelease() {
        TestFacility facility = TestFacility.create(api(), Map.of("retentionDays", 30));
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        String number = facility.book("Released", "2468");
        String contact = facility.approvedContact(family, number);
        Scenario.buy(api(), family, 1000);
        String letter = Scenario.send(api(), family, contact, "Thinking of you on the way out").json().get("id").asString();
        release(facility, number);

        clock.advance(Duration.ofDays(20));
        String familyNow = api().login(email, Families.PASSWORD);
        assertThat(api().as(familyNow).post("/api/v1/messages/" + letter + "/withdraw", null).status()).isEqualTo(200);
        runNow();
        assertThat(body(familyNow, letter)).as("20 days after the release").isEqualTo("Thinking of you on the way out");

        clock.advance(Duration.ofDays(11));
        String familyLater = api().login(email, Families.PASSWORD);
        runNow();
        assertThat(body(familyLater, letter)).as("31 days after the release, 11 after the withdrawal").isEmpty();
    }

    @Test
    void draftsUntouchedForTheRetentionPeriodAreDeleted() {
        TestFacility facility = TestFacility.create(api(), Map.of("retentionDays", 30));
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        String old = facility.approvedContact(family, facility.book("Oldraft", "1122"));
        String fresh = facility.approvedContact(family, facility.book("Newdraft", "3344"));
        assertThat(api().as(family).put("/api/v1/drafts/" + old, Map.of("body", "Half a letter")).status()).isEqualTo(200);
        assertThat(api().as(family).put("/api/v1/drafts/" + fresh, Map.of("body", "Another half")).status()).isEqualTo(200);

        clock.advance(PAST_RETENTION);
        String familyNow = api().login(email, Families.PASSWORD);
        assertThat(api().as(familyNow).put("/api/v1/drafts/" + fresh, Map.of("body", "Another half, touched")).status())
                .isEqualTo(200);
        Api.Response run = runNow();

        assertThat(run.json().get("draftsDeleted").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api().as(familyNow).get("/api/v1/drafts/" + old).status()).isEqualTo(404);
        assertThat(api().as(familyNow).get("/api/v1/drafts/" + fresh).json().get("body").asString())
                .isEqualTo("Another half, touched");
    }

    @Test
    void aRunAnswersItsCountsKeepsThemAndIsAudited() {
        TestFacility facility = TestFacility.create(api(), Map.of("retentionDays", 30, "autoApproveClean", true));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = facility.approvedContact(family, facility.book("Counted", "5566"));
        Scenario.buy(api(), family, 1000);
        Scenario.send(api(), family, contact, "One letter to count");
        clock.advance(PAST_RETENTION);

        Api.Response run = runNow();

        assertThat(run.status()).isEqualTo(200);
        JsonNode counts = run.json();
        assertThat(counts.get("erased").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(counts.get("batches").asInt()).isBetween(1, counts.get("erased").asInt());
        assertThat(counts.get("skippedHeld").isInt()).isTrue();
        assertThat(counts.get("trigger").asString()).isEqualTo("ADMIN");
        assertThat(counts.get("startedAt").isNull()).isFalse();
        assertThat(counts.get("finishedAt").isNull()).isFalse();
        String platform = Investigations.platformAdmin(api());
        JsonNode listed = find(api().as(platform).get("/api/v1/admin/retention/runs").json(), counts.get("id").asString());
        assertThat(listed).isEqualTo(counts);
        JsonNode audited = find(api().as(platform).get("/api/v1/admin/audit?action=RETENTION_RUN").json(),
                counts.get("id").asString(), "target");
        assertThat(audited.get("actorName").asString()).isEqualTo("Pat Platform");
        assertThat(audited.get("detail").asString()).contains("erased=" + counts.get("erased").asInt())
                .contains("batches=" + counts.get("batches").asInt())
                .contains("skippedHeld=" + counts.get("skippedHeld").asInt());
    }

    /**
     * Rows are copied in SQL (one real message, 1,200 copies finished 31 days ago) so that a run meets more
     * than a batch without sending a thousand messages; every erased row of a batch shares its erased_at.
     */
    @Test
    void moreThanABatchIsErasedInBatchesOfAtMostAThousand() {
        TestFacility facility = TestFacility.create(api(), Map.of("retentionDays", 30, "autoApproveClean", true));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = facility.approvedContact(family, facility.book("Batched", "7788"));
        Scenario.buy(api(), family, 1000);
        String original = Scenario.send(api(), family, contact, "The letter the copies are made of").json().get("id").asString();
        jdbc.sql("""
                INSERT INTO message (id, contact_id, direction, account_id, inmate_id, facility_id, agency_id, body,
                                     characters, units, cost_cents, currency, charge_reference, status, risk_score,
                                     screening_flags, screening_version, submitted_at, decided_at, delivered_at)
                SELECT gen_random_uuid(), contact_id, direction, account_id, inmate_id, facility_id, agency_id, body,
                       characters, units, 0, currency, NULL, 'DELIVERED', risk_score, screening_flags, screening_version,
                       now() - interval '32 days', now() - interval '31 days', now() - interval '31 days'
                FROM message, generate_series(1, 1200)
                WHERE id = :original
                """).param("original", UUID.fromString(original)).update();

        Api.Response run = runNow();

        assertThat(run.json().get("erased").asInt()).isGreaterThanOrEqualTo(1200);
        assertThat(run.json().get("batches").asInt()).isGreaterThanOrEqualTo(2);
        List<Integer> perBatch = jdbc.sql("""
                SELECT count(*) FROM message WHERE contact_id = :contact AND erased_at IS NOT NULL GROUP BY erased_at
                """).param("contact", UUID.fromString(contact)).query(Integer.class).list();
        assertThat(perBatch.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1200);
        assertThat(perBatch).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(1000));
        assertThat(body(family, original)).as("finished today").isEqualTo("The letter the copies are made of");
    }

    private Api.Response runNow() {
        Api.Response run = api().as(Investigations.platformAdmin(api())).post("/api/v1/admin/retention/run", null);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run;
    }

    private void decide(String reviewerToken, String messageId, Map<String, Object> decision) {
        Scenario.claimUntil(api(), reviewerToken, messageId);
        Api.Response decided = api().as(reviewerToken).post("/api/v1/staff/review/" + messageId + "/decision", decision);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    private String openCaseAbout(Investigations agency, String investigator, String number) {
        Api.Response opened = agency.open(investigator, List.of(Investigations.person(agency.facility.code, number)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        Api.Response approved = api().as(agency.facility.login(agency.facility.adminName))
                .post("/api/v1/staff/investigation-cases/" + id + "/decision",
                        Map.of("decision", "APPROVE", "reason", "checked against the warrant"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }

    private void release(TestFacility facility, String number) {
        Api.Response released = api().as(facility.admin).send("POST", "/api/v1/staff/roster", "text/csv",
                number + ",Released,Pat,RELEASED,U-1\n");
        assertThat(released.status()).as(released.body()).isEqualTo(200);
    }

    private Map<String, JsonNode> thread(String familyToken, String contactId) {
        Map<String, JsonNode> byId = new HashMap<>();
        api().as(familyToken).get("/api/v1/messages?contactId=" + contactId).json()
                .forEach(m -> byId.put(m.get("id").asString(), m));
        return byId;
    }

    private String body(String familyToken, String messageId) {
        return api().as(familyToken).get("/api/v1/messages/" + messageId).json().get("body").asString();
    }

    private static JsonNode withoutBody(JsonNode message) {
        ObjectNode copy = ((ObjectNode) message).deepCopy();
        copy.remove("body");
        return copy;
    }

    private static JsonNode find(JsonNode list, String id) {
        return find(list, id, "id");
    }

    private static JsonNode find(JsonNode list, String id, String field) {
        return StreamSupport.stream(list.spliterator(), false).filter(n -> id.equals(n.get(field).asString()))
                .findFirst().orElseThrow(() -> new AssertionError(id + " not in " + list));
    }
}
