package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page asked for before logging in opens after logging in or creating an account ("Write to someone
 * here" keeps its facility; an email's link opens its conversation). Only a page of this site: a crafted
 * link to the login page cannot send anyone elsewhere.
 */
class ReturnToThePageAfterLoginTest extends IntegrationTest {

    @Test
    void aFamilyPageAskedForWithoutLoggingInSendsToTheLoginRememberingThePage() {
        UUID contact = UUID.randomUUID();

        assertThat(api().get("/conversations/" + contact).header("Location").orElse(""))
                .endsWith("/login?next=" + encode("/conversations/" + contact));
        assertThat(api().get("/contacts/new?facility=DEMO-NORTH").header("Location").orElse(""))
                .endsWith("/login?next=" + encode("/contacts/new?facility=DEMO-NORTH"));
    }

    @Test
    void loggingInOpensThePageItWasAskedFor() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);
        String next = "/contacts/new?facility=DEMO-NORTH";

        PageForm login = PageForm.open(api(), "/login?next=" + encode(next), null);
        Api.Response loggedIn = login.post("/login", Map.of("username", email, "password", Families.PASSWORD, "next", next));

        assertThat(loggedIn.status()).isEqualTo(302);
        assertThat(loggedIn.header("Location").orElse("")).endsWith(next);
    }

    @Test
    void theLoginPageCarriesThePageToItsFormAndToTheLinkForANewAccount() {
        String page = api().get("/login?next=" + encode("/contacts/new?facility=DEMO-NORTH")).body();

        assertThat(page).contains("name=\"next\" value=\"/contacts/new?facility=DEMO-NORTH\"")
                .contains("href=\"/register?next=/contacts/new?facility%3DDEMO-NORTH\"");
        assertThat(api().get("/register?next=" + encode("/contacts/new?facility=DEMO-NORTH")).body())
                .contains("name=\"next\" value=\"/contacts/new?facility=DEMO-NORTH\"");
    }

    @Test
    void creatingAnAccountOpensThePageItWasCreatedFor() {
        String next = "/contacts/new?facility=DEMO-COUNTY";

        Api.Response created = PageForm.open(api(), "/register?next=" + encode(next), null).post("/register",
                Map.of("fullName", "Ada Return", "email", Families.newEmail(), "password", Families.PASSWORD, "next", next));

        assertThat(created.status()).isEqualTo(302);
        assertThat(created.header("Location").orElse("")).endsWith(next);
    }

    @Test
    void aFailedLoginKeepsThePageToReturnTo() {
        Api.Response failed = PageForm.open(api(), "/login", null).post("/login",
                Map.of("username", Families.newEmail(), "password", "not the password at all", "next", "/wallet"));

        assertThat(failed.status()).isEqualTo(401);
        assertThat(failed.body()).contains("name=\"next\" value=\"/wallet\"");
    }

    @Test
    void staffGoToStaffPagesAndFamiliesToFamilyPagesWhateverTheLinkSays() {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);

        Api.Response family = PageForm.open(api(), "/login", null).post("/login",
                Map.of("username", email, "password", Families.PASSWORD, "next", "/staff/review"));
        Api.Response reviewer = PageForm.open(api(), "/login", null).post("/login",
                Map.of("username", "reviewer.north", "password", "demo-reviewer-pass", "next", "/wallet"));
        Api.Response reviewerToReview = PageForm.open(api(), "/login", null).post("/login",
                Map.of("username", "reviewer.north", "password", "demo-reviewer-pass", "next", "/staff/review"));

        assertThat(family.header("Location").orElse("")).endsWith("/home");
        assertThat(reviewer.header("Location").orElse("")).endsWith("/staff");
        assertThat(reviewerToReview.header("Location").orElse("")).endsWith("/staff/review");
    }

    /** Each of these would leave the site (or split the header) if it were followed. */
    @ParameterizedTest(name = "next={0} is refused")
    @ValueSource(strings = {"//evil.example/", "///evil.example", "/\\evil.example", "\\\\evil.example",
            "https://evil.example/", "http:evil.example", "javascript:alert(1)", "evil.example", "/%2F%2Fevil.example",
            "/%5Cevil.example", "/\t/evil.example", "/\r\nSet-Cookie: x=1", "/ /evil.example", " /home",
            "/{x}"})
    void anythingButALocalPathIsIgnored(String next) {
        String email = Families.newEmail();
        Families.verifiedFamily(api(), email);

        Api.Response loggedIn = PageForm.open(api(), "/login", null).post("/login",
                Map.of("username", email, "password", Families.PASSWORD, "next", next));
        Api.Response loginPage = api().get("/login?next=" + encode(next));
        Api.Response registered = PageForm.open(api(), "/register", null).post("/register",
                Map.of("fullName", "Eve Redirect", "email", Families.newEmail(), "password", Families.PASSWORD, "next", next));

        assertThat(loggedIn.status()).isEqualTo(302);
        assertThat(loggedIn.header("Location").orElse("")).endsWith("/home");
        assertThat(registered.header("Location").orElse("")).endsWith("/home?registered");
        assertThat(loginPage.status()).isIn(200, 400);
        assertThat(loginPage.body()).doesNotContain("name=\"next\"").doesNotContain("evil.example");
    }

    private static String encode(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
