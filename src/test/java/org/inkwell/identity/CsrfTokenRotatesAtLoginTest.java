package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.junit.jupiter.api.Test;

/**
 * The CSRF token of the login page is not the token of the logged-in session: whoever saw or planted
 * the first (a shared kiosk, a cookie set by a neighbouring site) cannot use it after the login.
 */
class CsrfTokenRotatesAtLoginTest extends IntegrationTest {

    @Test
    void loggingInOnThePageReplacesTheCsrfToken() {
        PageForm login = PageForm.open(api(), "/login", null);
        String before = login.csrfCookie();

        Api.Response loggedIn = login.post("/login", "username=family%40example.org&password=demo-family-pass");

        assertThat(loggedIn.status()).as(loggedIn.body()).isEqualTo(302);
        String session = PageForm.cookie(loggedIn, "inkwell_session").orElseThrow();
        // As a browser does: the CSRF cookie goes along with the next page unless the login deleted it.
        Optional<String> kept = PageForm.cookie(loggedIn, "XSRF-TOKEN").isPresent() ? Optional.empty() : Optional.of(before);
        Api.Response home = api().with("Cookie", "inkwell_session=" + session
                + kept.map(token -> "; XSRF-TOKEN=" + token).orElse("")).get("/home");
        String after = PageForm.cookie(home, "XSRF-TOKEN").or(() -> kept).orElseThrow();

        assertThat(after).isNotBlank().isNotEqualTo(before);
    }
}
