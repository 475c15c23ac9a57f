package org.inkwell.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.inkwell.support.Api;
import org.inkwell.support.Attorneys;
import org.inkwell.support.LegalMail;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.PageForm;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Privileged legal mail between a person and their attorney: never screened or reviewed, delivered at
 * once (or sealed into a legal print batch on paper), read by its two parties only, marked for both, and
 * out of every investigator's reach.
 */
class PrivilegedLegalMailNobodyReadsTest extends IntegrationTest {

    private static final String MARK = "Legal mail — open only in the presence of the addressee";

    @LocalServerPort
    private int port;

    /** A person at the facility with an approved attorney contact, the attorney's token and credit. */
    record Client(TestFacility facility, Attorneys.Attorney attorney, String number, String contact, String inmate) {
    }

    private Client client(TestFacility facility) {
        Attorneys.Attorney attorney = Attorneys.approved(api(), null);
        String number = facility.book("Client", "2468");
        String contact = LegalMail.contact(api(), facility, attorney.token(), number, "ATTORNEY");
        Scenario.buy(api(), attorney.token(), 2000);
        return new Client(facility, attorney, number, contact, api().loginInmate(facility.code, number, "2468"));
    }

    @Test
    void aPrivilegedLetterIsDeliveredAtOnceWithoutReviewAndBothSidesReadItMarked() {
        Client c = client(TestFacility.create(api(), Map.of()));
        String reviewer = c.facility().login(c.facility().newReviewer());
        String text = "About your appeal hearing: bring the papers from March. " + UUID.randomUUID();

        Api.Response sent = LegalMail.send(api(), c.attorney().token(), c.contact(), text);

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("status").asString()).isEqualTo("DELIVERED");
        assertThat(sent.json().get("privileged").asBoolean()).isTrue();
        assertThat(sent.json().get("costCents").asLong()).as("priced like any message").isEqualTo(10);
        assertThat(api().as(reviewer).post("/api/v1/staff/review/claim", null).status()).as("nothing to review").isEqualTo(204);
        assertThat(api().as(reviewer).get("/api/v1/staff/review/stats").json().get("queued").asInt()).isZero();
        JsonNode mine = only(api().as(c.attorney().token()).get("/api/v1/messages?contactId=" + c.contact()).json());
        assertThat(mine.get("body").asString()).isEqualTo(text);
        assertThat(mine.get("privileged").asBoolean()).isTrue();
        JsonNode inbox = only(api().as(c.inmate()).get("/api/v1/inmate/inbox").json());
        assertThat(inbox.get("body").asString()).isEqualTo(text);
        assertThat(inbox.get("privileged").asBoolean()).isTrue();
        assertThat(api().as(c.attorney().token()).get("/api/v1/wallet").json().get("balanceCents").asLong())
                .as("charged and settled").isEqualTo(1990);

        String reply = "Thank you, I will bring them. " + UUID.randomUUID();
        Api.Response replied = LegalMail.reply(api(), c.inmate(), c.contact(), reply);

        assertThat(replied.status()).as(replied.body()).isEqualTo(201);
        assertThat(replied.json().get("status").asString()).isEqualTo("DELIVERED");
        JsonNode thread = api().as(c.attorney().token()).get("/api/v1/messages?contactId=" + c.contact()).json();
        JsonNode back = thread.get(1);
        assertThat(back.get("direction").asString()).isEqualTo("FROM_INMATE");
        assertThat(back.get("body").asString()).isEqualTo(reply);
        assertThat(back.get("privileged").asBoolean()).isTrue();
        assertThat(api().as(c.inmate()).get("/api/v1/messages/" + replied.json().get("id").asString()).json()
                .get("body").asString()).as("the person reads their own letter back").isEqualTo(reply);
        JsonNode told = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> mail(c.attorney().email()), m -> m.findValuesAsString("body").stream()
                        .anyMatch(b -> b.contains("/conversations/" + c.contact())));
        assertThat(told.toString()).as("the usual email, with no text").doesNotContain(reply);
    }

    @Test
    void theMarkAndTheChoiceShowOnTheConversationAndKioskPages() {
        Client c = client(TestFacility.create(api(), Map.of()));
        String text = "Privileged from the page. " + UUID.randomUUID();
        String page = "/conversations/" + c.contact();

        assertThat(asFamily(c.attorney().token(), page).body()).contains("Send as privileged legal mail");
        Api.Response posted = PageForm.open(api(), page, c.attorney().token()).post(page + "/messages",
                Map.of("body", text, "idempotencyKey", UUID.randomUUID().toString(), "privileged", "true"));

        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        assertThat(posted.header("Location").orElse("")).endsWith(page + "?sentLegal");
        String conversation = asFamily(c.attorney().token(), page).body();
        assertThat(conversation).contains(text).contains("Legal mail");
        assertThat(asFamily(c.attorney().token(), page + "?lang=es").body()).contains("Correo legal");
        String kiosk = asFamily(c.inmate(), "/kiosk/inbox").body();
        assertThat(kiosk).contains("Legal mail");
        String write = "/kiosk/write/" + c.contact();
        assertThat(asFamily(c.inmate(), write).body()).contains("Send as privileged legal mail").contains("Legal mail");
        Api.Response replied = PageForm.open(api(), write, c.inmate()).post(write, Map.of("body", "Privileged from the kiosk.",
                "idempotencyKey", UUID.randomUUID().toString(), "privileged", "true"));
        assertThat(replied.header("Location").orElse("")).as(replied.body()).endsWith("/kiosk/inbox?sentLegal");
        JsonNode back = api().as(c.attorney().token()).get("/api/v1/messages?contactId=" + c.contact()).json().get(1);
        assertThat(back.get("privileged").asBoolean()).isTrue();
        assertThat(back.get("body").asString()).isEqualTo("Privileged from the kiosk.");
        String sibling = LegalMail.contact(api(), c.facility(), c.attorney().token(), c.facility().book("Kin", "2468"),
                "SIBLING");
        assertThat(asFamily(c.attorney().token(), "/conversations/" + sibling).body())
                .as("offered only to a legal contact").doesNotContain("Send as privileged legal mail");
    }

    @Test
    void investigatorsNeitherFindNorOpenNorTagNorAreAlertedToAPrivilegedLetter() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Client c = client(agency.facility);
        String caseId = agency.openCase(c.number());
        String cases = "/api/v1/investigations/cases/" + caseId;
        Api investigator = api().as(agency.investigator);
        assertThat(investigator.post(cases + "/watch", Map.of("kind", "PERSON", "value",
                agency.facility.code + ":" + c.number())).status()).isEqualTo(201);
        assertThat(investigator.post(cases + "/watch", Map.of("kind", "TERM", "value", "quokkaharbour")).status())
                .isEqualTo(201);
        String id = LegalMail.send(api(), c.attorney().token(), c.contact(),
                "The quokkaharbour motion is filed.").json().get("id").asString();

        assertThat(investigator.get("/api/v1/investigations/search?caseId=" + caseId + "&q=quokkaharbour").json()
                .get("results")).isEmpty();
        assertThat(investigator.get("/api/v1/investigations/search?caseId=" + caseId + "&inmateNumber=" + c.number())
                .json().findValuesAsString("messageId")).doesNotContain(id);
        assertThat(investigator.get("/api/v1/investigations/messages/" + id + "?caseId=" + caseId).status()).isEqualTo(404);
        assertThat(investigator.post(cases + "/items", Map.of("messageId", id)).status()).isEqualTo(404);
        assertThat(investigator.get(cases + "/alerts").body()).doesNotContain(id);
        Api.Response export = investigator.get(cases + "/export");
        assertThat(export.status()).as("nothing could be tagged, so nothing to export").isEqualTo(409);
        assertThat(api().with("Cookie", "inkwell_session=" + agency.investigator)
                .get("/staff/investigations/" + caseId + "/messages/" + id).status()).isEqualTo(404);
    }

    @Test
    void atAPaperFacilityTheLetterIsSealedIntoALegalPrintBatchAndNeverIntoTheOrdinaryOne() throws Exception {
        TestFacility paper = TestFacility.create(api(), Map.of("delivery", "PRINT"));
        Client c = client(paper);
        String text = "Sealed letter about the plea offer. " + UUID.randomUUID();
        String id = LegalMail.send(api(), c.attorney().token(), c.contact(), text).json().get("id").asString();
        String ordinary = Scenario.send(api(), c.attorney().token(), c.contact(), "An ordinary note.").json()
                .get("id").asString();
        String reviewer = paper.login(paper.newReviewer());
        Scenario.claimNext(api(), reviewer, ordinary);
        Scenario.decide(api(), reviewer, ordinary, "APPROVE", null);
        assertThat(status(c, id)).isEqualTo("APPROVED");

        JsonNode ordinaryBatches = api().as(paper.admin).post("/api/v1/staff/print-batches", null).json();
        assertThat(ordinaryBatches.findValues("messageCount").stream().mapToInt(JsonNode::asInt).sum())
                .as("only the ordinary message").isEqualTo(1);
        String ordinaryPdf = pdfText(paper.admin, "/api/v1/staff/print-batches/" + ordinaryBatches.get(0).get("id").asString() + "/pdf");
        assertThat(ordinaryPdf).contains("An ordinary note.").doesNotContain(text);

        Api.Response generated = api().as(paper.admin).post("/api/v1/staff/legal-print-batches", null);
        assertThat(generated.status()).as(generated.body()).isEqualTo(201);
        JsonNode batch = only(generated.json());
        assertThat(batch.get("letterCount").asInt()).isEqualTo(1);
        assertThat(batch.get("housingUnit").asString()).isEqualTo("U-1");
        String batchId = batch.get("id").asString();
        assertThat(api().as(paper.admin).post("/api/v1/staff/legal-print-batches", null).json()).as("once").isEmpty();
        assertThat(api().as(paper.admin).post("/api/v1/staff/legal-print-batches/" + batchId + "/confirm", null).status())
                .as("not before it was printed").isEqualTo(409);

        String sheets = pdfText(paper.admin, "/api/v1/staff/legal-print-batches/" + batchId + "/pdf");

        assertThat(sheets.replaceAll("\\s+", " ")).contains(MARK).contains(c.number()).contains("Pat Client")
                .contains("Housing unit: U-1").contains(text).contains("Signature").contains("sheet 2")
                .contains(" LLP (attorney)");
        JsonNode audit = api().as(paper.admin).get("/api/v1/admin/audit?action=LEGAL_PRINT_BATCH_DOWNLOADED").json();
        JsonNode download = audit.findParents("target").stream().filter(e -> e.get("target").asString().equals(batchId))
                .findFirst().orElseThrow();
        assertThat(download.get("detail").asString()).isEqualTo("1 letters");
        assertThat(audit.toString()).doesNotContain(text);
        assertThat(status(c, id)).isEqualTo("APPROVED");

        Api.Response confirmed = api().as(paper.admin).post("/api/v1/staff/legal-print-batches/" + batchId + "/confirm", null);

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(status(c, id)).isEqualTo("DELIVERED");
        assertThat(api().with("Cookie", "inkwell_session=" + paper.admin).get("/staff/legal-print-batches").body())
                .contains("Legal print batches").doesNotContain(text);
        assertThat(api().with("Cookie", "inkwell_session=" + paper.admin).get("/staff").body())
                .contains("/staff/legal-print-batches");
    }

    @Test
    void aKioskFacilityHasNoLegalPrintBatches() {
        TestFacility tablet = TestFacility.create(api(), Map.of());

        assertThat(api().as(tablet.admin).post("/api/v1/staff/legal-print-batches", null).status()).isEqualTo(409);
        assertThat(api().with("Cookie", "inkwell_session=" + tablet.admin).get("/staff/legal-print-batches").status())
                .isEqualTo(404);
    }

    @Test
    void privilegedIsRefusedOnAContactThatIsNotAnAttorneysAndNothingIsChargedOrStored() {
        Client c = client(TestFacility.create(api(), Map.of()));
        String sibling = LegalMail.contact(api(), c.facility(), c.attorney().token(), c.facility().book("Kin", "2468"),
                "SIBLING");

        Api.Response refused = LegalMail.send(api(), c.attorney().token(), sibling, "Not legal mail.");

        assertRefused(refused, "send.not-privileged");
        assertThat(api().as(c.attorney().token()).get("/api/v1/messages?contactId=" + sibling).json()).isEmpty();
        assertThat(api().as(c.attorney().token()).get("/api/v1/wallet").json().get("balanceCents").asLong()).isEqualTo(2000);
    }

    @Test
    void privilegedIsRefusedWhileTheAttorneyIsNotApproved() {
        TestFacility facility = TestFacility.create(api(), Map.of());
        Attorneys.Attorney pending = Attorneys.applied(api(), null);
        String number = facility.book("Waiting", "2468");
        String contact = LegalMail.contact(api(), facility, pending.token(), number, "ATTORNEY");
        Scenario.buy(api(), pending.token(), 500);
        String inmate = api().loginInmate(facility.code, number, "2468");

        assertRefused(LegalMail.send(api(), pending.token(), contact, "Too early."), "send.privilege-not-approved");
        assertRefused(LegalMail.reply(api(), inmate, contact, "Too early from inside."), "send.privilege-not-approved");
        assertThat(api().as(pending.token()).get("/api/v1/messages?contactId=" + contact).json()).isEmpty();
        assertThat(api().as(pending.token()).get("/api/v1/wallet").json().get("balanceCents").asLong()).isEqualTo(500);
        assertThat(asFamily(pending.token(), "/conversations/" + contact).body())
                .doesNotContain("Send as privileged legal mail");
    }

    @Test
    void privilegedIsRefusedWhileTheAttorneysPrivilegeIsSuspendedAtTheFacility() {
        Client c = client(TestFacility.create(api(), Map.of()));
        Api.Response suspended = api().as(c.facility().admin).post("/api/v1/staff/legal-senders/"
                + c.attorney().accountId() + "/suspension", Map.of("reason", "Volume far beyond any case's needs"));
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(201);

        assertRefused(LegalMail.send(api(), c.attorney().token(), c.contact(), "While suspended."),
                "send.privilege-not-approved");
        assertRefused(LegalMail.reply(api(), c.inmate(), c.contact(), "While suspended, from inside."),
                "send.privilege-not-approved");
        assertThat(api().as(c.attorney().token()).get("/api/v1/wallet").json().get("balanceCents").asLong()).isEqualTo(2000);
        JsonNode listed = api().as(c.facility().admin).get("/api/v1/staff/legal-contacts").json().get(0);
        assertThat(listed.get("attorney").get("privilegeSuspended").asBoolean()).isTrue();
        assertThat(listed.get("attorney").get("firm").asString()).endsWith("LLP");
    }

    @Test
    void whereLegalMailIsFreeAPrivilegedLetterCostsNothing() {
        Client c = client(TestFacility.create(api(), Map.of("legalMailFree", true)));

        Api.Response legal = LegalMail.send(api(), c.attorney().token(), c.contact(), "Free legal letter.");
        Api.Response ordinary = Scenario.send(api(), c.attorney().token(), c.contact(), "An ordinary note.");

        assertThat(legal.json().get("costCents").asLong()).isZero();
        assertThat(ordinary.json().get("costCents").asLong()).isEqualTo(10);
        assertThat(api().as(c.attorney().token()).get("/api/v1/wallet").json().get("balanceCents").asLong()).isEqualTo(1990);
    }

    @Test
    void facilityAdminsSeeHowMuchLegalMailEachAttorneyContactCarriesWithoutReadingIt() {
        Client c = client(TestFacility.create(api(), Map.of()));
        LegalMail.send(api(), c.attorney().token(), c.contact(), "First privileged letter.");
        LegalMail.reply(api(), c.inmate(), c.contact(), "Privileged answer.");
        Scenario.send(api(), c.attorney().token(), c.contact(), "Ordinary, not counted.");
        Client quiet = client(c.facility());

        JsonNode list = api().as(c.facility().admin).get("/api/v1/staff/legal-contacts").json();

        JsonNode busy = list.get(0);
        assertThat(busy.get("contactId").asString()).isEqualTo(c.contact());
        assertThat(busy.get("attorney").get("email").asString()).isEqualTo(c.attorney().email());
        assertThat(busy.get("person").get("number").asString()).isEqualTo(c.number());
        assertThat(busy.get("privilegedLast30Days").asLong()).isEqualTo(2);
        assertThat(busy.get("privilegedTotal").asLong()).isEqualTo(2);
        assertThat(busy.get("lastAt").isNull()).isFalse();
        JsonNode none = list.get(1);
        assertThat(none.get("contactId").asString()).isEqualTo(quiet.contact());
        assertThat(none.get("privilegedTotal").asLong()).isZero();
        assertThat(list.toString()).doesNotContain("privileged letter").doesNotContain("Privileged answer");
        String page = api().with("Cookie", "inkwell_session=" + c.facility().admin).get("/staff/legal-contacts").body();
        assertThat(page).contains(c.attorney().email()).contains(c.number()).doesNotContain("Privileged answer");
        assertThat(api().with("Cookie", "inkwell_session=" + c.facility().admin).get("/staff").body())
                .contains("/staff/legal-contacts").doesNotContain("/staff/legal-print-batches");
    }

    @Test
    void aPrivilegedLetterIsKeptUntilRetentionDaysAfterThePersonsReleaseAndThenErasedForBothParties() {
        TestFacility facility = TestFacility.create(api(), Map.of("retentionDays", 30));
        Client c = client(facility);
        String id = LegalMail.send(api(), c.attorney().token(), c.contact(), "Your release papers are ready.").json()
                .get("id").asString();

        clock.advance(Duration.ofDays(31));
        runRetention();

        String attorney = api().login(c.attorney().email(), org.inkwell.support.Families.PASSWORD);
        assertThat(body(attorney, c.contact(), id)).as("an ordinary message's time would be up; a privileged one waits for release")
                .isEqualTo("Your release papers are ready.");

        Api.Response released = api().as(facility.login(facility.adminName)).send("POST", "/api/v1/staff/roster", "text/csv",
                c.number() + ",Client,Pat,RELEASED,\n");
        assertThat(released.json().get("released").asInt()).as(released.body()).isOne();
        clock.advance(Duration.ofDays(31));
        runRetention();

        String again = api().login(c.attorney().email(), org.inkwell.support.Families.PASSWORD);
        assertThat(body(again, c.contact(), id)).as("erased 30 days after the release").isEmpty();
    }

    private void runRetention() {
        Api.Response run = api().as(api().login("platform.admin", "demo-platform-pass")).post("/api/v1/admin/retention/run", null);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
    }

    private String body(String token, String contact, String id) {
        for (JsonNode m : api().as(token).get("/api/v1/messages?contactId=" + contact).json()) {
            if (m.get("id").asString().equals(id)) {
                return m.get("body").asString();
            }
        }
        throw new AssertionError(id + " is not in the thread");
    }

    private static void assertRefused(Api.Response response, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    private static JsonNode only(JsonNode list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private Api.Response asFamily(String session, String path) {
        return api().with("Cookie", "inkwell_session=" + session).get(path);
    }

    private JsonNode mail(String to) {
        return api().get("/api/v1/dev/mail?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8)).json();
    }

    private String status(Client c, String id) {
        return api().as(c.attorney().token()).get("/api/v1/messages/" + id).json().get("status").asString();
    }

    private String pdfText(String token, String path) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PdfReader reader = new PdfReader(pdf.body())) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }
}
