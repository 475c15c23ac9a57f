package org.inkwell.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.inkwell.platform.SessionRefusal;
import org.inkwell.platform.WebPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * How a page turns a refusal into words a person reads, on the page mapping alone (a web slice: no
 * database, no service around it). The pages below refuse the way the real ones do; what the reader gets
 * is the error page in the site layout, in their language, with the refusal's own words from the bundles,
 * and never the inside of the service. The whole service's error pages are walked by
 * {@code BrowsersGetErrorPagesTest} and, in Chromium, {@code ErrorPagesTest}.
 */
@WebMvcTest(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = {PageErrors.class, PageModel.class, PageErrorResolver.class, LocaleConfiguration.class}))
@AutoConfigureMockMvc(addFilters = false)
@Import({PagesPutRefusalsIntoWordsTest.RefusingPages.class, PagesPutRefusalsIntoWordsTest.Footer.class})
class PagesPutRefusalsIntoWordsTest {

    private static final String SECRET = "internal detail the reader must not see";

    @Autowired
    private MockMvc mvc;

    @AfterEach
    void nobodyLoggedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRefusalWithACodeSaysTheBundlesWordsForItInEnglishAndSpanish() throws Exception {
        MvcResult english = page(get("/refusing/balance"));
        MvcResult spanish = page(get("/refusing/balance").cookie(new Cookie("inkwell_lang", "es")));

        assertThat(english.getResponse().getStatus()).isEqualTo(402);
        assertThat(body(english)).contains("Your balance is too low for this message.")
                .contains("lang=\"en\"").doesNotContain("Balance below the cost");
        assertThat(spanish.getResponse().getStatus()).isEqualTo(402);
        assertThat(body(spanish)).contains("Su saldo no alcanza para este mensaje.")
                .contains("lang=\"es\"").doesNotContain("Your balance").doesNotContain("Balance below the cost");
    }

    @Test
    void aRefusalWithoutWordsOfItsOwnShowsItsDetailOnlyOnAnEnglishPage() throws Exception {
        MvcResult english = page(get("/refusing/plain"));
        MvcResult spanish = page(get("/refusing/plain?lang=es"));

        assertThat(english.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(english)).contains("Something is not right").contains("That letter was already withdrawn.");
        assertThat(spanish.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(spanish)).as("a Spanish page never shows English")
                .doesNotContain("That letter was already withdrawn.").doesNotContain("Something is not right");
    }

    @Test
    void aRefusalWithOnlyAGenericCodeSaysTheGenericWordsAndNotTheServicesDetail() throws Exception {
        MvcResult english = page(get("/refusing/generic"));

        assertThat(english.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(english)).contains("This cannot be done now: something changed.")
                .doesNotContain("Row version 7");
    }

    @Test
    void aTimeInARefusalIsWrittenInTheFacilitysZoneAndTheReadersLanguage() throws Exception {
        assertThat(body(page(get("/refusing/closed")))).contains("The kiosks are closed now. They open")
                .contains("MST").doesNotContain("America/Phoenix").doesNotContain("2026-12-07T");
        assertThat(body(page(get("/refusing/closed?lang=es")))).contains("Los quioscos están cerrados ahora.")
                .contains("MST");
    }

    @Test
    void someoneNotLoggedInIsSentToLogInAndComesBackToThePageTheyAskedFor() throws Exception {
        MvcResult asked = mvc.perform(get("/refusing/members-only").queryParam("tab", "2")).andReturn();
        MvcResult posted = mvc.perform(post("/refusing/members-only")).andReturn();
        MvcResult kiosk = mvc.perform(get("/kiosk/refusing")).andReturn();

        assertThat(asked.getResponse().getStatus()).isEqualTo(302);
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/login?next=%2Frefusing%2Fmembers-only%3Ftab%3D2");
        assertThat(posted.getResponse().getRedirectedUrl()).as("a form post cannot be replayed").isEqualTo("/login");
        assertThat(kiosk.getResponse().getRedirectedUrl()).as("the kiosk has its own login").isEqualTo("/login");
    }

    @Test
    void aSessionThatMayNotBeUsedNowSaysWhyInsteadOfAskingForALogin() throws Exception {
        MvcResult refused = page(get("/refusing/outside-hours"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(refused)).contains("You cannot see this page").contains("The kiosks are closed now.");
    }

    @Test
    void someoneLoggedInWhoMayNotSeeThePageIsToldSoWithoutALoginForm() throws Exception {
        Caller family = new Caller(UUID.randomUUID(), Role.FAMILY, "Test Family", null, null);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(family, null,
                List.of(new SimpleGrantedAuthority("ROLE_FAMILY"))));

        MvcResult denied = page(get("/refusing/members-only"));

        assertThat(denied.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(denied)).contains("You cannot see this page")
                .contains("This page is not for your account.").doesNotContain("action=\"/login\"");
    }

    @Test
    void anAddressOrFormTheFrameworkCannotReadIsTheReadersMistakeNotAFault() throws Exception {
        MvcResult badId = page(get("/refusing/letters/not-a-uuid"));
        MvcResult missing = page(get("/refusing/search"));
        MvcResult badNumber = page(get("/refusing/search?page=two"));

        assertThat(badId.getResponse().getStatus()).as("an id of the wrong shape names nothing").isEqualTo(404);
        assertThat(body(badId)).contains("Page not found");
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(missing)).contains("Something in the address or form is not right");
        assertThat(badNumber.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aFaultIsSaidPlainlyAndKeepsTheServicesInsideToItself() throws Exception {
        MvcResult fault = page(get("/refusing/fault"));

        assertThat(fault.getResponse().getStatus()).isEqualTo(500);
        assertThat(body(fault)).contains("Sorry, there is a problem with the service")
                .doesNotContain(SECRET).doesNotContain("IllegalStateException").doesNotContain("at org.inkwell");
    }

    private MvcResult page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.accept("text/html")).andReturn();
        assertThat(result.getResponse().getContentType()).as("an HTML page").startsWith("text/html");
        return result;
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Pages that refuse as the real ones do, each in one way. */
    @WebPage
    static class RefusingPages {

        @GetMapping("/refusing/balance")
        String balance() {
            throw ApiException.paymentRequired("send.balance-too-low", "Balance below the cost of the message.");
        }

        @GetMapping("/refusing/plain")
        String plain() {
            throw ApiException.conflict("letter.not-worded-anywhere", "That letter was already withdrawn.");
        }

        @GetMapping("/refusing/generic")
        String generic() {
            throw ApiException.conflict("Row version 7 did not match.");
        }

        @GetMapping("/refusing/closed")
        String closed() {
            throw ApiException.forbidden("kiosk.closed", "Closed.")
                    .with(ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0, ZoneId.of("America/Phoenix")));
        }

        @GetMapping({"/refusing/members-only", "/kiosk/refusing"})
        String membersOnly() {
            throw new AccessDeniedException("members only");
        }

        @PostMapping("/refusing/members-only")
        String postMembersOnly() {
            throw new AccessDeniedException("members only");
        }

        @GetMapping("/refusing/outside-hours")
        String outsideHours(HttpServletRequest request) {
            SessionRefusal.remember(request, ApiException.forbidden("kiosk.closed", "Closed.")
                    .with(ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0, ZoneId.of("America/Phoenix"))));
            throw new AccessDeniedException("no caller");
        }

        @GetMapping("/refusing/letters/{id}")
        String letter(@PathVariable UUID id) {
            return "error-page";
        }

        @GetMapping("/refusing/search")
        String search(@RequestParam int page) {
            return "error-page";
        }

        @GetMapping("/refusing/fault")
        String fault() {
            throw new IllegalStateException(SECRET);
        }
    }

    /** The layout's footer asks a bean of the directory module what to promise; with no facility, the general promise. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Footer {

        @Bean
        GeneralPromise footerPromise() {
            return new GeneralPromise();
        }
    }

    public static class GeneralPromise {

        public String key(Object facility) {
            return "layout.footer";
        }
    }
}
