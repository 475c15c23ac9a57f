package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.PageForm;
import org.junit.jupiter.api.Test;

/**
 * The whole investigation through the browser pages over HTTP: a case opened on its form, approved by a
 * facility admin on theirs, the archive searched with the match highlighted and the letter's own text
 * escaped, a message read with its history and tagged, and the admin's access log naming the search.
 */
class InvestigateThroughThePagesTest extends IntegrationTest {

    private static final Pattern CASE_PAGE = Pattern.compile("/staff/investigations/([0-9a-f-]{36})");

    @Test
    void anInvestigatorOpensSearchesReadsAndTagsWhileTheAdminApprovesAndSeesTheLog() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Pagewise");
        String hostile = agency.send(family, "<script>alert(1)</script> Bring the packages to the yard.");

        Api.Response refused = PageForm.open(api(), "/staff/investigations/new", agency.investigator)
                .post("/staff/investigations", Map.of("caseNumber", "", "legalBasis", "", "accessDays", "120",
                        "people", agency.facility.code + " NOBODY1", "emails", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#caseNumber\"")
                .contains("href=\"#legalBasis\"").contains("href=\"#accessDays\"").contains("href=\"#people\"")
                .contains("Enter a number of days from 1 to 90");

        String caseNumber = "PAGE-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Response opened = PageForm.open(api(), "/staff/investigations/new", agency.investigator)
                .post("/staff/investigations", Map.of("caseNumber", caseNumber, "legalBasis", "Warrant 77, county court",
                        "accessDays", "30", "people", agency.facility.code + " " + family.number(), "emails", ""));
        assertThat(opened.status()).isEqualTo(302);
        Matcher path = CASE_PAGE.matcher(opened.header("Location").orElseThrow());
        assertThat(path.find()).isTrue();
        String caseId = path.group(1);

        Api.Response pending = page(agency.investigator, "/staff/investigations/" + caseId + "?q=packages");
        assertThat(pending.body()).contains("Waiting for approval").contains("has not approved this case yet")
                .doesNotContain("id=\"results\"");
        assertThat(page(agency.investigator, "/staff/investigations").body()).contains(caseNumber)
                .contains("Waiting for approval");

        Api.Response waiting = page(agency.facility.admin, "/staff/investigation-cases");
        assertThat(waiting.body()).contains(caseNumber).contains("Warrant 77, county court");
        Api.Response approved = PageForm.open(api(), "/staff/investigation-cases", agency.facility.admin)
                .post("/staff/investigation-cases/" + caseId + "/decision", Map.of("decision", "APPROVE",
                        "reason", "checked against the warrant", "accessUntil", ""));
        assertThat(approved.status()).isEqualTo(302);
        assertThat(page(agency.facility.admin, "/staff/investigation-cases").body())
                .doesNotContain("/staff/investigation-cases/" + caseId + "/decision")
                .contains("/staff/investigation-cases/" + caseId + "/extension");

        String results = page(agency.investigator, "/staff/investigations/" + caseId + "?q=packages").body();
        assertThat(results).contains("id=\"results\"").contains("<mark>packages</mark>")
                .contains("alert(1)&lt;/script&gt; Bring the").doesNotContain("<script>alert(1)")
                .doesNotContain("</script> Bring");

        Api.Response badDate = page(agency.investigator, "/staff/investigations/" + caseId + "?q=packages&from=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("href=\"#from\"").contains("Enter a real date")
                .doesNotContain("id=\"results\"");
        assertThat(page(agency.investigator, "/staff/investigations/" + caseId + "?q=packages&facility=NOWHERE").body())
                .contains("href=\"#facility\"").contains("No facility of your agency has this code");

        String message = page(agency.investigator, "/staff/investigations/" + caseId + "/messages/" + hostile).body();
        assertThat(message).contains("&lt;script&gt;alert(1)&lt;/script&gt; Bring the packages")
                .doesNotContain("<script>alert(1)").contains("SUBMITTED").contains("SCREENED");
        Api.Response tagged = PageForm.open(api(), "/staff/investigations/" + caseId + "/messages/" + hostile,
                agency.investigator).post("/staff/investigations/" + caseId + "/items", Map.of("messageId", hostile));
        assertThat(tagged.status()).isEqualTo(302);
        assertThat(page(agency.investigator, "/staff/investigations/" + caseId).body()).contains("id=\"items\"")
                .contains("/staff/investigations/" + caseId + "/messages/" + hostile)
                .contains("/staff/investigations/" + caseId + "/export.zip");

        String log = page(agency.facility.admin, "/staff/investigation-access").body();
        assertThat(log).contains(caseNumber).contains(agency.investigatorName).contains("Searched")
                .contains("packages").contains("Opened a message").contains(hostile);
    }

    @Test
    void aDeniedCaseSaysWhyAndADenialWithoutAReasonIsRefusedBesideItsField() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Denied");
        String caseId = agency.open(agency.investigator,
                java.util.List.of(Investigations.person(agency.facility.code, family.number()))).json().get("id").asString();

        Api.Response noReason = PageForm.open(api(), "/staff/investigation-cases", agency.facility.admin)
                .post("/staff/investigation-cases/" + caseId + "/decision",
                        Map.of("decision", "DENY", "reason", "", "accessUntil", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("href=\"#reason-" + caseId + "\"").contains("Give a reason to deny");

        Api.Response past = PageForm.open(api(), "/staff/investigation-cases", agency.facility.admin)
                .post("/staff/investigation-cases/" + caseId + "/decision",
                        Map.of("decision", "APPROVE", "reason", "", "accessUntil", "2000-01-01"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("href=\"#accessUntil-" + caseId + "\"").contains("Enter a date in the future")
                .contains("value=\"2000-01-01\"");

        String colleague = api().login(agency.anotherInvestigator(), Investigations.PASSWORD);
        assertThat(api().with("Cookie", "inkwell_session=" + colleague).get("/staff/investigations/" + caseId).status())
                .as("another investigator's case").isEqualTo(404);

        assertThat(agency.decide(caseId, "DENY").status()).isEqualTo(200);
        String page = page(agency.investigator, "/staff/investigations/" + caseId + "?q=anything").body();
        assertThat(page).contains("Denied").contains("This case was not approved").doesNotContain("id=\"q\"");
        assertThat(page(agency.investigator, "/staff/investigations/" + caseId + "/messages/"
                + java.util.UUID.randomUUID()).status()).isEqualTo(403);
    }

    @Test
    void theWatchListAlertsAndEvidenceWorkFromTheCasePageInEitherLanguage() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Watched");
        String caseId = agency.openCase(family.number());
        String casePage = "/staff/investigations/" + caseId;

        Api.Response tooShort = PageForm.open(api(), casePage, agency.investigator)
                .post(casePage + "/watch", Map.of("kind", "TERM", "value", "x"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("href=\"#value\"").contains("Enter a term of 2 to 100 characters");
        assertThat(PageForm.open(api(), casePage, agency.investigator)
                .post(casePage + "/watch", Map.of("kind", "TERM", "value", "contraband")).status()).isEqualTo(302);
        String held = agency.send(family, "The contraband is under the bench.");

        String alerts = page(agency.investigator, casePage + "/alerts").body();
        assertThat(alerts).contains("Term: contraband").contains(casePage + "/messages/" + held);
        Matcher watch = Pattern.compile("/watch/([0-9a-f-]{36})/remove").matcher(page(agency.investigator, casePage).body());
        assertThat(watch.find()).isTrue();
        assertThat(PageForm.open(api(), casePage, agency.investigator)
                .post(casePage + "/watch/" + watch.group(1) + "/remove", Map.of()).status()).isEqualTo(302);
        assertThat(page(agency.investigator, casePage).body()).contains("Nothing is watched under this case");

        assertThat(api().as(agency.investigator).post("/api/v1/investigations/cases/" + caseId + "/items",
                Map.of("messageId", held)).status()).isEqualTo(201);
        Api.Response zip = page(agency.investigator, casePage + "/export.zip");
        assertThat(zip.contentType()).startsWith("application/zip");
        assertThat(zip.header("X-Manifest-SHA256")).isPresent();

        assertThat(page(agency.investigator, "/staff/investigations?lang=es").body()).contains("Mis casos")
                .contains("Abrir un caso").contains("Acceso hasta");
    }

    @Test
    void theAccessLogPagesOlderEntriesAndPlatformAdminsSeeIt() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Logged");
        String caseId = agency.openCase(family.number());
        String caseNumber = api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId).json()
                .get("caseNumber").asString();
        for (int i = 0; i < 51; i++) {
            assertThat(api().as(agency.investigator).get("/api/v1/investigations/search?caseId=" + caseId
                    + "&q=needle" + i).status()).isEqualTo(200);
        }

        String newest = page(agency.facility.admin, "/staff/investigation-access").body();
        assertThat(newest).contains("needle50").doesNotContain("needle0<");
        Matcher older = Pattern.compile("before=(\\d+)").matcher(newest);
        assertThat(older.find()).isTrue();
        assertThat(page(agency.facility.admin, "/staff/investigation-access?before=" + older.group(1)).body())
                .contains("needle0<").doesNotContain("needle50");
        assertThat(page(Investigations.platformAdmin(api()), "/staff/investigation-access").body()).contains(caseNumber);
    }

    @Test
    void searchResultsGoOnToTheNextPage() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Paged");
        for (int i = 0; i < 51; i++) {
            agency.send(family, "Letter number " + i + " about the garden.");
        }
        String casePage = "/staff/investigations/" + agency.openCase(family.number());

        String first = page(agency.investigator, casePage + "?q=garden").body();
        assertThat(first.split("class=\"snippet\"", -1)).hasSize(51);
        Matcher next = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        String second = page(agency.investigator, next.group(1).replace("&amp;", "&")).body();
        assertThat(second.split("class=\"snippet\"", -1)).hasSize(2);
        assertThat(second).contains("Letter number 0 about").doesNotContain("id=\"next-page\"");
    }

    @Test
    void theLinkedPeoplePageListsTheAccountsAndDrawsThemWithNamesKeptAsText() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("<b>x</b>");
        String message = agency.send(family, "See you on Sunday.");
        String caseId = agency.openCase(family.number());
        String casePage = "/staff/investigations/" + caseId;
        String byPerson = casePage + "/links?facility=" + agency.facility.code + "&inmateNumber=" + family.number();

        assertThat(page(agency.investigator, casePage).body()).contains(byPerson.replace("&", "&amp;"));
        Api.Response links = page(agency.investigator, byPerson);
        assertThat(links.status()).isEqualTo(200);
        String body = links.body();
        assertThat(body).contains(family.email()).contains("Outside accounts").contains("approved")
                .doesNotContain("<b>x</b>");
        int svgStart = body.indexOf("<svg");
        assertThat(svgStart).as("a drawing").isPositive();
        String svg = body.substring(svgStart, body.indexOf("</svg>", svgStart));
        assertThat(svg).contains("<title id=\"graph-title\">").contains("&lt;b&gt;x&lt;/b&gt;").contains("<path")
                .doesNotContain("<script");

        assertThat(page(agency.investigator, casePage + "/links?email=" + family.email()).body())
                .contains(family.email()).contains("&lt;b&gt;x&lt;/b&gt;");
        assertThat(page(agency.investigator, byPerson + "&lang=es").body()).contains("Personas vinculadas")
                .contains("Cuentas externas").contains("aprobado");
        Api.Response unknown = page(agency.investigator, casePage + "/links?email=nobody@example.invalid");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("href=\"#email\"").doesNotContain("<svg");
        Api.Response halfAPerson = page(agency.investigator, casePage + "/links?facility=" + agency.facility.code);
        assertThat(halfAPerson.status()).isEqualTo(400);
        assertThat(halfAPerson.body()).contains("href=\"#inmateNumber\"").contains("Give a facility code and a number");
        assertThat(page(agency.investigator, casePage + "/messages/" + message).body())
                .contains(casePage + "/links?email=");
        assertThat(page(agency.facility.admin, "/staff/investigation-access").body()).contains(family.email());
    }

    @Test
    void theOpenerAddsAColleagueAndTheAdminExtendsTheCaseOnTheirPages() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Members");
        String caseId = agency.openCase(family.number());
        String casePage = "/staff/investigations/" + caseId;
        String colleague = agency.anotherInvestigator();

        Api.Response unknown = PageForm.open(api(), casePage, agency.investigator)
                .post(casePage + "/members", Map.of("username", "nobody." + caseId.substring(0, 8)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("href=\"#username\"").contains("No investigator of your agency has this username")
                .contains("id=\"username-error\"");
        assertThat(PageForm.open(api(), casePage, agency.investigator)
                .post(casePage + "/members", Map.of("username", colleague)).status()).isEqualTo(302);
        assertThat(page(agency.investigator, casePage).body()).contains("(" + colleague + "), added by");
        String colleagueSession = api().login(colleague, Investigations.PASSWORD);
        assertThat(page(colleagueSession, casePage).body()).contains("(" + colleague + ")")
                .doesNotContain("id=\"username\"");

        String until = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(60).toString();
        assertThat(page(agency.facility.admin, "/staff/investigation-cases").body())
                .contains("/staff/investigation-cases/" + caseId + "/extension");
        Api.Response noReason = PageForm.open(api(), "/staff/investigation-cases", agency.facility.admin)
                .post("/staff/investigation-cases/" + caseId + "/extension", Map.of("accessUntil", until, "reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("href=\"#reason-" + caseId + "\"").contains("Give a reason to extend")
                .contains("value=\"" + until + "\"");
        assertThat(PageForm.open(api(), "/staff/investigation-cases", agency.facility.admin)
                .post("/staff/investigation-cases/" + caseId + "/extension",
                        Map.of("accessUntil", until, "reason", "the court extended the warrant")).status()).isEqualTo(302);
        assertThat(page(agency.facility.admin, "/staff/investigation-cases?lang=es").body()).contains("Casos aprobados")
                .contains("Prorrogar");
    }

    private Api.Response page(String session, String path) {
        Api.Response response = api().with("Cookie", "inkwell_session=" + session).get(path);
        assertThat(response.status()).as(path).isIn(200, 400, 403);
        return response;
    }
}
