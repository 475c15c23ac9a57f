package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Full-text search over the agency's archive under an open case: words stemmed in English and Spanish,
 * exact names and numbers, phrases and prefixes, filters, newest first in keyset pages; withdrawn
 * messages and other agencies' messages are never found.
 */
class SearchTheArchiveUnderACaseTest extends IntegrationTest {

    @Test
    void findsPhrasesPrefixesAndStemmedWords() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Phraser");
        String corner = agency.send(family, "Meet me at the corner of Elm St after the visit.");
        String tree = agency.send(family, "The elm tree by our street finally fell over.");
        String packages = agency.send(family, "Bring the packages on Friday, they are heavy.");
        String caseId = agency.openCase(family.number());

        assertThat(ids(search(agency, caseId, "\"elm st\""))).containsExactly(corner);
        assertThat(ids(search(agency, caseId, "elm"))).containsExactlyInAnyOrder(corner, tree);
        assertThat(ids(search(agency, caseId, "pack*"))).containsExactly(packages);
        assertThat(ids(search(agency, caseId, "package"))).containsExactly(packages);
        assertThat(ids(search(agency, caseId, "elm street"))).containsExactly(tree);

        JsonNode hit = search(agency, caseId, "package").get("results").get(0);
        assertThat(hit.get("snippet").asString()).contains("<mark>packages</mark>");
        assertThat(hit.get("facility").asString()).isEqualTo(agency.facility.code);
        assertThat(hit.get("inmate").get("number").asString()).isEqualTo(family.number());
        assertThat(hit.get("inmate").get("name").asString()).isEqualTo("Pat Phraser");
        assertThat(hit.get("outside").get("email").asString()).isEqualTo(family.email());
        assertThat(hit.get("outside").get("name").asString()).isEqualTo("Test Family");
        assertThat(hit.get("direction").asString()).isEqualTo("TO_INMATE");
        assertThat(hit.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(hit.get("submittedAt").isNull()).isFalse();
        assertThat(hit.get("flags").isArray()).isTrue();
    }

    @Test
    void spanishWordsAreFoundByTheirStem() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Garcia");
        String spanish = agency.send(family, "Mandé los paquetes a la casa de mis hermanas ayer.");
        String caseId = agency.openCase(family.number());

        assertThat(ids(search(agency, caseId, "paquete"))).containsExactly(spanish);
        assertThat(ids(search(agency, caseId, "hermana"))).containsExactly(spanish);
        assertThat(search(agency, caseId, "hermana").get("results").get(0).get("snippet").asString())
                .contains("<mark>hermanas</mark>");
    }

    @Test
    void namesAndNumbersAreFoundExactly() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Numbers");
        String numbered = agency.send(family, "Tell Okonkwo the locker is 88213 now.");
        String caseId = agency.openCase(family.number());

        assertThat(ids(search(agency, caseId, "88213"))).containsExactly(numbered);
        assertThat(ids(search(agency, caseId, "8821"))).isEmpty();
        assertThat(ids(search(agency, caseId, "Okonkwo"))).containsExactly(numbered);
        assertThat(ids(search(agency, caseId, "okonkwo 88213"))).containsExactly(numbered);
        assertThat(ids(search(agency, caseId, "okonkwo 99999"))).isEmpty();
    }

    @Test
    void filtersNarrowByFacilityPersonAccountDateStatusAndCategory() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent first = agency.correspondent("Firstly");
        Investigations.Correspondent second = agency.correspondent("Secondly");
        TestFacility other = TestFacility.create(api(), Map.of("agency", agency.agency));
        String otherFamily = org.inkwell.support.Families.newEmail();
        String otherToken = org.inkwell.support.Families.verifiedFamily(api(), otherFamily);
        String otherNumber = other.book("Thirdly", "1212");
        String otherContact = other.approvedContact(otherToken, otherNumber);
        Scenario.buy(api(), otherToken, 1000);
        String fromFirst = agency.send(first, "The shipment arrives on Monday.");
        String fromSecond = agency.send(second, "The shipment is late, see https://example.org/track");
        String atOther = Scenario.send(api(), otherToken, otherContact, "Another shipment for you.").json()
                .get("id").asString();
        String reply = api().as(api().loginInmate(agency.facility.code, first.number(), first.pin()))
                .with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/inmate/messages", Map.of("contactId", first.contactId(), "body", "Which shipment?"))
                .json().get("id").asString();
        String reviewer = agency.facility.login(agency.facility.newReviewer());
        Scenario.decideAll(api(), reviewer, Map.of(fromFirst, "DRUGS_OR_CONTRABAND", fromSecond, "APPROVE", reply, "APPROVE"));
        String caseId = agency.openCase(first.number());

        assertThat(ids(search(agency, caseId, "shipment"))).containsExactlyInAnyOrder(fromFirst, fromSecond, atOther, reply);
        assertThat(ids(search(agency, caseId, "shipment&facility=" + other.code))).containsExactly(atOther);
        assertThat(ids(search(agency, caseId, "shipment&inmateNumber=" + first.number())))
                .containsExactlyInAnyOrder(fromFirst, reply);
        assertThat(ids(search(agency, caseId, "shipment&email=" + enc(second.email())))).containsExactly(fromSecond);
        assertThat(ids(search(agency, caseId, "shipment&email=" + enc("nobody-here@example.org")))).isEmpty();
        assertThat(ids(search(agency, caseId, "shipment&status=REJECTED"))).containsExactly(fromFirst);
        assertThat(ids(search(agency, caseId, "shipment&category=URL"))).containsExactly(fromSecond);
        JsonNode all = search(agency, caseId, "shipment");
        String newest = all.get("results").get(0).get("submittedAt").asString();
        String oldest = all.get("results").get(3).get("submittedAt").asString();
        assertThat(ids(search(agency, caseId, "shipment&to=" + enc(newest)))).hasSize(3)
                .doesNotContain(all.get("results").get(0).get("messageId").asString());
        assertThat(ids(search(agency, caseId, "shipment&from=" + enc(oldest)))).hasSize(4);
        assertThat(ids(search(agency, caseId, "&status=REJECTED"))).containsExactly(fromFirst);
    }

    @Test
    void resultsComeNewestFirstInKeysetPages() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Pager");
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(agency.send(family, "Ledger entry number " + (char) ('a' + i) + " for the month."));
        }
        String caseId = agency.openCase(family.number());

        List<String> seen = new ArrayList<>();
        List<String> times = new ArrayList<>();
        String before = null;
        int pages = 0;
        do {
            JsonNode page = search(agency, caseId, "ledger&limit=2" + (before == null ? "" : "&before=" + enc(before)));
            page.get("results").forEach(r -> {
                seen.add(r.get("messageId").asString());
                times.add(r.get("submittedAt").asString());
            });
            before = page.get("nextBefore").isNull() ? null : page.get("nextBefore").asString();
            pages++;
        } while (before != null && pages < 10);

        java.util.Collections.reverse(sent);
        assertThat(seen).containsExactlyElementsOf(sent);
        assertThat(pages).isEqualTo(3);
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aWithdrawnMessageIsNeverFound() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Withdrawer");
        String withdrawn = agency.send(family, "Forget the rendezvous, I take it back.");
        assertThat(api().as(family.token()).post("/api/v1/messages/" + withdrawn + "/withdraw", null).status())
                .isEqualTo(200);
        String caseId = agency.openCase(family.number());

        assertThat(ids(search(agency, caseId, "rendezvous"))).isEmpty();
        assertThat(ids(search(agency, caseId, ""))).doesNotContain(withdrawn);
        assertThat(api().as(agency.investigator).get("/api/v1/investigations/messages/" + withdrawn + "?caseId=" + caseId)
                .status()).isEqualTo(404);
    }

    @Test
    void anotherAgencysMessagesAreNeverFound() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Here");
        agency.send(family, "Nothing special in this one.");
        Investigations elsewhere = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent stranger = elsewhere.correspondent("There");
        String theirs = elsewhere.send(stranger, "Zanzibar is where the crates go.");
        String caseId = agency.openCase(family.number());

        assertThat(ids(search(agency, caseId, "zanzibar"))).isEmpty();
        assertThat(ids(search(agency, caseId, ""))).doesNotContain(theirs);
        assertThat(api().as(agency.investigator).get("/api/v1/investigations/messages/" + theirs + "?caseId=" + caseId)
                .status()).isEqualTo(404);
        Api.Response foreignFacility = api().as(agency.investigator).get("/api/v1/investigations/search?caseId=" + caseId
                + "&q=zanzibar&facility=" + elsewhere.facility.code);
        assertThat(foreignFacility.status()).as(foreignFacility.body()).isEqualTo(400);
    }

    @Test
    void withoutACaseThereIsNoSearch() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());

        Api.Response noCase = api().as(agency.investigator).get("/api/v1/investigations/search?q=anything");
        Api.Response noCaseView = api().as(agency.investigator).get("/api/v1/investigations/messages/" + UUID.randomUUID());

        assertThat(noCase.status()).as(noCase.body()).isEqualTo(400);
        assertThat(noCase.contentType()).startsWith("application/problem+json");
        assertThat(noCase.json().get("errors").findValuesAsString("field")).contains("caseId");
        assertThat(noCaseView.status()).as(noCaseView.body()).isEqualTo(400);
    }

    @Test
    void queryTextIsNeverSyntaxAndBadCursorsAreRefused() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Quoter");
        String quoted = agency.send(family, "O'Brien said: don't (ever) do that & leave!");
        String caseId = agency.openCase(family.number());

        for (String hostile : List.of("'; DROP TABLE message; --", "a & ! ( :* ' \\", "\"unclosed phrase", "<->",
                "!!!", "obrien:*A", "\"\"", "brien ( & |")) {
            Api.Response answer = api().as(agency.investigator).get("/api/v1/investigations/search?caseId=" + caseId
                    + "&q=" + enc(hostile));
            assertThat(answer.status()).as(hostile + " -> " + answer.body()).isIn(200, 400);
        }
        assertThat(ids(search(agency, caseId, "brien"))).containsExactly(quoted);
        assertThat(ids(search(agency, caseId, "\"O'Brien said\""))).containsExactly(quoted);
        Api.Response badCursor = api().as(agency.investigator).get("/api/v1/investigations/search?caseId=" + caseId
                + "&q=brien&before=not-a-cursor");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().get("errors").findValuesAsString("field")).contains("before");
        Api.Response shortPrefix = api().as(agency.investigator).get("/api/v1/investigations/search?caseId=" + caseId
                + "&q=a*");
        assertThat(shortPrefix.status()).isEqualTo(400);
    }

    @Test
    void anOpenedMessageShowsItsWholeHistoryAndTheReadingIsAudited() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Historied");
        String rejected = agency.send(family, "Send money to https://example.org/pay quickly.");
        String delivered = agency.send(family, "See you at the visit on Sunday.");
        String reviewer = agency.facility.login(agency.facility.newReviewer());
        Scenario.decideAll(api(), reviewer, Map.of(rejected, "FINANCIAL_SOLICITATION", delivered, "APPROVE"));
        String inmate = api().loginInmate(agency.facility.code, family.number(), family.pin());
        assertThat(api().as(inmate).post("/api/v1/inmate/messages/" + delivered + "/read", null).status()).isEqualTo(200);
        String caseId = agency.openCase(family.number());

        JsonNode r = view(agency, caseId, rejected);
        assertThat(r.get("messageId").asString()).isEqualTo(rejected);
        assertThat(r.get("body").asString()).isEqualTo("Send money to https://example.org/pay quickly.");
        assertThat(r.get("status").asString()).isEqualTo("REJECTED");
        assertThat(r.get("flags").findValuesAsString("category")).contains("URL");
        assertThat(r.get("history").findValuesAsString("event")).containsExactly("SUBMITTED", "SCREENED", "REJECTED");
        JsonNode decision = r.get("history").get(2);
        assertThat(decision.get("by").asString()).isEqualTo("REVIEWER of " + agency.facility.code);
        assertThat(decision.get("note").asString()).contains("FINANCIAL_SOLICITATION").contains("reviewer's own note");
        assertThat(r.get("history").get(0).get("by").asString()).isEqualTo("Test Family");

        JsonNode d = view(agency, caseId, delivered);
        assertThat(d.get("history").findValuesAsString("event"))
                .containsExactly("SUBMITTED", "SCREENED", "APPROVED", "DELIVERED", "READ");
        assertThat(d.get("history").get(4).get("by").asString()).isEqualTo("Pat Historied");
        assertThat(d.get("readAt").isNull()).isFalse();

        List<String> viewed = api().as(agency.facility.admin).get("/api/v1/admin/audit?limit=1000&action=MESSAGE_VIEWED")
                .json().findValuesAsString("target");
        assertThat(viewed).contains(rejected, delivered);
    }

    private JsonNode view(Investigations agency, String caseId, String messageId) {
        Api.Response answer = api().as(agency.investigator)
                .get("/api/v1/investigations/messages/" + messageId + "?caseId=" + caseId);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** {@code query} is the q text, optionally followed by more parameters after an {@code &}. */
    private JsonNode search(Investigations agency, String caseId, String query) {
        int amp = query.indexOf('&');
        String q = amp < 0 ? query : query.substring(0, amp);
        String rest = amp < 0 ? "" : query.substring(amp);
        Api.Response answer = api().as(agency.investigator)
                .get("/api/v1/investigations/search?caseId=" + caseId + "&q=" + enc(q) + rest);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> ids(JsonNode page) {
        return page.get("results").findValuesAsString("messageId");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
