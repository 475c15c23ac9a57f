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

/**
 * A reviewer's console settings are kept with their account: set at one workstation, they hold at the
 * next. With "claim next" on, a decision opens the next message, and an empty queue is said so.
 */
class ReviewerSettingsTest extends IntegrationTest {

    @Test
    void settingsStartAtTheDefaultsAndFollowTheReviewerToAnotherWorkstation() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String name = site.newReviewer();
        String desk = site.login(name);

        String defaults = page(desk, "/staff/review/settings").body();
        assertThat(checkbox(defaults, "claimNextAfterDecision")).doesNotContain("checked");
        assertThat(checkbox(defaults, "singleKeyShortcuts")).contains("checked");

        Api.Response saved = PageForm.open(api(), "/staff/review/settings", desk)
                .post("/staff/review/settings", Map.of("claimNextAfterDecision", "true"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location").orElse("")).endsWith("/staff/review/settings?saved");

        Api.Response nonsense = PageForm.open(api(), "/staff/review/settings", desk)
                .post("/staff/review/settings", Map.of("claimNextAfterDecision", "maybe"));
        assertThat(nonsense.status()).isEqualTo(400);

        String otherDesk = site.login(name);
        String there = page(otherDesk, "/staff/review/settings?saved").body();
        assertThat(there).contains("Your settings are saved.");
        assertThat(checkbox(there, "claimNextAfterDecision")).contains("checked");
        assertThat(checkbox(there, "singleKeyShortcuts")).as("an unticked box is off").doesNotContain("checked");
        assertThat(page(otherDesk, "/staff/review").body()).contains("After each decision the next message opens by itself.");
        String colleague = page(site.login(site.newReviewer()), "/staff/review/settings").body();
        assertThat(checkbox(colleague, "claimNextAfterDecision")).as("one reviewer's settings are theirs alone")
                .doesNotContain("checked");
    }

    @Test
    void withShortcutsOffTheMessagePageBindsNoKeysAndSaysSo() {
        Site site = new Site();
        String id = site.send("A quiet letter");
        String reviewer = site.reviewer(Map.of("claimNextAfterDecision", "false"));
        api().as(reviewer).post("/api/v1/staff/review/claim", null);

        String html = page(reviewer, "/staff/review/messages/" + id).body();

        assertThat(html).contains("data-shortcuts=\"false\"").contains("Single-key shortcuts are off: decide with the buttons.")
                .doesNotContain("aria-keyshortcuts");
        assertThat(page(reviewer, "/staff/review/messages/" + id + "?lang=es").body())
                .contains("Los atajos de una sola tecla están desactivados: decida con los botones.")
                .contains("Devolver a la cola");
    }

    @Test
    void withClaimNextOnADecisionOpensTheNextMessageAndTheBannerNamesWhatWasDecided() {
        Site site = new Site();
        String risky = site.send("Bring the heroin on Sunday.");
        String calm = site.send("The dog misses you.");
        String reviewer = site.reviewer(Map.of("claimNextAfterDecision", "true", "singleKeyShortcuts", "true"));
        assertThat(api().as(reviewer).post("/api/v1/staff/review/claim", null).json().get("id").asString()).isEqualTo(risky);

        Api.Response first = decide(reviewer, risky, Map.of("decision", "REJECT", "reasonCode", "THREAT_OR_VIOLENCE"));
        assertThat(first.status()).isEqualTo(302);
        String next = first.header("Location").orElse("");
        assertThat(next).endsWith("/staff/review/messages/" + calm + "?decided=" + risky);
        assertThat(page(reviewer, path(next)).body())
                .contains("Rejected the message from Test Family to Pat " + site.lastName + ". Reason: Threat or violence.")
                .contains("The dog misses you.");

        Api.Response second = decide(reviewer, calm, Map.of("decision", "APPROVE"));
        String console = second.header("Location").orElse("");
        assertThat(console).contains("/staff/review?").contains("empty").contains("decided=" + calm);
        assertThat(page(reviewer, path(console)).body())
                .contains("Approved the message from Test Family to Pat " + site.lastName + ".")
                .contains("No other message is waiting for review right now.");
    }

    @Test
    void withClaimNextOffTheReviewerComesBackToTheConsoleToldWhatWasDecided() {
        Site site = new Site();
        String id = site.send("Hello from home");
        String reviewer = site.reviewer(Map.of("singleKeyShortcuts", "true"));
        api().as(reviewer).post("/api/v1/staff/review/claim", null);

        Api.Response decided = decide(reviewer, id, Map.of("decision", "APPROVE"));

        assertThat(decided.header("Location").orElse("")).endsWith("/staff/review?decided=" + id);
        assertThat(page(reviewer, "/staff/review?decided=" + id).body())
                .contains("Approved the message from Test Family to Pat " + site.lastName + ".");
        assertThat(page(reviewer, "/staff/review?lang=es&decided=" + id).body())
                .contains("Aprobó el mensaje de Test Family para Pat " + site.lastName + ".");
        String colleague = site.reviewer(Map.of());
        assertThat(page(colleague, "/staff/review?decided=" + id).body()).as("only one's own decisions are told")
                .doesNotContain("Approved the message").doesNotContain("Test Family");
        assertThat(page(colleague, "/staff/review?decided=not-an-id").status()).isEqualTo(200);
    }

    @Test
    void aRejectWithoutAReasonIsRefusedBesideTheReasonField() {
        Site site = new Site();
        String id = site.send("Reject me without a reason");
        String reviewer = site.reviewer(Map.of());
        api().as(reviewer).post("/api/v1/staff/review/claim", null);

        Api.Response refused = decide(reviewer, id, Map.of("decision", "REJECT", "note", "x".repeat(2001)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Error: ")
                .contains("href=\"#reasonCode\"").contains("id=\"reasonCode-error\"")
                .contains("aria-describedby=\"reason-hint reasonCode-error\"")
                .contains("Choose a reason to reject the message.")
                .as("every field at once").contains("href=\"#note\"").contains("Shorten the note to at most 2000 characters.");
        Api.Response api = api().as(reviewer).post("/api/v1/staff/review/" + id + "/decision", Map.of("decision", "REJECT"));
        assertThat(api.json().get("code").asString()).isEqualTo("review.reason-required");
        assertThat(api().as(reviewer).post("/api/v1/staff/review/claim", null).json().get("id").asString())
                .as("nothing was decided").isEqualTo(id);
    }

    private Api.Response decide(String reviewer, String id, Map<String, String> fields) {
        return PageForm.open(api(), "/staff/review/messages/" + id, reviewer)
                .post("/staff/review/messages/" + id + "/decision", fields);
    }

    private Api.Response page(String session, String path) {
        return api().with("Cookie", "inkwell_session=" + session).get(path);
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    /** The checkbox's tag, to see whether it is ticked. */
    private static String checkbox(String html, String name) {
        int at = html.indexOf("name=\"" + name + "\"");
        assertThat(at).as("a checkbox named " + name).isPositive();
        return html.substring(html.lastIndexOf("<input", at), html.indexOf('>', at));
    }

    /** A facility of the test's own, with a funded family writing to one person inside. */
    private final class Site {
        final TestFacility facility = TestFacility.create(api(), Map.of());
        final String family = Families.verifiedFamily(api(), Families.newEmail());
        final String lastName = "Settings";
        final String contact = facility.approvedContact(family, facility.book(lastName, "1212"));

        Site() {
            Scenario.buy(api(), family, 5000);
        }

        /** A new reviewer who saved these settings; answers their token. */
        String reviewer(Map<String, String> settings) {
            String token = facility.login(facility.newReviewer());
            if (!settings.isEmpty()) {
                Api.Response saved = PageForm.open(api(), "/staff/review/settings", token)
                        .post("/staff/review/settings", settings);
                assertThat(saved.status()).isEqualTo(302);
            }
            return token;
        }

        String send(String body) {
            Api.Response sent = Scenario.send(api(), family, contact, body);
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            return sent.json().get("id").asString();
        }
    }
}
