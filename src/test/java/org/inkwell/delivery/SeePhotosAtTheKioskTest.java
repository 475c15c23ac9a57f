package org.inkwell.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inkwell.photos.TestImages;
import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.SentPhotos;
import org.junit.jupiter.api.Test;

/**
 * The person a message was sent to sees its approved photos at the kiosk: a thumbnail grid on the message,
 * each photo in full with the previous and next; rejected photos and photos still in review are neither
 * listed nor served, and nobody else at the kiosk gets them.
 */
class SeePhotosAtTheKioskTest extends IntegrationTest {

    private static final Pattern IMAGE = Pattern.compile("<img[^>]*src=\"([^\"]+)\"");

    @Test
    void thePersonSeesTheApprovedPhotosOnlyAndNobodyElseGetsThem() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 2000);
        List<String> photos = SentPhotos.upload(api(), pair.familyToken(), 3);
        String id = SentPhotos.send(api(), pair.familyToken(), pair.contactId(), "Pictures from the lake", photos);
        SentPhotos.approveRejecting(api(), pair.reviewer(), id, Map.of(photos.get(1), "SEXUAL_CONTENT"));
        List<String> waiting = SentPhotos.upload(api(), pair.familyToken(), 1);
        SentPhotos.send(api(), pair.familyToken(), pair.contactId(), "Still in review", waiting);
        String first = photos.get(0);
        String rejected = photos.get(1);
        String third = photos.get(2);
        Api kiosk = api().with("Cookie", "inkwell_session=" + pair.loginInmate(api()));

        assertThat(kiosk.get("/kiosk/inbox").body()).contains("2 photos");
        String message = kiosk.get("/kiosk/messages/" + id).body();
        assertThat(images(message)).containsExactly("/kiosk/photos/" + first + "?size=thumb",
                "/kiosk/photos/" + third + "?size=thumb");
        assertThat(message).contains("/kiosk/messages/" + id + "/photos/1", "/kiosk/messages/" + id + "/photos/2")
                .doesNotContain(rejected).doesNotContain(waiting.get(0)).contains("Open photo 1 of 2");

        String full = kiosk.get("/kiosk/messages/" + id + "/photos/1").body();
        assertThat(full).contains("<h1>Photo 1 of 2</h1>").contains("rel=\"next\"")
                .contains("href=\"/kiosk/messages/" + id + "/photos/2\"").doesNotContain("rel=\"prev\"");
        assertThat(images(full)).containsExactly("/kiosk/photos/" + first);
        String last = kiosk.get("/kiosk/messages/" + id + "/photos/2").body();
        assertThat(last).contains("<h1>Photo 2 of 2</h1>").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(images(last)).containsExactly("/kiosk/photos/" + third);
        assertThat(kiosk.get("/kiosk/messages/" + id + "/photos/3").status()).isEqualTo(404);
        assertThat(kiosk.get("/kiosk/messages/" + id + "/photos/0").status()).isEqualTo(404);

        Api.Download image = kiosk.download("/kiosk/photos/" + first);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type").orElseThrow()).isEqualTo("image/jpeg");
        assertThat(image.header("Cache-Control").orElseThrow()).as("nothing left for the next person at the kiosk")
                .contains("no-store");
        assertThat(TestImages.read(image.body()).getWidth()).isEqualTo(64);
        assertThat(kiosk.download("/kiosk/photos/" + third + "?size=thumb").status()).isEqualTo(200);
        assertThat(kiosk.download("/kiosk/photos/" + rejected).status()).as("rejected").isEqualTo(404);
        assertThat(kiosk.download("/kiosk/photos/" + rejected + "?size=thumb").status()).as("rejected").isEqualTo(404);
        assertThat(kiosk.download("/kiosk/photos/" + waiting.get(0)).status()).as("in review").isEqualTo(404);

        String neighbour = pair.site().book("Neighbour", "8642");
        Api other = api().with("Cookie", "inkwell_session=" + api().loginInmate(pair.facility(), neighbour, "8642"));
        assertThat(other.download("/kiosk/photos/" + first).status()).as("another person").isEqualTo(404);
        assertThat(other.get("/kiosk/messages/" + id + "/photos/1").status()).isEqualTo(404);
    }

    @Test
    void thePhotoPagesReadInSpanish() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 2000);
        List<String> photos = SentPhotos.upload(api(), pair.familyToken(), 2);
        String id = SentPhotos.send(api(), pair.familyToken(), pair.contactId(), "", photos);
        SentPhotos.approveRejecting(api(), pair.reviewer(), id, Map.of());
        Api kiosk = api().with("Cookie", "inkwell_session=" + pair.loginInmate(api()) + "; inkwell_lang=es");

        assertThat(kiosk.get("/kiosk/inbox").body()).contains("2 fotos").doesNotContain("2 photos");
        assertThat(kiosk.get("/kiosk/messages/" + id).body()).contains("Abrir la foto 1 de 2").doesNotContain("Open photo");
        assertThat(kiosk.get("/kiosk/messages/" + id + "/photos/1").body()).contains("<h1>Foto 1 de 2</h1>",
                "Foto siguiente", "Volver al mensaje").doesNotContain("Next photo", "Back to the message", "Photo 1");
    }

    private static List<String> images(String html) {
        List<String> sources = new ArrayList<>();
        Matcher matcher = IMAGE.matcher(html);
        while (matcher.find()) {
            sources.add(matcher.group(1).replace("&amp;", "&"));
        }
        return sources;
    }
}
