package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.Scenario;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A watched term holds a message for a reviewer even where clean messages pass at once, and alerts the
 * case; a watched person or account alerts the case and their messages go through as usual. Messages
 * are tagged into a case as its evidence.
 */
class WatchAndTagUnderACaseTest extends IntegrationTest {

    @Test
    void aWatchedTermHoldsTheMessageForAReviewerWhoIsNotToldTheCase() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of("autoApproveClean", true));
        Investigations.Correspondent family = agency.correspondent("Watched");
        String caseId = agency.openCase(family.number());
        Api.Response watch = watch(agency, caseId, "TERM", "blue van");
        assertThat(watch.status()).as(watch.body()).isEqualTo(201);
        assertThat(watch.json().get("kind").asString()).isEqualTo("TERM");
        assertThat(watch.json().get("value").asString()).isEqualTo("blue van");

        Api.Response held = Scenario.send(api(), family.token(), family.contactId(), "The BLUE  van waits by the gate.");
        Api.Response clean = Scenario.send(api(), family.token(), family.contactId(), "Happy birthday, see you soon.");

        assertThat(held.json().get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(clean.json().get("status").asString()).isEqualTo("DELIVERED");
        String heldId = held.json().get("id").asString();
        JsonNode claimed = Scenario.claimNext(api(), agency.facility.login(agency.facility.newReviewer()), heldId);
        assertThat(claimed.get("screening").get("flags").findValuesAsString("category")).contains("WATCHLIST");
        String caseNumber = api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId).json()
                .get("caseNumber").asString();
        assertThat(claimed.toString()).doesNotContain(caseNumber).doesNotContain(caseId);

        JsonNode alerts = api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId + "/alerts").json();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("messageId").asString()).isEqualTo(heldId);
        assertThat(alerts.get(0).get("kind").asString()).isEqualTo("TERM");
        assertThat(alerts.get(0).get("value").asString()).isEqualTo("blue van");
        assertThat(alerts.get(0).get("at").isNull()).isFalse();
    }

    @Test
    void aWatchedPersonOrAccountAlertsWithoutHoldingAnything() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of("autoApproveClean", true));
        Investigations.Correspondent first = agency.correspondent("Person");
        Investigations.Correspondent second = agency.correspondent("Account");
        String caseId = agency.openCase(first.number());
        assertThat(watch(agency, caseId, "PERSON", agency.facility.code + ":" + first.number()).status()).isEqualTo(201);
        assertThat(watch(agency, caseId, "EMAIL", second.email()).status()).isEqualTo(201);

        Api.Response toPerson = Scenario.send(api(), first.token(), first.contactId(), "All is well at home.");
        Api.Response fromAccount = Scenario.send(api(), second.token(), second.contactId(), "Thinking of you today.");

        assertThat(toPerson.json().get("status").asString()).isEqualTo("DELIVERED");
        assertThat(fromAccount.json().get("status").asString()).isEqualTo("DELIVERED");
        JsonNode alerts = api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId + "/alerts").json();
        assertThat(alerts.findValuesAsString("messageId"))
                .containsExactly(fromAccount.json().get("id").asString(), toPerson.json().get("id").asString());
        assertThat(alerts.findValuesAsString("kind")).containsExactly("EMAIL", "PERSON");
    }

    @Test
    void aRemovedWatchNoLongerHoldsOrAlerts() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of("autoApproveClean", true));
        Investigations.Correspondent family = agency.correspondent("Removed");
        String caseId = agency.openCase(family.number());
        String watchId = watch(agency, caseId, "TERM", "lantern").json().get("id").asString();

        Api.Response removed = api().as(agency.investigator).delete("/api/v1/investigations/cases/" + caseId + "/watch/" + watchId);
        Api.Response sent = Scenario.send(api(), family.token(), family.contactId(), "I lit the lantern for you.");

        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(sent.json().get("status").asString()).isEqualTo("DELIVERED");
        assertThat(api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId + "/alerts").json()).isEmpty();
        assertThat(api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId + "/watch").json()).isEmpty();
    }

    @Test
    void watchesNeedAnOpenCaseAndAWatchableValue() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Refused");
        Api.Response pending = agency.open(agency.investigator,
                List.of(Investigations.person(agency.facility.code, family.number())));
        String pendingId = pending.json().get("id").asString();
        String caseId = agency.openCase(family.number());

        assertThat(watch(agency, pendingId, "TERM", "anything").status()).isEqualTo(403);
        assertThat(watch(agency, caseId, "PERSON", "DEMO-NORTH:A1001").status()).isEqualTo(400);
        assertThat(watch(agency, caseId, "PERSON", "no-colon").status()).isEqualTo(400);
        assertThat(watch(agency, caseId, "EMAIL", "family@example.org").status()).isEqualTo(400);
        assertThat(watch(agency, caseId, "TERM", "!").status()).isEqualTo(400);
        assertThat(api().as(agency.investigator).post("/api/v1/investigations/cases/" + caseId + "/watch",
                Map.of("value", "x")).status()).isEqualTo(400);
    }

    @Test
    void messagesAreTaggedIntoTheCaseOnce() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Tagged");
        String message = agency.send(family, "Evidence of something.");
        String caseId = agency.openCase(family.number());
        Investigations elsewhere = Investigations.inNewAgency(api(), Map.of());
        String theirs = elsewhere.send(elsewhere.correspondent("Foreign"), "Not yours to tag.");
        String items = "/api/v1/investigations/cases/" + caseId + "/items";

        Api.Response tagged = api().as(agency.investigator).post(items, Map.of("messageId", message));
        Api.Response again = api().as(agency.investigator).post(items, Map.of("messageId", message));
        Api.Response foreign = api().as(agency.investigator).post(items, Map.of("messageId", theirs));

        assertThat(tagged.status()).as(tagged.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(foreign.status()).isEqualTo(404);
        JsonNode list = api().as(agency.investigator).get(items).json();
        assertThat(list.findValuesAsString("messageId")).containsExactly(message);
        assertThat(list.get(0).get("inmate").get("number").asString()).isEqualTo(family.number());
    }

    @Test
    void watchingAndReadingAlertsAreInTheAccessLog() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Logged");
        String caseId = agency.openCase(family.number());
        String caseNumber = api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId).json()
                .get("caseNumber").asString();

        watch(agency, caseId, "TERM", "harbour");
        api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId + "/alerts");

        List<String> actions = new java.util.ArrayList<>();
        api().as(agency.facility.admin).get("/api/v1/staff/investigation-access?limit=500").json().forEach(e -> {
            if (caseNumber.equals(e.get("caseNumber").asString())) {
                actions.add(e.get("action").asString());
            }
        });
        assertThat(actions).containsExactly("ALERTS", "WATCH");
    }

    private Api.Response watch(Investigations agency, String caseId, String kind, String value) {
        return api().as(agency.investigator).post("/api/v1/investigations/cases/" + caseId + "/watch",
                Map.of("kind", kind, "value", value));
    }
}
