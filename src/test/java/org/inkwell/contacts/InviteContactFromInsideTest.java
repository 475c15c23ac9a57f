package org.inkwell.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InviteContactFromInsideTest extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("code: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");

    @Test
    void anAcceptedInvitationBecomesARequestTheFacilityDecides() {
        TestFacility site = TestFacility.create(api(), Map.of("invitationsNeedApproval", true));
        String number = site.book("Inviter", "2222");
        String inmate = api().loginInmate(site.code, number, "2222");
        String email = Families.newEmail();

        Api.Response invited = api().as(inmate).post("/api/v1/inmate/contacts",
                Map.of("email", email, "fullName", "Grace Hopper", "relationship", "FRIEND"));

        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().get("status").asString()).as("the facility reviews invitations")
                .isEqualTo("AWAITING_APPROVAL");
        Api.Response approved = api().as(site.admin).post(
                "/api/v1/staff/invitations/" + invited.json().get("id").asString() + "/decision",
                Map.of("decision", "APPROVE"));
        assertThat(approved.json().get("status").asString()).isEqualTo("SENT");
        String code = code(email);
        String family = Families.verifiedFamily(api(), email);

        Api.Response accepted = api().as(family).post("/api/v1/invitations/accept", Map.of("code", code));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(accepted.json().get("relationship").asString()).isEqualTo("FRIEND");
        assertThat(accepted.json().get("inmate").get("number").asString()).isEqualTo(number);
        assertThat(api().as(inmate).get("/api/v1/inmate/invitations").json().get(0).get("status").asString())
                .isEqualTo("ACCEPTED");
        assertThat(api().as(family).post("/api/v1/invitations/accept", Map.of("code", code)).status())
                .as("the code works once").isEqualTo(400);
        assertThat(api().as(site.admin).post("/api/v1/staff/contact-requests/" + accepted.json().get("id").asString()
                + "/decision", Map.of("decision", "APPROVE")).status()).isEqualTo(200);
        assertThat(api().as(inmate).get("/api/v1/contacts").json().get(0).get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void whereTheFacilityDoesNotReviewInvitedContactsTheyAreApprovedAtOnce() {
        TestFacility site = TestFacility.create(api(), Map.of("invitationsNeedApproval", false));
        String inmate = api().loginInmate(site.code, site.book("Open", "3333"), "3333");
        String email = Families.newEmail();
        api().as(inmate).post("/api/v1/inmate/contacts", Map.of("email", email, "fullName", "Ada", "relationship", "SPOUSE"));
        String code = code(email);
        String family = Families.verifiedFamily(api(), email);

        Api.Response accepted = api().as(family).post("/api/v1/invitations/accept", Map.of("code", code));

        assertThat(accepted.json().get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void aDeclinedOrExpiredInvitationCannotBeAccepted() {
        TestFacility site = TestFacility.create(api(), Map.of("invitationsNeedApproval", false));
        String inmate = api().loginInmate(site.code, site.book("Declined", "4444"), "4444");
        String declinedEmail = Families.newEmail();
        String lateEmail = Families.newEmail();
        api().as(inmate).post("/api/v1/inmate/contacts", Map.of("email", declinedEmail, "fullName", "No", "relationship", "OTHER"));
        String declinedCode = code(declinedEmail);
        String family = Families.verifiedFamily(api(), declinedEmail);

        assertThat(api().as(family).post("/api/v1/invitations/decline", Map.of("code", declinedCode)).status()).isEqualTo(204);
        assertThat(api().as(family).post("/api/v1/invitations/accept", Map.of("code", declinedCode)).status()).isEqualTo(400);

        api().as(inmate).post("/api/v1/inmate/contacts", Map.of("email", lateEmail, "fullName", "Late", "relationship", "OTHER"));
        String lateCode = code(lateEmail);
        clock.advance(Duration.ofDays(10).plusMinutes(1));
        String late = Families.verifiedFamily(api(), lateEmail);
        assertThat(api().as(late).post("/api/v1/invitations/accept", Map.of("code", lateCode)).status()).isEqualTo(400);
        assertThat(api().as(late).get("/api/v1/contacts").json().size()).isZero();
    }

    @Test
    void badInvitationsAreRefused() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String inmate = api().loginInmate(site.code, site.book("Bad", "5555"), "5555");

        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("email", "nope", "fullName", "X", "relationship", "FRIEND"),
                Map.of("email", Families.newEmail(), "fullName", " ", "relationship", "FRIEND"),
                Map.of("email", Families.newEmail(), "fullName", "X", "relationship", "ENEMY"))) {
            assertThat(api().as(inmate).post("/api/v1/inmate/contacts", body).status()).as(body.toString()).isEqualTo(400);
        }
        assertThat(api().as(inmate).get("/api/v1/inmate/invitations").json().size()).isZero();
    }

    private String code(String email) {
        JsonNode mail = DevMailbox.latest(api(), email);
        Matcher matcher = CODE.matcher(mail.get("body").asString());
        assertThat(matcher.find()).as(mail.toString()).isTrue();
        return matcher.group(1);
    }
}
