package org.inkwell.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.inkwell.photos.TestImages;
import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The reviewer's page shows the text and every photo large, each with its own decision; rejecting one
 * photo there refunds that photo alone, and its sender reads which photo and why in their language. A
 * later photo like the rejected one is marked for the reviewer.
 */
class ReviewEachPhotoOnThePageTest extends IntegrationTest {

    private static final long UNIT = 10;
    private static final long PHOTO = 30;

    @Test
    void aPhotoRejectedOnThePageIsRefundedAloneAndItsSenderReadsWhyInTheirLanguage() {
        Site site = new Site();
        BufferedImage refusedPicture = TestImages.scene(64, 48, 11);
        String kept = site.upload(TestImages.scene(64, 48, 12));
        String refused = site.upload(refusedPicture);
        String message = site.send("Pictures from the party", kept, refused);
        String reviewer = site.facility.login(site.facility.newReviewer());

        String page = claim(reviewer, message);
        assertThat(page).contains("Pictures from the party").contains("Photos (2)")
                .contains("src=\"/photos/" + kept + "\"").contains("src=\"/photos/" + refused + "\"")
                .contains("Photo 1 of 2").contains("Photo 2 of 2").contains("Open photo 2 at full size")
                .contains("name=\"photo-" + refused + "\"").contains("name=\"photoReason-" + refused + "\"")
                .contains("form=\"decision-form\"").contains("Zoom in").doesNotContain("Similar to a rejected photo");
        Api.Download full = api().with("Cookie", "inkwell_session=" + reviewer).download("/photos/" + refused);
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.header("Content-Type").orElseThrow()).isEqualTo("image/jpeg");

        Api.Response withoutReason = decide(reviewer, message, refused, "");
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("href=\"#photoReason-" + refused + "\"")
                .contains("id=\"photoReason-" + refused + "-error\"")
                .contains("Choose a reason for each photo you reject; the sender is told the reason.");
        assertThat(site.balance()).as("nothing decided yet").isEqualTo(1000 - UNIT - 2 * PHOTO);
        Api.Response decided = decide(reviewer, message, refused, "SEXUAL_CONTENT");
        assertThat(decided.status()).as(decided.body()).isEqualTo(302);

        assertThat(site.balance()).as("the rejected photo alone is refunded").isEqualTo(1000 - UNIT - PHOTO);
        JsonNode entries = api().as(site.family).get("/api/v1/wallet").json().get("entries");
        List<JsonNode> refunds = StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> e.get("kind").asString().equals("REFUND")).toList();
        assertThat(refunds).hasSize(1);
        assertThat(refunds.get(0).get("reference").asString()).contains(refused);
        assertThat(refunds.get(0).get("amountCents").asLong()).isEqualTo(PHOTO);
        String thread = site.thread("");
        assertThat(thread).contains("class=\"status status-APPROVED\">Approved<")
                .contains("class=\"status status-REJECTED\">Not delivered<")
                .contains("This photo was not delivered: it has sexually explicit content. Its cost was refunded.");
        assertThat(site.thread("?lang=es")).contains(">Aprobada<").contains(">No entregada<")
                .contains("Esta foto no se entregó: tiene contenido sexual explícito. Se le devolvió su costo.");

        String again = site.send("", site.upload(refusedPicture));
        assertThat(claim(reviewer, again)).as("the same picture sent again").contains("Similar to a rejected photo")
                .contains("Photos (1)");
    }

    private String claim(String reviewer, String expected) {
        Api.Response claimed = PageForm.open(api(), "/staff/review", reviewer).post("/staff/review/claim", Map.of());
        assertThat(claimed.header("Location").orElse("")).endsWith("/staff/review/messages/" + expected);
        return api().with("Cookie", "inkwell_session=" + reviewer).get("/staff/review/messages/" + expected).body();
    }

    /** Approves the message with the second photo marked rejected for {@code reason} ("" for none). */
    private Api.Response decide(String reviewer, String message, String rejected, String reason) {
        String path = "/staff/review/messages/" + message;
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("decision", "APPROVE");
        fields.put("photo-" + rejected, "REJECT");
        fields.put("photoReason-" + rejected, reason);
        return PageForm.open(api(), path, reviewer).post(path + "/decision", fields);
    }

    /** A facility of the test's own taking photos at 30 cents, with a family holding $10 writing to one person. */
    private final class Site {
        final TestFacility facility = TestFacility.create(api(), Map.of("maxPhotosPerMessage", 3,
                "pricing", Map.of("unitPriceCents", UNIT, "charsPerUnit", 2000, "photoPriceCents", PHOTO)));
        final String family = Families.verifiedFamily(api(), Families.newEmail());
        final String contact = facility.approvedContact(family, facility.book("Snapshot", "2468"));

        Site() {
            Scenario.buy(api(), family, 1000);
        }

        String upload(BufferedImage picture) {
            Api.Response uploaded = api().as(family).sendBytes("POST", "/api/v1/photos", "image/jpeg",
                    TestImages.jpeg(picture, 0.9f));
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            return uploaded.json().get("id").asString();
        }

        String send(String body, String... photoIds) {
            Map<String, Object> request = Map.of("contactId", contact, "body", body,
                    "photoIds", new ArrayList<>(List.of(photoIds)));
            Api.Response sent = api().as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                    .post("/api/v1/messages", request);
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            return sent.json().get("id").asString();
        }

        String thread(String query) {
            return api().with("Cookie", "inkwell_session=" + family).get("/conversations/" + contact + query).body();
        }

        long balance() {
            return api().as(family).get("/api/v1/wallet").json().get("balanceCents").asLong();
        }
    }
}
