package org.inkwell.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A reviewer gives a held message back undecided; it waits at its place for any reviewer of the facility. */
class GiveBackAClaimedMessageTest extends IntegrationTest {

    @Test
    void aGivenBackMessageIsClaimableByAnotherReviewerAtItsPlace() {
        Site site = new Site();
        String risky = site.send("Bring the heroin on Sunday.");
        String calm = site.send("The garden is full of tomatoes.");
        String alice = site.reviewer();
        String bob = site.reviewer();

        assertThat(claim(alice).get("id").asString()).isEqualTo(risky);
        Api.Response released = release(alice, risky);

        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().get("id").asString()).isEqualTo(risky);
        JsonNode stats = api().as(bob).get("/api/v1/staff/review/stats").json();
        assertThat(stats.get("queued").asLong()).isEqualTo(2);
        assertThat(stats.get("claimed").asLong()).isZero();
        assertThat(claim(bob).get("id").asString()).as("back at its place: still first").isEqualTo(risky);
        assertThat(Scenario.decide(api(), alice, risky, "APPROVE", null).status())
                .as("the one who gave it back no longer decides it").isEqualTo(409);
        assertThat(Scenario.decide(api(), bob, risky, "REJECT", "DRUGS_OR_CONTRABAND").status()).isEqualTo(200);
        assertThat(claim(alice).get("id").asString()).isEqualTo(calm);
    }

    @Test
    void onlyTheHolderGivesBackAndOnlyWhatIsStillUndecided() {
        Site site = new Site();
        String id = site.send("Hold me");
        String holder = site.reviewer();
        String other = site.reviewer();

        Api.Response unclaimed = release(holder, id);
        assertThat(unclaimed.status()).isEqualTo(409);
        assertThat(unclaimed.contentType()).startsWith("application/problem+json");
        assertThat(unclaimed.json().get("code").asString()).isEqualTo("review.not-held");

        claim(holder);
        assertThat(release(other, id).status()).as("held by someone else").isEqualTo(409);
        assertThat(Scenario.decide(api(), holder, id, "APPROVE", null).status()).isEqualTo(200);
        assertThat(release(holder, id).status()).as("already decided").isEqualTo(409);
    }

    @Test
    void anotherFacilitysMessageIsNotFound() {
        Site site = new Site();
        String id = site.send("Ours alone");
        String holder = site.reviewer();
        claim(holder);
        String elsewhere = new Site().reviewer();

        Api.Response refused = release(elsewhere, id);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("code").asString()).isEqualTo("review.not-found");
        assertThat(release(holder, "00000000-0000-0000-0000-00000000abcd").status()).isEqualTo(404);
        assertThat(release(holder, "not-a-message-id").status()).isEqualTo(400);
        assertThat(release(holder, id).status()).as("the holder still holds it").isEqualTo(200);
    }

    @Test
    void givingBackIsAuditedAndThePageSaysWhereTheMessageWent() {
        Site site = new Site();
        String id = site.send("Give me back from the page");
        String reviewer = site.reviewer();
        claim(reviewer);

        Api.Response given = PageForm.open(api(), "/staff/review/messages/" + id, reviewer)
                .post("/staff/review/messages/" + id + "/release", Map.of());

        assertThat(given.status()).isEqualTo(302);
        assertThat(given.header("Location").orElse("")).endsWith("/staff/review?released");
        assertThat(page(reviewer, "/staff/review?released").body())
                .contains("You gave the message back undecided. It waits at its place in the queue for any reviewer.");
        JsonNode released = api().as(site.facility.admin).get("/api/v1/admin/audit?action=MESSAGE_RELEASED&limit=50").json();
        assertThat(released.findValues("target").stream().map(JsonNode::asString)).contains(id);

        Api.Response again = PageForm.open(api(), "/staff/review", reviewer)
                .post("/staff/review/messages/" + id + "/release", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("You no longer hold this message");
    }

    private JsonNode claim(String reviewer) {
        Api.Response claim = api().as(reviewer).post("/api/v1/staff/review/claim", null);
        assertThat(claim.status()).as(claim.body()).isEqualTo(200);
        return claim.json();
    }

    private Api.Response release(String reviewer, String id) {
        return api().as(reviewer).post("/api/v1/staff/review/" + id + "/release", null);
    }

    private Api.Response page(String session, String path) {
        return api().with("Cookie", "inkwell_session=" + session).get(path);
    }

    /** A facility of the test's own, with a funded family writing to one person inside. */
    private final class Site {
        final TestFacility facility = TestFacility.create(api(), Map.of());
        final String family = Families.verifiedFamily(api(), Families.newEmail());
        final String contact = facility.approvedContact(family, facility.book("Giveback", "1212"));

        Site() {
            Scenario.buy(api(), family, 5000);
        }

        String reviewer() {
            return facility.login(facility.newReviewer());
        }

        String send(String body) {
            Api.Response sent = Scenario.send(api(), family, contact, body);
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            return sent.json().get("id").asString();
        }
    }
}
