package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Linked people under an open case: for a person in custody, the outside accounts writing to them and
 * those accounts' other contacts across the agency; for an account, the others writing to the same
 * people; and who shares a card or a private email domain. Nothing of another agency ever shows.
 */
class LinkedPeopleTest extends IntegrationTest {

    @Test
    void aPersonsLinksAreTheAccountsWritingToThemWithTheirOtherContactsAcrossTheAgency() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        TestFacility second = TestFacility.create(api(), Map.of("agency", agency.agency));
        String subject = agency.facility.book("Subjectson", "1111");
        String sameFacility = agency.facility.book("Cellmate", "1111");
        String elsewhere = second.book("Farside", "1111");
        Family writesToBoth = family();
        Family writesToSubject = family();
        Family writesElsewhereOnly = family();
        String toSubject = agency.facility.approvedContact(writesToBoth.token, subject);
        second.approvedContact(writesToBoth.token, elsewhere);
        agency.facility.approvedContact(writesToSubject.token, subject);
        buy(writesToBoth, "tok_visa_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        for (String body : List.of("Hello from home.", "Write back soon.")) {
            Api.Response sent = org.inkwell.support.Scenario.send(api(), writesToBoth.token, toSubject, body);
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        }
        org.inkwell.support.Scenario.requestContact(api(), writesToSubject.token, agency.facility.code, sameFacility);
        second.approvedContact(writesElsewhereOnly.token, elsewhere);
        String caseId = agency.openCase(subject);

        Api.Response links = links(agency, caseId, "facility=" + agency.facility.code + "&inmateNumber=" + subject);

        assertThat(links.status()).as(links.body()).isEqualTo(200);
        JsonNode accounts = links.json().get("accounts");
        assertThat(accounts.findValuesAsString("email"))
                .containsExactlyInAnyOrder(writesToBoth.email, writesToSubject.email);
        JsonNode both = account(accounts, writesToBoth.email);
        assertThat(both.get("name").asString()).isEqualTo("Test Family");
        assertThat(contacts(both)).containsExactlyInAnyOrder(
                agency.facility.code + ":" + subject + ":APPROVED", second.code + ":" + elsewhere + ":APPROVED");
        assertThat(contacts(account(accounts, writesToSubject.email))).containsExactlyInAnyOrder(
                agency.facility.code + ":" + subject + ":APPROVED", agency.facility.code + ":" + sameFacility + ":PENDING");
        assertThat(both.get("contacts").get(0).get("requestedAt").isNull()).isFalse();
        assertThat(both.get("contacts").valueStream()
                .map(c -> c.get("inmateNumber").asString() + ":" + c.get("messages").asLong()).toList())
                .containsExactlyInAnyOrder(subject + ":2", elsewhere + ":0");
        assertThat(both.get("sharesPaymentWith").isArray()).isTrue();

        JsonNode log = api().as(agency.facility.admin).get("/api/v1/staff/investigation-access").json();
        assertThat(log.get(0).get("action").asString()).isEqualTo("LINKS");
        assertThat(log.get(0).get("query").asString()).isEqualTo(agency.facility.code + ":" + subject);
        assertThat(log.get(0).get("investigator").asString()).isEqualTo("Investigator " + agency.investigatorName);
    }

    @Test
    void anAccountsLinksAreItselfAndTheOthersWritingToTheSamePeople() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String subject = agency.facility.book("Subjectson", "1111");
        String other = agency.facility.book("Other", "1111");
        String unrelated = agency.facility.book("Unrelated", "1111");
        Family asked = family();
        Family coWriter = family();
        Family coWriterOnOther = family();
        Family stranger = family();
        agency.facility.approvedContact(asked.token, subject);
        agency.facility.approvedContact(asked.token, other);
        agency.facility.approvedContact(coWriter.token, subject);
        agency.facility.approvedContact(coWriterOnOther.token, other);
        agency.facility.approvedContact(coWriterOnOther.token, unrelated);
        agency.facility.approvedContact(stranger.token, unrelated);
        String caseId = agency.openCase(subject);

        Api.Response links = links(agency, caseId, "email=" + URLEncoder.encode(asked.email, StandardCharsets.UTF_8));

        assertThat(links.status()).as(links.body()).isEqualTo(200);
        JsonNode accounts = links.json().get("accounts");
        assertThat(accounts.get(0).get("email").asString()).isEqualTo(asked.email);
        assertThat(accounts.findValuesAsString("email"))
                .containsExactlyInAnyOrder(asked.email, coWriter.email, coWriterOnOther.email);
        assertThat(contacts(account(accounts, coWriterOnOther.email))).containsExactlyInAnyOrder(
                agency.facility.code + ":" + other + ":APPROVED", agency.facility.code + ":" + unrelated + ":APPROVED");
        assertThat(api().as(agency.facility.admin).get("/api/v1/staff/investigation-access").json()
                .get(0).get("query").asString()).isEqualTo(asked.email);
    }

    @Test
    void accountsPayingWithOneCardAreLinkedButOnlyWithinTheAgency() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations otherAgency = Investigations.inNewAgency(api(), Map.of());
        String subject = agency.facility.book("Subjectson", "1111");
        String unrelated = agency.facility.book("Unrelated", "1111");
        String abroad = otherAgency.facility.book("Abroad", "1111");
        String card = "tok_visa_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Family payer = family();
        Family sameCardHere = family();
        Family sameCardAbroad = family();
        Family ownCard = family();
        agency.facility.approvedContact(payer.token, subject);
        agency.facility.approvedContact(ownCard.token, subject);
        agency.facility.approvedContact(sameCardHere.token, unrelated);
        otherAgency.facility.approvedContact(sameCardAbroad.token, abroad);
        otherAgency.facility.approvedContact(payer.token, abroad);
        buy(payer, card);
        buy(sameCardHere, card);
        buy(sameCardAbroad, card);
        buy(ownCard, "tok_mastercard_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        String caseId = agency.openCase(subject);

        JsonNode accounts = links(agency, caseId, "facility=" + agency.facility.code + "&inmateNumber=" + subject)
                .json().get("accounts");

        JsonNode linked = account(accounts, payer.email);
        assertThat(linked.get("sharesPaymentWith").valueStream().map(JsonNode::asString).toList())
                .containsExactly(sameCardHere.email);
        assertThat(linked.get("sharedWith").get(0).get("by").asString()).isEqualTo("CARD");
        assertThat(contacts(linked)).containsExactly(agency.facility.code + ":" + subject + ":APPROVED");
        assertThat(account(accounts, ownCard.email).get("sharesPaymentWith").isEmpty()).isTrue();
        assertThat(accounts.toString()).doesNotContain(sameCardAbroad.email).doesNotContain(abroad)
                .doesNotContain(otherAgency.facility.code);
    }

    @Test
    void twoAccountsAloneOnAPrivateEmailDomainAreLinkedButACommonDomainLinksNobody() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        String subject = agency.facility.book("Subjectson", "1111");
        String unrelated = agency.facility.book("Unrelated", "1111");
        String domain = "kin" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + ".example.net";
        Family privateOne = family("pat@" + domain);
        Family privateTwo = family("sam@" + domain);
        Family common = family();
        agency.facility.approvedContact(privateOne.token, subject);
        agency.facility.approvedContact(common.token, subject);
        agency.facility.approvedContact(privateTwo.token, unrelated);
        String caseId = agency.openCase(subject);

        JsonNode accounts = links(agency, caseId, "facility=" + agency.facility.code + "&inmateNumber=" + subject)
                .json().get("accounts");

        JsonNode shared = account(accounts, privateOne.email).get("sharedWith");
        assertThat(shared.size()).isEqualTo(1);
        assertThat(shared.get(0).get("email").asString()).isEqualTo(privateTwo.email);
        assertThat(shared.get(0).get("by").asString()).isEqualTo("EMAIL_DOMAIN");
        assertThat(account(accounts, common.email).get("sharedWith").isEmpty()).isTrue();
    }

    @Test
    void linksNeedAnOpenCaseOfTheInvestigatorAndAPersonOfTheAgency() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations otherAgency = Investigations.inNewAgency(api(), Map.of());
        String subject = agency.facility.book("Subjectson", "1111");
        String abroad = otherAgency.facility.book("Abroad", "1111");
        String query = "facility=" + agency.facility.code + "&inmateNumber=" + subject;
        Api.Response pending = agency.open(agency.investigator, List.of(Investigations.person(agency.facility.code, subject)));
        String pendingId = pending.json().get("id").asString();

        Api.Response refused = links(agency, pendingId, query);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("case.pending");

        Api.Response noCase = api().as(agency.investigator).get("/api/v1/investigations/links?" + query);
        assertThat(noCase.status()).as(noCase.body()).isEqualTo(400);

        String caseId = agency.openCase(subject);
        Api.Response othersCase = api().as(otherAgency.investigator)
                .get("/api/v1/investigations/links?caseId=" + caseId + "&" + query);
        assertThat(othersCase.status()).as(othersCase.body()).isEqualTo(404);

        Api.Response abroadPerson = links(agency, caseId, "facility=" + otherAgency.facility.code + "&inmateNumber=" + abroad);
        assertThat(abroadPerson.status()).as(abroadPerson.body()).isEqualTo(400);
        assertThat(abroadPerson.json().toString()).doesNotContain("Abroad");

        Api.Response neither = links(agency, caseId, "");
        assertThat(neither.status()).as(neither.body()).isEqualTo(400);
        for (String bad : List.of("email=a%00b%40example.org", "email=" + "x".repeat(5000),
                "facility=" + agency.facility.code + "&inmateNumber=" + subject + "&email=both%40example.org")) {
            Api.Response refusedQuery = links(agency, caseId, bad);
            assertThat(refusedQuery.status()).as(bad + ": " + refusedQuery.body()).isEqualTo(400);
            assertThat(refusedQuery.contentType()).startsWith("application/problem+json");
        }
    }

    private record Family(String email, String token) {
    }

    private Family family() {
        return family(Families.newEmail());
    }

    private Family family(String email) {
        return new Family(email, Families.verifiedFamily(api(), email));
    }

    private void buy(Family family, String cardToken) {
        Api.Response bought = api().as(family.token).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/wallet/purchases", Map.of("amountCents", 500, "paymentToken", cardToken));
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
    }

    private Api.Response links(Investigations agency, String caseId, String query) {
        return api().as(agency.investigator).get("/api/v1/investigations/links?caseId=" + caseId
                + (query.isEmpty() ? "" : "&" + query));
    }

    private static JsonNode account(JsonNode accounts, String email) {
        return accounts.valueStream().filter(a -> a.get("email").asString().equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no account " + email + " in " + accounts));
    }

    private static List<String> contacts(JsonNode account) {
        return account.get("contacts").valueStream().map(c -> c.get("facility").asString() + ":"
                + c.get("inmateNumber").asString() + ":" + c.get("status").asString()).toList();
    }
}
