package org.inkwell.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.inkwell.support.Api;
import org.inkwell.support.Attorneys;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Parallel;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A verified account applies as an attorney (bar number, bar state, firm, phone) and sees where its
 * registration stands; bad fields are named all at once, and one live registration is all an account has.
 */
class ApplyAsAnAttorneyTest extends IntegrationTest {

    private static final String REGISTRATION = "/api/v1/legal/registration";

    @Test
    void aVerifiedAccountAppliesAndSeesItsRegistrationPending() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        Map<String, Object> application = Attorneys.application(site.code);
        application.put("barState", "ny");
        application.put("phone", "(212) 736-5000");

        Api.Response applied = api().as(family).post(REGISTRATION, application);

        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        JsonNode created = applied.json();
        assertThat(created.get("status").asString()).isEqualTo("PENDING");
        assertThat(created.get("barState").asString()).isEqualTo("NY");
        assertThat(created.get("phone").asString()).isEqualTo("+1 212-736-5000");
        assertThat(created.get("agency").asString()).isEqualTo("DEMO");
        JsonNode mine = api().as(family).get(REGISTRATION).json();
        assertThat(mine.get("id").asString()).isEqualTo(created.get("id").asString());
        assertThat(mine.get("firm").asString()).isEqualTo(application.get("firm"));
        assertThat(mine.get("history")).hasSize(1);
        assertThat(mine.get("history").get(0).get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void withoutARegistrationTheAnswerIs404() {
        String family = Families.verifiedFamily(api(), Families.newEmail());

        Api.Response none = api().as(family).get(REGISTRATION);

        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("code").asString()).isEqualTo("legal.no-registration");
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsKept() {
        String family = Families.verifiedFamily(api(), Families.newEmail());

        Api.Response refused = api().as(family).post(REGISTRATION, Map.of("barNumber", " ", "barState", "ZZ",
                "firm", "", "phone", "call me", "facility", "NO-SUCH-PLACE"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("legal.bar-number-invalid");
        assertThat(refused.json().get("errors").findValues("field").stream().map(JsonNode::asString).toList())
                .containsExactly("barNumber", "barState", "firm", "phone", "facility");
        assertThat(api().as(family).get(REGISTRATION).status()).isEqualTo(404);
    }

    @Test
    void aSecondRegistrationWhileOneIsPendingOrApprovedIsAConflict() {
        Attorneys.Attorney attorney = Attorneys.applied(api(), null);

        Api.Response whilePending = api().as(attorney.token()).post(REGISTRATION, Attorneys.application(null));
        Attorneys.decide(api(), api().login(Attorneys.PLATFORM_ADMIN, Attorneys.PLATFORM_PASSWORD), attorney, "APPROVE");
        Api.Response whileApproved = api().as(attorney.token()).post(REGISTRATION, Attorneys.application(null));

        assertThat(whilePending.status()).isEqualTo(409);
        assertThat(whilePending.json().get("code").asString()).isEqualTo("legal.already-registered");
        assertThat(whileApproved.status()).isEqualTo(409);
        assertThat(api().as(attorney.token()).get(REGISTRATION).json().get("id").asString())
                .isEqualTo(attorney.registration());
    }

    @Test
    void applicationsSentTogetherMakeOneRegistration() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        List<Supplier<Api.Response>> requests = java.util.stream.IntStream.range(0, 4)
                .<Supplier<Api.Response>>mapToObj(i -> () -> api().as(family).post(REGISTRATION, Attorneys.application(null)))
                .toList();

        List<Api.Response> answers = Parallel.all(requests);

        assertThat(Parallel.count(answers, 201)).isEqualTo(1);
        assertThat(Parallel.count(answers, 409)).isEqualTo(3);
    }

    @Test
    void anAccountWhoseEmailIsNotConfirmedIsRefusedWithACode() {
        String email = Families.newEmail();
        assertThat(api().post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD,
                "fullName", "Not Yet Confirmed")).status()).isEqualTo(201);
        String unconfirmed = api().login(email, Families.PASSWORD);

        Api.Response refused = api().as(unconfirmed).post(REGISTRATION, Attorneys.application(null));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("legal.email-unverified");
        assertThat(api().as(unconfirmed).get(REGISTRATION).status()).isEqualTo(404);
    }

    @Test
    void nulLoneSurrogatesAndHiddenCharactersInTheFirmAreRefused() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        Map<String, Object> bidi = new HashMap<>(Attorneys.application(null));
        bidi.put("firm", "Smith \u202Eevil\u202C LLP");

        Api.Response nul = api().as(family).send("POST", REGISTRATION, "application/json",
                "{\"barNumber\":\"12345\",\"barState\":\"NY\",\"firm\":\"Smith\\u0000 LLP\",\"phone\":\"+1 212 736 5000\"}");
        Api.Response surrogate = api().as(family).send("POST", REGISTRATION, "application/json",
                "{\"barNumber\":\"12345\",\"barState\":\"NY\",\"firm\":\"Smith \\uD800 LLP\",\"phone\":\"+1 212 736 5000\"}");
        Api.Response hidden = api().as(family).post(REGISTRATION, bidi);

        for (Api.Response refused : List.of(nul, surrogate, hidden)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").findValues("field").stream().map(JsonNode::asString).toList())
                    .containsExactly("firm");
        }
        assertThat(hidden.json().get("code").asString()).isEqualTo("legal.firm-invalid");
        assertThat(api().as(family).get(REGISTRATION).status()).isEqualTo(404);
    }
}
