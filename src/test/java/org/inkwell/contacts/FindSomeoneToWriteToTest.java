package org.inkwell.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * Finding a person to write to: the form says where their number is found, a search names what is
 * missing, and the request names every field to correct at once, with the relationship chosen, never
 * assumed.
 */
class FindSomeoneToWriteToTest extends IntegrationTest {

    @Test
    void theNumberFieldSaysWhereTheNumberIsFound() {
        String family = Families.verifiedFamily(api(), Families.newEmail());

        String page = page(family, "/contacts/new?facility=DEMO-NORTH").body();

        assertThat(page).contains("id=\"number-hint\"").contains("It is on letters and papers from the facility")
                .contains("aria-describedby=\"number-hint\"").doesNotContain("error-summary");
        assertThat(page).as("the facility chosen on its page stays chosen").contains("value=\"DEMO-NORTH\" selected");
    }

    @Test
    void anEmptySearchSaysWhatIsMissing() {
        String family = Families.verifiedFamily(api(), Families.newEmail());

        Api.Response empty = page(family, "/contacts/new?facility=DEMO-NORTH&number=");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("<title>Error: ").contains("class=\"error-summary\"")
                .contains("href=\"#number\"").contains("Enter their number at the facility.")
                .contains("aria-describedby=\"number-hint number-error\"");
        Api.Response unknown = page(family, "/contacts/new?facility=NO-SUCH-PLACE&number=");
        assertThat(unknown.body()).as("every field at once").contains("href=\"#facility\"").contains("href=\"#number\"")
                .contains("Choose a facility from the list.");
        Api.Response nobody = page(family, "/contacts/new?facility=DEMO-NORTH&number=Z999999");
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.body()).contains("No one with that number is held at that facility.");
    }

    @Test
    void theRelationshipIsARadioGroupWithNothingChosenAndTheRequestNamesEveryMissingField() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = site.book("Quispe", "4824");
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String path = "/contacts/new?facility=" + site.code + "&number=" + number;

        String found = page(family, path).body();
        assertThat(found).contains("<fieldset").contains("<legend>How are you related?</legend>")
                .contains("type=\"radio\"").doesNotContain("checked=");

        Api.Response refused = PageForm.open(api(), path, family).post("/contacts",
                Map.of("facility", "", "number", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#facility\"", "href=\"#number\"", "href=\"#relationship\"")
                .contains("Choose the facility where they are held.", "Enter their number at the facility.",
                        "Choose how you are related.");
        assertThat(api().as(family).get("/api/v1/contacts").json().size()).isZero();
    }

    private Api.Response page(String family, String path) {
        return api().with("Cookie", "inkwell_session=" + family).get(path);
    }
}
