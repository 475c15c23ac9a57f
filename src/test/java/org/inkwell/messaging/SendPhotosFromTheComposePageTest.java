package org.inkwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inkwell.photos.TestImages;
import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * A family attaches photos on the compose page, a plain form that works without scripts: the page states
 * the price of a photo and the facility's limit, the photos go with the letter and are charged with it,
 * and a file that is not a photo comes back named, in words, while the photo beside it waits to be sent.
 */
class SendPhotosFromTheComposePageTest extends IntegrationTest {

    private static final Pattern THUMBNAIL = Pattern.compile("src=\"/photos/([0-9a-f-]{36})\\?size=thumb\"");

    @Test
    void photosChosenOnTheComposePageGoWithTheLetterPricedEachAndShowInTheThread() {
        Writer writer = new Writer();

        String page = writer.page("");
        assertThat(page).contains("enctype=\"multipart/form-data\"").contains("type=\"file\" id=\"photos\" name=\"photos\"")
                .contains("Up to 2 photos, $0.30 each, charged with the message.");
        Api.Response sent = writer.send("Pictures from the beach", List.of(), photo("beach.jpg", 1), photo("dunes.png", 2));

        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        assertThat(sent.header("Location").orElseThrow()).endsWith("/conversations/" + writer.contact + "?sent");
        assertThat(writer.balance()).as("one unit of text and two photos at 30 cents").isEqualTo(500 - 10 - 2 * 30);
        String thread = writer.page("");
        List<String> shown = thumbnails(thread);
        assertThat(shown).hasSize(2);
        assertThat(thread).contains("alt=\"Photo 1 of 2\"").contains("alt=\"Photo 2 of 2\"")
                .contains("href=\"/photos/" + shown.get(0) + "\"");
        assertThat(thread.split("class=\"status status-IN_REVIEW\">In review<", -1)).as("the letter and both photos in review")
                .hasSize(4);
        Api.Download thumb = writer.session().download("/photos/" + shown.get(0) + "?size=thumb");
        assertThat(thumb.status()).isEqualTo(200);
        assertThat(thumb.header("Content-Type").orElseThrow()).isEqualTo("image/jpeg");
        assertThat(TestImages.read(thumb.body()).getWidth()).isEqualTo(64);
        String stranger = Families.verifiedFamily(api(), Families.newEmail());
        assertThat(api().with("Cookie", "inkwell_session=" + stranger).download("/photos/" + shown.get(0)).status())
                .as("another family's photo is not there at all").isEqualTo(404);
    }

    @Test
    void aFileThatIsNotAPhotoIsNamedInWordsAndThePhotoBesideItWaitsToBeSent() {
        Writer writer = new Writer();

        Api.Response refused = writer.send("Two files", List.of(), photo("garden.jpg", 3),
                new PageForm.FilePart("photos", "notes.jpg", "image/jpeg", "shopping list".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Error: ").contains("href=\"#photos\"")
                .contains("This photo was not uploaded:").contains("<strong>notes.jpg</strong>")
                .contains("This file is not a JPEG, PNG or WebP image.").contains(">Two files</textarea>")
                .doesNotContain("garden.jpg");
        assertThat(writer.balance()).isEqualTo(500);
        List<String> waiting = thumbnails(refused.body());
        assertThat(waiting).hasSize(1);
        assertThat(refused.body()).contains("name=\"photoId\" value=\"" + waiting.get(0) + "\"").contains("Send photo 1");

        Api.Response sent = writer.send("Two files", waiting);

        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        assertThat(writer.balance()).isEqualTo(500 - 10 - 30);
        assertThat(thumbnails(writer.page(""))).containsExactlyElementsOf(waiting);
    }

    @Test
    void moreThanTheFacilityTakesIsRefusedBeforeAnythingIsUploadedInTheReadersLanguage() {
        Writer writer = new Writer();

        Api.Response refused = writer.send("Three", List.of(), photo("a.jpg", 4), photo("b.jpg", 5), photo("c.jpg", 6));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#photos\"").contains(">Three</textarea>")
                .contains("This facility takes fewer photos in one message. Remove some, then send again.");
        assertThat(thumbnails(refused.body())).as("nothing uploaded").isEmpty();
        assertThat(writer.balance()).isEqualTo(500);
        assertThat(writer.page("?lang=es")).contains("Hasta 2 fotos, $0.30 cada una, cobradas con el mensaje.")
                .contains("Fotos (opcional)");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedInWordsAndOneOverTheFormsLimitWithAProblemNeverAnError() {
        Writer writer = new Writer();

        Api.Response tooLarge = writer.send("Big", List.of(),
                new PageForm.FilePart("photos", "huge.jpg", "image/jpeg", new byte[10 * 1024 * 1024 + 1]));
        Api.Response overTheForm = writer.send("Bigger", List.of(),
                new PageForm.FilePart("photos", "huger.jpg", "image/jpeg", new byte[12 * 1024 * 1024]));

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("<strong>huge.jpg</strong>").contains("A photo may be at most 10 MB.")
                .contains(">Big</textarea>");
        assertThat(overTheForm.status()).isEqualTo(413);
        assertThat(overTheForm.contentType()).startsWith("application/problem+json");
        assertThat(writer.balance()).isEqualTo(500);
    }

    private static List<String> thumbnails(String html) {
        List<String> ids = new ArrayList<>();
        Matcher found = THUMBNAIL.matcher(html);
        while (found.find()) {
            ids.add(found.group(1));
        }
        return ids;
    }

    private static PageForm.FilePart photo(String name, long seed) {
        byte[] image = name.endsWith(".png") ? TestImages.png(TestImages.scene(64, 48, seed))
                : TestImages.jpeg(TestImages.scene(64, 48, seed), 0.9f);
        return new PageForm.FilePart("photos", name, name.endsWith(".png") ? "image/png" : "image/jpeg", image);
    }

    /** A family with 5 dollars and an approved contact at a facility taking 2 photos a message at 30 cents. */
    private final class Writer {
        final String family = Families.verifiedFamily(api(), Families.newEmail());
        final String contact;

        Writer() {
            TestFacility site = TestFacility.create(api(), Map.of("maxPhotosPerMessage", 2,
                    "pricing", Map.of("unitPriceCents", 10, "charsPerUnit", 2000, "photoPriceCents", 30)));
            contact = site.approvedContact(family, site.book("Photon", "4242"));
            Scenario.buy(api(), family, 500);
        }

        Api session() {
            return api().with("Cookie", "inkwell_session=" + family);
        }

        String page(String query) {
            return session().get("/conversations/" + contact + query).body();
        }

        Api.Response send(String body, List<String> kept, PageForm.FilePart... files) {
            List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("body", body),
                    Map.entry("idempotencyKey", UUID.randomUUID().toString())));
            kept.forEach(id -> fields.add(Map.entry("photoId", id)));
            return PageForm.open(api(), "/conversations/" + contact, family)
                    .postMultipart("/conversations/" + contact + "/messages", fields, List.of(files));
        }

        long balance() {
            return api().as(family).get("/api/v1/wallet").json().get("balanceCents").asLong();
        }
    }
}
