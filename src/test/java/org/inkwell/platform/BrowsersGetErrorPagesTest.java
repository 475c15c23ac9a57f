package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A browser asking for a page that fails gets an HTML page in the site layout; API clients keep problem+json. */
class BrowsersGetErrorPagesTest extends IntegrationTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private Api browser() {
        return api().with("Accept", BROWSER_ACCEPT);
    }

    @Test
    void anUnknownAddressIsAPageForABrowserAndAProblemForAnApiClient() {
        Api.Response page = browser().get("/nonexistent-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Page not found").contains("href=\"/\"");

        Api.Response problem = api().with("Accept", "application/json").get("/nonexistent-page");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.contentType()).startsWith("application/problem+json");
    }

    @Test
    void apiPathsAnswerProblemsEvenToABrowser() {
        Api.Response response = browser().get("/api/v1/no-such-thing");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAddressWithAMalformedIdIsNotFoundNotAnError() {
        String token = Families.verifiedFamily(api(), Families.newEmail());
        Api.Response page = browser().with("Cookie", "inkwell_session=" + token).get("/conversations/not-a-uuid");
        assertThat(page.status()).as(page.body()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");

        Api.Response forbidden = browser().with("Cookie", "inkwell_session=" + token).get("/staff");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("You cannot see this page");

        Api.Response anonymous = browser().get("/conversations/not-a-uuid");
        assertThat(anonymous.status()).isIn(302, 404);
    }

    @Test
    void theErrorPageSpeaksTheReadersLanguage() {
        Api.Response page = browser().with("Cookie", "inkwell_lang=es").get("/nonexistent-page-" + UUID.randomUUID());
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("No se encontró la página").contains("lang=\"es\"");
    }

    @Test
    void aWrongMethodOnAPageIsAPage() {
        Api.Response page = browser().send("DELETE", "/facilities", null, null);
        assertThat(page.status()).isIn(403, 405);
        assertThat(page.contentType()).startsWith("text/html");
    }
}
