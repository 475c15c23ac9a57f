package org.inkwell.platform;

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
 * The staff forms say what is wrong in the words of the refusal's code, in the summary and beside the
 * field it concerns; forms with several fields name every field to correct at once.
 */
class StaffFormsNameTheProblemTest extends IntegrationTest {

    @Test
    void theNewStaffFormAsksForTheirFullNameAndNamesEveryFieldAtOnce() {
        TestFacility site = TestFacility.create(api(), Map.of());
        PageForm form = PageForm.open(api(), "/staff/accounts", site.admin);

        Api.Response refused = form.post("/staff/accounts",
                Map.of("fullName", " ", "username", "X", "password", "short", "role", "REVIEWER"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Their full name", "<title>Error: ")
                .contains("href=\"#fullName\"", "href=\"#username\"", "href=\"#password\"")
                .contains("id=\"fullName-error\"", "username-hint username-error", "password-hint password-error")
                .contains("Give their full name", "Choose a username of 3 to 64", "Choose a first password of at least 12");
        Api.Response spanish = PageForm.open(api(), "/staff/accounts?lang=es", site.admin).post("/staff/accounts",
                Map.of("fullName", " ", "username", "valid.name", "password", "a long enough passphrase", "lang", "es"));
        assertThat(spanish.body()).contains("Nombre completo de la persona", "Escriba el nombre completo de la persona");
    }

    @Test
    void aTakenUsernameIsShownBesideTheUsername() {
        TestFacility site = TestFacility.create(api(), Map.of());

        Api.Response taken = PageForm.open(api(), "/staff/accounts", site.admin).post("/staff/accounts",
                Map.of("fullName", "Riley Park", "username", site.adminName, "password", "a long enough passphrase",
                        "role", "REVIEWER"));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("href=\"#username\"", "This username is taken.");
    }

    @Test
    void aTermListRefusalSaysWhetherTheTermIsEmptyOrAlreadyListed() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String term = "zq" + Long.toString(System.nanoTime(), 36);

        Api.Response empty = PageForm.open(api(), "/staff/terms", site.admin).post("/staff/terms",
                Map.of("category", "DRUGS_OR_CONTRABAND", "term", "  "));
        PageForm.open(api(), "/staff/terms", site.admin).post("/staff/terms", Map.of("category", "DRUGS_OR_CONTRABAND", "term", term));
        Api.Response again = PageForm.open(api(), "/staff/terms", site.admin).post("/staff/terms",
                Map.of("category", "DRUGS_OR_CONTRABAND", "term", term));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("href=\"#term\"", "term-hint term-error", "Give a word or phrase with letters or digits");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("This term is already on your facility");
    }

    @Test
    void denyingAContactRequestWithoutAReasonIsShownBesideThatRequestsReason() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = Scenario.requestContact(api(), family, site.code, site.book("Denied", "2468"));

        Api.Response refused = PageForm.open(api(), "/staff/contact-requests", site.admin)
                .post("/staff/contact-requests/" + contact, Map.of("decision", "DENY", "reason", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#reason-" + contact + "\"", "id=\"reason-" + contact + "-error\"",
                "Give the reason before denying: the family reads it.");
    }

    @Test
    void refusingAHeldInvitationWithoutAReasonIsShownBesideThatInvitationsReason() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String inmate = api().loginInmate(site.code, site.book("Inviting", "2468"), "2468");
        String invitation = api().as(inmate).post("/api/v1/inmate/contacts",
                Map.of("email", Families.newEmail(), "fullName", "Ada Lovelace", "relationship", "FRIEND"))
                .json().get("id").asString();

        Api.Response refused = PageForm.open(api(), "/staff/invitations", site.admin)
                .post("/staff/invitations/" + invitation, Map.of("decision", "DENY", "reason", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#reason-" + invitation + "\"", "Give the reason before refusing.");
    }

    @Test
    void aSuspensionWithoutDateOrReasonNamesBothAndAnUnknownNumberIsShownBesideTheNumber() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = site.book("Suspended", "2468");
        String contact = site.approvedContact(family, number);

        Api.Response refused = PageForm.open(api(), "/staff/people?number=" + number, site.admin)
                .post("/staff/people/" + number + "/contacts/" + contact + "/suspension",
                        Map.of("until", "", "reason", "", "action", "suspend"));
        Api.Response restriction = PageForm.open(api(), "/staff/people?number=" + number, site.admin)
                .post("/staff/people/" + number + "/restriction", Map.of("until", "", "reason", "Fighting"));
        Api.Response unknown = api().with("Cookie", "inkwell_session=" + site.admin).get("/staff/people?number=NOBODY1");
        Api.Response notTheirs = PageForm.open(api(), "/staff/people?number=" + number, site.admin)
                .post("/staff/people/" + number + "/contacts/" + java.util.UUID.randomUUID() + "/suspension",
                        Map.of("until", "2999-01-01", "reason", "Cooling off", "action", "suspend"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#until-" + contact + "\"", "href=\"#reason-" + contact + "\"",
                "Give a date from today on.", "Give the reason: the family reads it.");
        assertThat(restriction.status()).isEqualTo(400);
        assertThat(restriction.body()).contains("href=\"#until-restriction\"", "id=\"until-restriction-error\"")
                .doesNotContain("href=\"#reason-restriction\"");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("href=\"#number\"", "No one with that number is held at your facility.");
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.body()).contains("href=\"#number\"", "There is no such contact at your facility.");
    }

    @Test
    void aStaffPasswordChangeNamesBothFieldsAtOnce() {
        TestFacility site = TestFacility.create(api(), Map.of());

        Api.Response refused = PageForm.open(api(), "/staff/password", site.admin).post("/staff/password",
                Map.of("currentPassword", "not the password", "newPassword", "short"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#currentPassword\"", "href=\"#newPassword\"",
                "newPassword-hint newPassword-error").doesNotContain("Error: Error:");
    }
}
