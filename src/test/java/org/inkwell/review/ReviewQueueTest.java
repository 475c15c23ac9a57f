package org.inkwell.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each test gets a facility of its own, so its queue holds only what the test put there. */
class ReviewQueueTest extends IntegrationTest {

    @Test
    void theRiskiestMessageComesFirstThenTheOldest() {
        Facility site = newFacility();
        String calm = site.send("Hope the weather is kind to you this week.");
        String risky = site.send("Make sure you bring the shank and the heroin.");
        String calmToo = site.send("The dog misses you.");

        assertThat(site.claim(site.reviewers.get(0)).get("id").asString()).isEqualTo(risky);
        assertThat(site.claim(site.reviewers.get(1)).get("id").asString()).isEqualTo(calm);
        assertThat(site.claim(site.reviewers.get(2)).get("id").asString()).isEqualTo(calmToo);
        assertThat(api().as(site.reviewers.get(3)).post("/api/v1/staff/review/claim", null).status()).isEqualTo(204);
    }

    @Test
    void aReviewerHoldsOneMessageAtATimeAndALapsedClaimGoesBackToTheQueue() {
        Facility site = newFacility();
        String first = site.send("First letter");
        site.send("Second letter");
        String alice = site.reviewers.get(0);
        String bob = site.reviewers.get(1);

        assertThat(site.claim(alice).get("id").asString()).isEqualTo(first);
        assertThat(site.claim(alice).get("id").asString()).as("claiming again returns the one held").isEqualTo(first);

        clock.advance(Duration.ofMinutes(11));
        String bobAgain = site.freshToken(1);

        assertThat(site.claim(bobAgain).get("id").asString()).isEqualTo(first);
        assertThat(Scenario.decide(api(), site.freshToken(0), first, "APPROVE", null).status())
                .as("the lapsed holder may no longer decide").isEqualTo(409);
    }

    @Test
    void onlyTheHolderDecidesAndOnlyOnce() {
        Facility site = newFacility();
        String id = site.send("Decide me");
        String holder = site.reviewers.get(0);
        String other = site.reviewers.get(1);
        site.claim(holder);

        assertThat(Scenario.decide(api(), other, id, "APPROVE", null).status()).isEqualTo(409);
        assertThat(Scenario.decide(api(), holder, id, "REJECT", "NOT_A_REASON").status()).isEqualTo(400);
        assertThat(Scenario.decide(api(), holder, id, "APPROVE", null).status()).isEqualTo(200);
        assertThat(Scenario.decide(api(), holder, id, "REJECT", "OTHER").status()).isEqualTo(409);
        String elsewhere = api().login("reviewer.county", "demo-reviewer-pass");
        assertThat(Scenario.decide(api(), elsewhere, id, "APPROVE", null).status()).isEqualTo(404);
    }

    @Test
    void fourReviewersDrainingTogetherClaimEveryMessageExactlyOnce() throws Exception {
        Facility site = newFacility();
        Set<String> sent = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            sent.add(site.send("Letter number " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> decided = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> workers = new ArrayList<>();
        for (String reviewer : site.reviewers) {
            workers.add(pool.submit(() -> {
                while (true) {
                    Api.Response claim = api().as(reviewer).post("/api/v1/staff/review/claim", null);
                    if (claim.status() == 204) {
                        return null;
                    }
                    String id = claim.json().get("id").asString();
                    assertThat(Scenario.decide(api(), reviewer, id, "APPROVE", null).status()).isEqualTo(200);
                    decided.add(id);
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        assertThat(decided).hasSize(24).doesNotHaveDuplicates();
        assertThat(new HashSet<>(decided)).isEqualTo(sent);
    }

    @Test
    void overdueMessagesGoFirstAndTheStatsCountThem() {
        Facility site = newFacility();
        String old = site.send("Waiting a long time");
        clock.advance(Duration.ofHours(13));
        site.familyLogsInAgain();
        String risky = site.send("bring the heroin");
        String reviewer = site.freshToken(0);

        JsonNode stats = api().as(reviewer).get("/api/v1/staff/review/stats").json();
        assertThat(stats.get("queued").asLong()).isEqualTo(2);
        assertThat(stats.get("overdue").asLong()).isEqualTo(1);
        assertThat(stats.get("claimed").asLong()).isZero();
        assertThat(stats.get("oldestQueuedAt").asString()).isNotBlank();

        assertThat(site.claim(reviewer).get("id").asString()).as("overdue beats risk").isEqualTo(old);
        Scenario.decide(api(), reviewer, old, "APPROVE", null);
        assertThat(site.claim(reviewer).get("id").asString()).isEqualTo(risky);
        Scenario.decide(api(), reviewer, risky, "REJECT", "DRUGS_OR_CONTRABAND");

        JsonNode after = api().as(reviewer).get("/api/v1/staff/review/stats").json();
        assertThat(after.get("queued").asLong()).isZero();
        assertThat(after.get("decidedToday").asLong()).isBetween(1L, 2L);
        assertThat(after.get("medianSecondsToDecision24h").asLong()).isPositive();
        // Two decisions, 13 hours and a moment after submission: the interpolated 90th percentile is ~11.7 hours.
        assertThat(after.get("p90SecondsToDecision24h").asLong()).isBetween(11 * 3600L, 13 * 3600L)
                .isGreaterThan(after.get("medianSecondsToDecision24h").asLong());
    }

    @Test
    void claimsAndDecisionsAreAudited() {
        Facility site = newFacility();
        String id = site.send("Audited letter");
        site.claim(site.reviewers.get(0));
        Scenario.decide(api(), site.reviewers.get(0), id, "APPROVE", null);

        JsonNode viewed = api().as(site.admin).get("/api/v1/admin/audit?action=MESSAGE_VIEWED&limit=50").json();
        JsonNode decided = api().as(site.admin).get("/api/v1/admin/audit?action=MESSAGE_DECIDED&limit=50").json();

        assertThat(viewed.findValues("target").stream().map(JsonNode::asString)).contains(id);
        assertThat(decided.findValues("target").stream().map(JsonNode::asString)).contains(id);
    }

    @Test
    void aClaimReservesTheNextFewWhichStayQueuedWithdrawableAndUnread() {
        Facility site = newFacility();
        String risky = site.send("Bring the heroin on Sunday.");
        String second = site.send("The garden is full of tomatoes.");
        String third = site.send("The dog misses you.");
        String alice = site.reviewers.get(0);

        assertThat(site.claim(alice).get("id").asString()).isEqualTo(risky);

        JsonNode stats = api().as(alice).get("/api/v1/staff/review/stats").json();
        assertThat(stats.get("claimed").asLong()).as("only the message shown is being read").isEqualTo(1);
        assertThat(stats.get("queued").asLong()).as("the reserved ones still wait").isEqualTo(2);
        Api.Response withdrawn = api().as(site.family).post("/api/v1/messages/" + second + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        JsonNode viewed = api().as(site.admin).get("/api/v1/admin/audit?action=MESSAGE_VIEWED&limit=50").json();
        assertThat(viewed.findValues("target").stream().map(JsonNode::asString)).contains(risky)
                .doesNotContain(second, third);

        assertThat(Scenario.decide(api(), alice, risky, "APPROVE", null).status()).isEqualTo(200);
        assertThat(site.claim(alice).get("id").asString()).as("the withdrawn one is gone from the reservation")
                .isEqualTo(third);
        assertThat(Scenario.decide(api(), alice, third, "APPROVE", null).status()).isEqualTo(200);
        assertThat(api().as(alice).post("/api/v1/staff/review/claim", null).status()).isEqualTo(204);
    }

    @Test
    void aReservedMessageIsDecidedOnlyOnceShownAndAnotherReviewerMayTakeIt() {
        Facility site = newFacility();
        String first = site.send("First letter");
        String second = site.send("Second letter");
        String alice = site.reviewers.get(0);
        String bob = site.reviewers.get(1);
        assertThat(site.claim(alice).get("id").asString()).isEqualTo(first);

        Api.Response unseen = Scenario.decide(api(), alice, second, "APPROVE", null);
        assertThat(unseen.status()).as("reserved for her, not yet shown").isEqualTo(409);
        assertThat(unseen.json().get("code").asString()).isEqualTo("review.not-held");
        assertThat(api().as(alice).post("/api/v1/staff/review/" + second + "/release", null).status()).isEqualTo(409);

        assertThat(site.claim(bob).get("id").asString()).as("nothing else is free: bob takes her reservation")
                .isEqualTo(second);
        assertThat(Scenario.decide(api(), bob, second, "REJECT", "OTHER").status()).isEqualTo(200);
        assertThat(Scenario.decide(api(), alice, first, "APPROVE", null).status()).isEqualTo(200);
        assertThat(api().as(alice).post("/api/v1/staff/review/claim", null).status())
                .as("what bob took is no longer hers").isEqualTo(204);
    }

    @Test
    void aLapsedReservationGoesBackToTheQueueAtItsPlace() {
        Facility site = newFacility();
        String first = site.send("First letter");
        String second = site.send("Second letter");
        site.claim(site.reviewers.get(0));

        clock.advance(Duration.ofMinutes(11));
        String bob = site.freshToken(1);

        assertThat(site.claim(bob).get("id").asString()).isEqualTo(first);
        assertThat(Scenario.decide(api(), bob, first, "APPROVE", null).status()).isEqualTo(200);
        assertThat(site.claim(bob).get("id").asString()).isEqualTo(second);
    }

    private Facility newFacility() {
        return new Facility();
    }

    /** A facility of the test's own with four reviewers, one person inside and a funded family writing to them. */
    private final class Facility {
        final TestFacility site = TestFacility.create(api(), Map.of());
        final String admin = site.admin;
        final List<String> reviewerNames = new ArrayList<>();
        final List<String> reviewers = new ArrayList<>();
        final String familyEmail = Families.newEmail();
        String family = Families.verifiedFamily(api(), familyEmail);
        final String contact;

        Facility() {
            for (int i = 0; i < 4; i++) {
                reviewerNames.add(site.newReviewer());
                reviewers.add(site.login(reviewerNames.get(i)));
            }
            contact = site.approvedContact(family, site.book("Queue", "1212"));
            Scenario.buy(api(), family, 5000);
        }

        String send(String body) {
            Api.Response sent = Scenario.send(api(), family, contact, body);
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            return sent.json().get("id").asString();
        }

        JsonNode claim(String reviewer) {
            Api.Response claim = api().as(reviewer).post("/api/v1/staff/review/claim", null);
            assertThat(claim.status()).as(claim.body()).isEqualTo(200);
            return claim.json();
        }

        /** The family logs in again after the clock moved past its token's life. */
        void familyLogsInAgain() {
            family = api().login(familyEmail, Families.PASSWORD);
        }

        /** A new token for reviewer i (after the clock moved past the old one's idle limit). */
        String freshToken(int i) {
            return site.login(reviewerNames.get(i));
        }
    }
}
