package org.inkwell.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * The roster page: the people in custody (searchable, 50 a page, with their housing unit), a template to
 * fill in, a wrong header refused whole, and an import's result kept at its own address so a reload shows
 * it again and never imports twice.
 */
class RosterListAndTemplateTest extends IntegrationTest {

    private static final String HEADER = "number,lastName,firstName,status,housingUnit,pin";

    @Test
    void theTemplateIsTheExpectedHeaderAndOneExampleRowThatImports() {
        TestFacility site = TestFacility.create(api(), Map.of());

        Api.Response template = staff(site).get("/staff/roster/template.csv");

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("text/csv");
        assertThat(template.header("Content-Disposition").orElse("")).contains("attachment").contains("roster-template.csv");
        assertThat(template.body().lines().toList()).hasSize(2).first().isEqualTo(HEADER);
        assertThat(staff(site).get("/staff/roster").body()).contains("<code>" + HEADER + "</code>")
                .contains("href=\"/staff/roster/template.csv\"");
        String fresh = "T" + System.nanoTime() % 1_000_000;
        Api.Response imported = api().as(site.admin).send("POST", "/api/v1/staff/roster", "text/csv",
                template.body().replace("A1234", fresh));
        assertThat(imported.json().get("added").asInt()).isEqualTo(1);
    }

    @Test
    void theListShowsPeopleInCustodyWithTheirHousingFiftyAPageAndFindsByNumberOrName() {
        TestFacility site = TestFacility.create(api(), Map.of());
        TestFacility other = TestFacility.create(api(), Map.of());
        String prefix = "L" + System.nanoTime() % 100_000;
        String rows = IntStream.rangeClosed(1, 52)
                .mapToObj(i -> "%s-%03d,Lastname%03d,Pat,IN_CUSTODY,UNIT-%d".formatted(prefix, i, i, i % 3))
                .collect(Collectors.joining("\n", HEADER + "\n", "\n"));
        api().as(site.admin).send("POST", "/api/v1/staff/roster", "text/csv", rows
                + prefix + "-900,Okonkwo,Ifeoma,IN_CUSTODY,WEST-4\n" + prefix + "-901,Gone,Gil,IN_CUSTODY,A\n");
        api().as(site.admin).send("POST", "/api/v1/staff/roster", "text/csv", prefix + "-901,Gone,Gil,RELEASED,\n");
        other.book("Elsewhere", "1234");

        String first = staff(site).get("/staff/roster").body();
        assertThat(first).contains("People in custody here: 53").contains(prefix + "-001").contains("Lastname001, Pat")
                .contains("UNIT-1").contains(prefix + "-050").doesNotContain(prefix + "-051")
                .doesNotContain("Elsewhere").doesNotContain("Gone, Gil");
        assertThat(first).contains("rel=\"next\"").contains("after=" + prefix + "-050");

        String second = staff(site).get("/staff/roster?q=&after=" + prefix + "-050").body();
        assertThat(second).contains(prefix + "-051", prefix + "-052", prefix + "-900").doesNotContain(prefix + "-050<")
                .doesNotContain("rel=\"next\"").contains("First page");

        assertThat(staff(site).get("/staff/roster?q=" + prefix.toLowerCase() + "-90").body())
                .contains("People in custody here: 1").contains("Okonkwo, Ifeoma").contains("WEST-4");
        assertThat(staff(site).get("/staff/roster?q=ifeoma%20okon").body()).contains("Okonkwo, Ifeoma");
        assertThat(staff(site).get("/staff/roster?q=okonkwo").body()).contains(prefix + "-900");
        assertThat(staff(site).get("/staff/roster?q=Nobody%25Here").body()).contains("No one in custody here matches");
        assertThat(staff(site).get("/staff/roster?q=" + "x".repeat(101)).status()).isEqualTo(400);
    }

    @Test
    void aFileWithAnotherHeaderIsRefusedWholeNamingBothHeaders() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = "H" + System.nanoTime() % 1_000_000;

        Api.Response refused = PageForm.open(api(), "/staff/roster", site.admin).postFile("/staff/roster", "file",
                "roster.csv", "text/csv", "id,last,first,state,unit\n" + number + ",Wrong,Header,IN_CUSTODY,A-1\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Error:")
                .contains("Nothing was imported: the first line must be number,lastName,firstName,status,housingUnit,pin")
                .contains("The first line of your file is:").contains("<code>id,last,first,state,unit</code>")
                .contains("id=\"file-error\"");
        assertThat(staff(site).get("/staff/roster?q=" + number).body()).contains("People in custody here: 0");
        Api.Response api = api().as(site.admin).send("POST", "/api/v1/staff/roster", "text/csv",
                "Number,Last Name,First Name,Status,Unit\n" + number + ",Wrong,Header,IN_CUSTODY,A-1\n");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().get("code").asString()).isEqualTo("roster.wrong-header");
        assertThat(staff(site).get("/staff/roster?q=" + number).body()).contains("People in custody here: 0");
    }

    @Test
    void aHeaderSavedWithAByteOrderMarkIsTheHeader() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = "B" + System.nanoTime() % 1_000_000;

        Api.Response imported = api().as(site.admin).send("POST", "/api/v1/staff/roster", "text/csv",
                "\uFEFF" + HEADER + "\n" + number + ",Mark,Bo,IN_CUSTODY,A-1,\n");

        assertThat(imported.json().get("added").asInt()).as(imported.body()).isEqualTo(1);
        assertThat(imported.json().get("rejected").size()).isZero();
    }

    @Test
    void theResultHasItsOwnAddressSoAReloadShowsItAgainWithoutImportingAgain() {
        TestFacility site = TestFacility.create(api(), Map.of());
        TestFacility other = TestFacility.create(api(), Map.of());
        String number = "R" + System.nanoTime() % 1_000_000;

        Api.Response posted = PageForm.open(api(), "/staff/roster", site.admin).postFile("/staff/roster", "file",
                "roster.csv", "text/csv", HEADER + "\n" + number + ",Reload,Rae,IN_CUSTODY,A-1,\nbad!,X,Y,IN_CUSTODY,A-1,\n");

        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        URI location = URI.create(posted.header("Location").orElseThrow());
        assertThat(location.getRawQuery()).startsWith("import=");
        String result = location.getRawPath() + "?" + location.getRawQuery();
        for (int reload = 0; reload < 3; reload++) {
            String page = staff(site).get(result).body();
            assertThat(page).contains("Booked: 1").contains("Rows not imported: 1").contains(number);
        }
        assertThat(imports(site)).isEqualTo(1);
        assertThat(staff(other).get(result).status()).as("another facility's result").isEqualTo(404);
    }

    @Test
    void anUploadWithoutAFileIsShownBesideTheFileField() {
        TestFacility site = TestFacility.create(api(), Map.of());

        Api.Response refused = PageForm.open(api(), "/staff/roster", site.admin).postFile("/staff/roster", "file",
                "", "text/csv", "");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#file\"").contains("Choose a file to import.");
        assertThat(imports(site)).isZero();
    }

    private long imports(TestFacility site) {
        String platform = api().login("platform.admin", "demo-platform-pass");
        return api().as(platform).get("/api/v1/admin/audit?action=ROSTER_IMPORTED&limit=200").json()
                .findValues("target").stream().filter(t -> t.asString().equals(site.code)).count();
    }

    private Api staff(TestFacility site) {
        return api().with("Cookie", "inkwell_session=" + site.admin);
    }
}
