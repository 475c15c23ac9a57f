package org.inkwell.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.inkwell.photos.internal.UnsentPhotos;
import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Photos are not kept longer than what they belong to: retention erases them with their message, uploads
 * never sent go after a day, and one account cannot pile up unsent uploads.
 */
class PhotosGoWithTheirMessageOrWhenNeverSentTest extends IntegrationTest {

    @Autowired
    private UnsentPhotos unsent;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void retentionErasesAMessagesPhotosWithItsText() {
        TestFacility site = TestFacility.create(api(), Map.of("delivery", "KIOSK", "retentionDays", 30));
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        String contact = site.approvedContact(family, site.book("Erased", "1593"));
        buy(family);
        String photo = upload(family, 21);
        String message = send(family, contact, "A photo from the garden", photo).json().get("id").asString();
        String reviewer = site.login(site.newReviewer());
        assertThat(api().as(reviewer).post("/api/v1/staff/review/claim", null).json().get("id").asString()).isEqualTo(message);
        assertThat(api().as(reviewer).post("/api/v1/staff/review/" + message + "/decision",
                Map.of("decision", "APPROVE")).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(31));
        Api.Response run = api().as(Investigations.platformAdmin(api())).post("/api/v1/admin/retention/run", null);

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        String familyNow = api().login(email, Families.PASSWORD);
        assertThat(api().as(familyNow).download("/api/v1/photos/" + photo).status()).isEqualTo(404);
        assertThat(api().as(familyNow).get("/api/v1/messages/" + message).json().get("photos")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM photo WHERE id = :id").param("id", UUID.fromString(photo))
                .query(Integer.class).single()).as("no row and no bytes left").isZero();
    }

    @Test
    void anUploadNeverSentIsRemovedAfterADayWhileSentOnesStay() {
        TestFacility site = TestFacility.create(api(), Map.of("delivery", "KIOSK"));
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        String contact = site.approvedContact(family, site.book("Unsent", "3579"));
        buy(family);
        String forgotten = upload(family, 22);
        String sent = upload(family, 23);
        assertThat(send(family, contact, "this one goes", sent).status()).isEqualTo(201);

        clock.advance(Duration.ofHours(25));
        unsent.removeStale();

        String familyNow = api().login(email, Families.PASSWORD);
        assertThat(api().as(familyNow).download("/api/v1/photos/" + forgotten).status()).isEqualTo(404);
        assertThat(api().as(familyNow).download("/api/v1/photos/" + sent).status()).isEqualTo(200);
    }

    @Test
    void anAccountHoldsAtMostFiftyUnsentUploads() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        byte[] tiny = TestImages.jpeg(TestImages.scene(16, 12, 24), 0.8f);
        for (int i = 0; i < 50; i++) {
            Api.Response uploaded = api().as(family).sendBytes("POST", "/api/v1/photos", "image/jpeg", tiny);
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        }

        Api.Response oneMore = api().as(family).sendBytes("POST", "/api/v1/photos", "image/jpeg", tiny);

        assertThat(oneMore.status()).as(oneMore.body()).isEqualTo(409);
        assertThat(oneMore.contentType()).startsWith("application/problem+json");
        assertThat(oneMore.body()).contains("not sent");
    }

    private void buy(String family) {
        Api.Response bought = api().as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/wallet/purchases", Map.of("amountCents", 1000, "paymentToken", "tok_visa"));
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
    }

    private String upload(String family, long seed) {
        Api.Response created = api().as(family).sendBytes("POST", "/api/v1/photos", "image/jpeg",
                TestImages.jpeg(TestImages.scene(64, 48, seed), 0.9f));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Api.Response send(String family, String contact, String body, String photo) {
        return api().as(family).with("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/messages",
                Map.of("contactId", contact, "body", body, "photoIds", List.of(photo)));
    }
}
