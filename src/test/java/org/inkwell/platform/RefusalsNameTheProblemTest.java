package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * A refusal carries a stable code from where it is raised: API clients find it in the problem, pages
 * show the words for that code, so two refusals with the same HTTP status read differently.
 */
class RefusalsNameTheProblemTest extends IntegrationTest {

    @Test
    void theProblemCarriesTheRefusalsCodeBesideItsUsualFields() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);

        Api.Response again = api().post("/api/v1/accounts",
                Map.of("email", email, "password", Families.PASSWORD, "fullName", "Test Family"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("account.email-taken");
        assertThat(again.json().get("title").asString()).isEqualTo("Conflict");
        assertThat(again.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void sendingWithoutCreditAndSendingBeforeApprovalSayDifferentThings() {
        TestFacility facility = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String approved = facility.approvedContact(family, facility.book("Okafor", "4821"));
        String pending = Scenario.requestContact(api(), family, facility.code, facility.book("Lindqvist", "4822"));

        Api.Response noCredit = send(family, approved);
        assertThat(noCredit.status()).isEqualTo(402);
        assertThat(noCredit.body()).contains("Your balance is too low for this message");

        Api.Response notYet = send(family, pending);
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.body()).contains("The facility has not approved this contact yet");
    }

    @Test
    void aContactRequestWithoutRelationshipIsShownBesideThatField() {
        TestFacility facility = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = facility.book("Moreau", "4823");

        Api.Response refused = PageForm.open(api(), "/contacts/new?facility=" + facility.code + "&number=" + number, family)
                .post("/contacts", Map.of("facility", facility.code, "number", number));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#relationship\"").contains("Choose how you are related.");
    }

    @Test
    void registrationNamesEveryFieldToCorrectAtOnce() {
        Api.Response refused = PageForm.open(api(), "/register", null)
                .post("/register", Map.of("fullName", " ", "email", "not-an-email", "password", "short"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#fullName\"", "href=\"#email\"", "href=\"#password\"")
                .contains("Enter your full name.", "Enter a valid email address.", "Choose a password of at least 12");
    }

    private Api.Response send(String family, String contact) {
        return PageForm.open(api(), "/conversations/" + contact, family).post("/conversations/" + contact + "/messages",
                Map.of("body", "Hello from the test", "idempotencyKey", UUID.randomUUID().toString()));
    }

    @Test
    void anInvitationCodeLeftOutOrUnknownIsNamedBesideTheCodeField() {
        String family = Families.verifiedFamily(api(), Families.newEmail());

        Api.Response empty = PageForm.open(api(), "/invitations", family).post("/invitations", Map.of("code", " ", "answer", "accept"));
        Api.Response unknown = PageForm.open(api(), "/invitations", family).post("/invitations",
                Map.of("code", "ZZZZ-ZZZZ", "answer", "accept"));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("href=\"#code\"").contains("id=\"code-error\"")
                .contains("Enter the invitation code from the email.");
        assertThat(unknown.body()).contains("This code is unknown, already used or expired");
    }

    @Test
    void aResetLinkThatNoLongerWorksAndAWeakPasswordSayDifferentThings() {
        Api.Response badLink = PageForm.open(api(), "/reset-password?token=short", null).post("/reset-password",
                Map.of("token", "short", "password", "a perfectly good passphrase"));
        String wellFormed = "A".repeat(43);
        Api.Response weak = PageForm.open(api(), "/reset-password?token=" + wellFormed, null).post("/reset-password",
                Map.of("token", wellFormed, "password", "short"));

        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.body()).contains("href=\"#token\"").contains("This link has expired or was already used.")
                .contains("href=\"/forgot-password\"");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("href=\"#newPassword\"").contains("Choose a password of at least 12 characters")
                .doesNotContain("This link has expired");
    }
}
