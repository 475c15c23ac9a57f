package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy that ends TLS, the service sees plain HTTP; with {@code server.forward-headers-strategy}
 * set it takes {@code X-Forwarded-Proto: https} from the proxy, so the session cookie is {@code Secure}
 * and HSTS is sent. A service of its own, because the strategy is a setting of the web server.
 */
class SessionBehindTlsProxyTest {

    private static ServiceProcess service;

    @BeforeAll
    static void start() {
        service = ServiceProcess.start(IntegrationTest.newDataDirectory(), "--inkwell.demo=true",
                "--server.forward-headers-strategy=native");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() {
        Api https = service.api().with("X-Forwarded-Proto", "https");
        PageForm login = PageForm.open(https, "/login", null);

        Api.Response loggedIn = login.post("/login", "username=family%40example.org&password=demo-family-pass");

        assertThat(loggedIn.status()).as(loggedIn.body()).isEqualTo(302);
        assertThat(setCookie(loggedIn, "inkwell_session")).contains("Secure").contains("HttpOnly");
        assertThat(loggedIn.header("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(https.get("/").header("Strict-Transport-Security")).isPresent();
        assertThat(https.get("/api/v1/facilities").header("Strict-Transport-Security")).isPresent();
    }

    @Test
    void overPlainHttpNeitherIsClaimed() {
        Api http = service.api();
        PageForm login = PageForm.open(http, "/login", null);

        Api.Response loggedIn = login.post("/login", "username=family%40example.org&password=demo-family-pass");

        assertThat(loggedIn.status()).isEqualTo(302);
        assertThat(setCookie(loggedIn, "inkwell_session")).doesNotContain("Secure");
        assertThat(loggedIn.header("Strict-Transport-Security")).isEmpty();
    }

    private static String setCookie(Api.Response response, String name) {
        return response.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream())
                .filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers()));
    }
}
