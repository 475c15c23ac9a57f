package org.inkwell.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An invitation is the one thing a person inside sends out without a reviewer reading a message, so it
 * carries nothing of theirs but a name staff can see, goes only where the person may write, and as often
 * as the facility allows.
 */
class InvitationsFromInsideAreNotAFreeChannelTest extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("code: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");
    private static final Map<String, Object> NO_REVIEW = Map.of("invitationsNeedApproval", false);

    @Test
    void aPersonWhoseCorrespondenceIsRestrictedCannotInvite() {
        TestFacility site = TestFacility.create(api(), NO_REVIEW);
        String number = site.book("Restricted", "1234");
        String inmate = api().loginInmate(site.code, number, "1234");
        api().as(site.admin).put("/api/v1/staff/inmates/" + number + "/restriction",
                Map.of("until", Instant.now().plus(Duration.ofDays(7)).toString(), "reason", "Disciplinary sanction"));
        String email = Families.newEmail();

        Api.Response invited = invite(inmate, email, "Grace Hopper");

        assertThat(invited.status()).as(invited.body()).isEqualTo(409);
        assertThat(invited.contentType()).startsWith("application/problem+json");
        assertThat(invited.json().get("detail").asString()).contains("restricted");
        assertThat(api().as(inmate).get("/api/v1/inmate/invitations").json().size()).isZero();
    }

    @Test
    void anAddressWhoseContactIsBlockedOrSuspendedCannotBeInvited() {
        TestFacility site = TestFacility.create(api(), NO_REVIEW);
        String number = site.book("Blocked", "1234");
        String inmate = api().loginInmate(site.code, number, "1234");
        String blockerEmail = Families.newEmail();
        String blocker = Families.verifiedFamily(api(), blockerEmail);
        String blocked = site.approvedContact(blocker, number);
        api().as(blocker).post("/api/v1/contacts/" + blocked + "/block", null);
        String suspendedEmail = Families.newEmail();
        String suspended = site.approvedContact(Families.verifiedFamily(api(), suspendedEmail), number);
        api().as(site.admin).put("/api/v1/staff/contacts/" + suspended + "/suspension",
                Map.of("until", Instant.now().plus(Duration.ofDays(3)).toString(), "reason", "Contraband in mail"));

        Api.Response toBlocker = invite(inmate, blockerEmail.toUpperCase(), "Grace Hopper");
        Api.Response toSuspended = invite(inmate, suspendedEmail, "Grace Hopper");

        assertThat(toBlocker.status()).as(toBlocker.body()).isEqualTo(409);
        assertThat(toBlocker.json().get("detail").asString()).contains("blocked");
        assertThat(toSuspended.status()).as(toSuspended.body()).isEqualTo(409);
        assertThat(toSuspended.json().get("detail").asString()).contains("suspended");
        assertThat(api().as(inmate).get("/api/v1/inmate/invitations").json().size()).isZero();
    }

    @Test
    void openContactsAndPendingInvitationsTogetherStopAtTheFacilitysCap() {
        TestFacility site = TestFacility.create(api(), Map.of("invitationsNeedApproval", false, "maxContacts", 2));
        String number = site.book("Capped", "1234");
        String inmate = api().loginInmate(site.code, number, "1234");
        site.approvedContact(Families.verifiedFamily(api(), Families.newEmail()), number);
        assertThat(invite(inmate, Families.newEmail(), "Ada Lovelace").status()).isEqualTo(201);

        Api.Response third = invite(inmate, Families.newEmail(), "Alan Turing");

        assertThat(third.status()).as(third.body()).isEqualTo(409);
        assertThat(third.json().get("detail").asString()).contains("2");
        assertThat(api().as(inmate).get("/api/v1/inmate/invitations").json().size()).isEqualTo(1);
    }

    @Test
    void theNameIsOnlyAName() {
        String inmate = inmateAt(TestFacility.create(api(), NO_REVIEW));

        for (String name : List.of("Meet me\nat the gate", "Call 5551234", "x".repeat(81), "Ann\u202Eevil",
                "Ann\u200Bmarie", "Ann\u0000", "Ann\uD800", "<b>Ann</b>", "'--")) {
            Api.Response refused = invite(inmate, Families.newEmail(), name);
            assertThat(refused.status()).as(name + " -> " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("fullName");
        }
        assertThat(api().as(inmate).get("/api/v1/inmate/invitations").json().size()).isZero();
        for (String name : List.of("Zoë O'Brien-Núñez Jr.", "李小龍", "Zoe\u0308 Smith", "Ó".repeat(80))) {
            Api.Response accepted = invite(inmate, Families.newEmail(), name);
            assertThat(accepted.status()).as(name + " -> " + accepted.body()).isEqualTo(201);
        }
    }

    @Test
    void theEmailSaysOnlyWhoInvitesAndHowToAnswer() {
        String inmate = inmateAt(TestFacility.create(api(), NO_REVIEW));
        String email = Families.newEmail();

        invite(inmate, email, "Grace Brewster Hopper");

        String body = DevMailbox.latest(api(), email).get("body").asString();
        assertThat(body).contains("invitation code").doesNotContain("Grace").doesNotContain("Brewster");
    }

    @Test
    void aFlaggedNameWaitsForStaffEvenWhereInvitationsAreNotReviewed() {
        TestFacility site = TestFacility.create(api(), NO_REVIEW);
        String inmate = inmateAt(site);
        String email = Families.newEmail();

        Api.Response held = invite(inmate, email, "Heroin Delivery");

        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(held.json().get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        JsonNode waiting = api().as(site.admin).get("/api/v1/staff/invitations").json();
        assertThat(waiting.size()).isEqualTo(1);
        assertThat(waiting.get(0).get("heldBecause").asString()).contains("DRUGS_OR_CONTRABAND");
        assertThat(waiting.get(0).get("email").asString()).isEqualTo(email);
        Api.Response approved = decide(site.admin, waiting.get(0).get("id").asString(), "APPROVE", null);
        assertThat(approved.json().get("status").asString()).isEqualTo("SENT");
        assertThat(DevMailbox.latest(api(), email).get("body").asString()).contains("invitation code");
        assertThat(mailsTo(email)).as("the held invitation sent no mail of its own").isEqualTo(1);
        assertThat(invite(inmate, "212-555-0134@sms.example.org", "Ada Lovelace").json().get("status").asString())
                .as("a catch-all address can carry words too").isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void whereTheFacilityReviewsInvitationsTheEmailGoesOutOnlyOnceStaffApprove() {
        TestFacility site = TestFacility.create(api(), Map.of());
        TestFacility elsewhere = TestFacility.create(api(), Map.of());
        String inmate = inmateAt(site);
        String approvedEmail = Families.newEmail();
        String refusedEmail = Families.newEmail();
        String approvedId = invite(inmate, approvedEmail, "Mary Roe").json().get("id").asString();
        String refusedId = invite(inmate, refusedEmail, "John Roe").json().get("id").asString();

        assertThat(api().as(inmate).get("/api/v1/inmate/invitations").json().findValuesAsString("status"))
                .containsOnly("AWAITING_APPROVAL");
        assertThat(api().as(site.admin).get("/api/v1/staff/invitations").json().findValuesAsString("id"))
                .containsExactly(approvedId, refusedId);
        assertThat(api().as(elsewhere.admin).get("/api/v1/staff/invitations").json().size())
                .as("another facility's admin sees none of them").isZero();
        assertThat(decide(elsewhere.admin, approvedId, "APPROVE", null).status()).isEqualTo(404);
        assertThat(api().as(site.login(site.newReviewer())).get("/api/v1/staff/invitations").status()).isEqualTo(403);
        assertThat(decide(site.admin, refusedId, "DENY", null).status()).as("a refusal needs a reason").isEqualTo(400);

        assertThat(decide(site.admin, approvedId, "APPROVE", null).json().get("status").asString()).isEqualTo("SENT");
        assertThat(decide(site.admin, refusedId, "DENY", "Victim of the offence").json().get("status").asString())
                .isEqualTo("REFUSED");
        assertThat(decide(site.admin, approvedId, "DENY", "too late").status()).isEqualTo(409);

        String code = code(approvedEmail);
        String family = Families.verifiedFamily(api(), approvedEmail);
        Api.Response accepted = api().as(family).post("/api/v1/invitations/accept", Map.of("code", code));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(api().get("/api/v1/dev/mail?to=" + URLEncoder.encode(refusedEmail, StandardCharsets.UTF_8))
                .json().size()).as("nothing went to the refused address").isZero();
        assertThat(actions(site.admin, "INVITATION_SENT")).contains(approvedId).doesNotContain(refusedId);
        assertThat(actions(site.admin, "INVITATION_REFUSED")).contains(refusedId);
    }

    @Test
    void atMostTheFacilitysNumberOfInvitationsADayEachAudited() {
        TestFacility site = TestFacility.create(api(), Map.of("invitationsNeedApproval", false, "invitationsPerDay", 2));
        String number = site.book("Busy", "1234");
        String inmate = api().loginInmate(site.code, number, "1234");
        String first = invite(inmate, Families.newEmail(), "Ada Lovelace").json().get("id").asString();
        String second = invite(inmate, Families.newEmail(), "Alan Turing").json().get("id").asString();

        Api.Response third = invite(inmate, Families.newEmail(), "Grace Hopper");

        assertThat(third.status()).as(third.body()).isEqualTo(429);
        assertThat(third.contentType()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(third.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isPositive().isLessThanOrEqualTo(Duration.ofDays(1).toSeconds());
        assertThat(actions(site.admin, "INVITATION_SENT")).contains(first, second);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        String later = api().loginInmate(site.code, number, "1234");
        assertThat(invite(later, Families.newEmail(), "Grace Hopper").status()).isEqualTo(201);
    }

    @Test
    void theDailyLimitHoldsUnderParallelRequests() throws Exception {
        TestFacility site = TestFacility.create(api(), Map.of("invitationsNeedApproval", false, "invitationsPerDay", 3));
        String inmate = inmateAt(site);
        List<Integer> statuses = new java.util.ArrayList<>();

        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return invite(inmate, Families.newEmail(), "Ada Lovelace").status();
                }));
            }
            start.countDown();
            for (var one : sent) {
                statuses.add(one.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(3);
        assertThat(statuses).containsOnly(201, 429);
        assertThat(api().as(inmate).get("/api/v1/inmate/invitations").json().size()).isEqualTo(3);
    }

    @Test
    void aCodeWorksOnlyForTheAccountWithTheInvitedVerifiedAddress() {
        String inmate = inmateAt(TestFacility.create(api(), NO_REVIEW));
        String email = Families.newEmail();
        invite(inmate, email, "Grace Hopper");
        String code = code(email);
        String stranger = Families.verifiedFamily(api(), Families.newEmail());

        Api.Response taken = api().as(stranger).post("/api/v1/invitations/accept", Map.of("code", code));
        Api.Response declined = api().as(stranger).post("/api/v1/invitations/decline", Map.of("code", code));

        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(declined.status()).as(declined.body()).isEqualTo(409);
        assertThat(api().as(stranger).get("/api/v1/contacts").json().size()).isZero();
        String invited = Families.verifiedFamily(api(), email);
        assertThat(api().as(invited).post("/api/v1/invitations/accept", Map.of("code", code)).status()).isEqualTo(201);
    }

    @Test
    void theKioskFormFollowsTheSameRules() {
        TestFacility site = TestFacility.create(api(), Map.of("invitationsNeedApproval", false, "invitationsPerDay", 1));
        String number = site.book("Kiosk", "1234");
        String inmate = api().loginInmate(site.code, number, "1234");

        Api.Response badName = kioskInvite(inmate, "Meet me\nat noon", Families.newEmail());
        assertThat(badName.status()).isEqualTo(400);
        String email = Families.newEmail();
        assertThat(kioskInvite(inmate, "Grace Hopper", email).status()).isEqualTo(302);
        assertThat(DevMailbox.latest(api(), email).get("body").asString()).doesNotContain("Grace");
        Api.Response overLimit = kioskInvite(inmate, "Ada Lovelace", Families.newEmail());
        assertThat(overLimit.status()).isEqualTo(429);
        assertThat(overLimit.header("Retry-After")).isPresent();

        api().as(site.admin).put("/api/v1/staff/inmates/" + number + "/restriction",
                Map.of("until", Instant.now().plus(Duration.ofDays(7)).toString(), "reason", "Disciplinary sanction"));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        String later = api().loginInmate(site.code, number, "1234");
        assertThat(kioskInvite(later, "Ada Lovelace", Families.newEmail()).status()).isEqualTo(409);
        assertThat(api().as(later).get("/api/v1/inmate/invitations").json().size()).isEqualTo(1);
    }

    private Api.Response invite(String inmate, String email, String name) {
        return api().as(inmate).post("/api/v1/inmate/contacts",
                Map.of("email", email, "fullName", name, "relationship", "FRIEND"));
    }

    private Api.Response decide(String admin, String id, String decision, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", decision));
        if (reason != null) {
            body.put("reason", reason);
        }
        return api().as(admin).post("/api/v1/staff/invitations/" + id + "/decision", body);
    }

    /** Posts the kiosk form as a browser would: the session cookie, and the CSRF token the form page gave. */
    private Api.Response kioskInvite(String inmate, String name, String email) {
        Api.Response form = api().with("Cookie", "inkwell_session=" + inmate).get("/kiosk/invite");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as(form.body()).isTrue();
        String cookie = form.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream()).filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String body = Map.of("fullName", name, "email", email, "relationship", "FRIEND", "_csrf", csrf.group(1))
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api().with("Cookie", "inkwell_session=" + inmate + "; " + cookie)
                .send("POST", "/kiosk/invite", "application/x-www-form-urlencoded", body);
    }

    private String inmateAt(TestFacility site) {
        return api().loginInmate(site.code, site.book("Inviter", "1234"), "1234");
    }

    private int mailsTo(String email) {
        return api().get("/api/v1/dev/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).json().size();
    }

    private List<String> actions(String admin, String action) {
        return api().as(admin).get("/api/v1/admin/audit?action=" + action + "&limit=1000").json().findValuesAsString("target");
    }

    private String code(String email) {
        JsonNode mail = DevMailbox.latest(api(), email);
        Matcher matcher = CODE.matcher(mail.get("body").asString());
        assertThat(matcher.find()).as(mail.toString()).isTrue();
        return matcher.group(1);
    }
}
