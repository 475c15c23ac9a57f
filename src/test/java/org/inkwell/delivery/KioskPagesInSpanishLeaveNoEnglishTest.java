package org.inkwell.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A person who chose Spanish at the kiosk reads every kiosk page in Spanish: no sentence of the English
 * bundle is left on the login, inbox, message, reply, invitation and "time ran out" pages, with or
 * without a refusal on them.
 */
class KioskPagesInSpanishLeaveNoEnglishTest extends IntegrationTest {

    @Test
    void everyKioskPageInSpanishHasNoEnglishSentenceOfTheBundles() {
        TestFacility site = TestFacility.create(api(), Map.of("autoApproveClean", true, "maxMessageChars", 40,
                "kioskLanguage", "es"));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = site.book("Castellano", "2468");
        String contact = site.approvedContact(family, number);
        Scenario.buy(api(), family, 500);
        assertThat(Scenario.send(api(), family, contact, "Hola, te escribo pronto.").status()).isEqualTo(201);
        String inmate = api().loginInmate(site.code, number, "2468");
        Api kiosk = api().with("Cookie", "inkwell_session=" + inmate + "; inkwell_lang=es");
        JsonNode inbox = await().atMost(Duration.ofSeconds(20))
                .until(() -> api().as(inmate).get("/api/v1/inmate/inbox").json(), found -> found.size() == 1);
        String message = inbox.get(0).get("id").asString();

        List<String> pages = new ArrayList<>(List.of(
                api().with("Cookie", "inkwell_lang=es").get("/kiosk?facility=" + site.code).body(),
                kiosk.get("/kiosk/inbox").body(),
                kiosk.get("/kiosk/messages/" + message).body(),
                kiosk.get("/kiosk/write/" + contact).body(),
                kiosk.get("/kiosk/invite").body(),
                api().with("Cookie", "inkwell_lang=es").get("/kiosk/ended?idle").body(),
                PageForm.open(api(), "/kiosk?facility=" + site.code + "&lang=es", null).post("/kiosk",
                        Map.of("facility", site.code, "number", number, "pin", "0000", "lang", "es")).body(),
                PageForm.open(api(), "/kiosk/write/" + contact + "?lang=es", inmate).post("/kiosk/write/" + contact,
                        Map.of("body", "Una respuesta demasiado larga para este centro.", "lang", "es",
                                "idempotencyKey", UUID.randomUUID().toString())).body()));

        List<String> english = englishSentences();
        for (String page : pages) {
            String text = page.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")
                    .replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
            assertThat(english).as(text).noneMatch(text::contains);
            assertThat(page).contains("lang=\"es\"");
        }
    }

    /** The literal parts, of some length, of every English sentence that reads differently in Spanish. */
    private static List<String> englishSentences() {
        Properties en = bundle("messages.properties");
        Properties es = bundle("messages_es.properties");
        List<String> sentences = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            if (english.equals(es.getProperty(key))) {
                continue;
            }
            for (String part : english.split("\\{\\d+[^}]*}")) {
                if (part.strip().length() >= 12 && part.strip().contains(" ")) {
                    sentences.add(part.strip());
                }
            }
        }
        return sentences;
    }

    private static Properties bundle(String name) {
        try (InputStream in = KioskPagesInSpanishLeaveNoEnglishTest.class.getClassLoader().getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
