package org.inkwell.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Everything that is not a still JPEG, PNG or WebP of at most 10 MB and 40 megapixels is refused with
 * a problem naming what is wrong: never a 500, never a stored photo.
 */
class RefuseBadPhotosTest extends IntegrationTest {

    private String family;

    @BeforeEach
    void family() {
        family = Families.verifiedFamily(api(), Families.newEmail());
    }

    @Test
    void textCalledAnImageIsNotAnImage() {
        assertRefused(upload("image/jpeg", "hello, this is not a photo".getBytes(StandardCharsets.UTF_8)), 400, "photo.not-an-image");
        assertRefused(upload("image/png", "GIF89a pretending".getBytes(StandardCharsets.US_ASCII)), 400, "photo.not-an-image");
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertRefused(upload("image/jpeg", new byte[0]), 400, "photo.empty");
    }

    @Test
    void aCutOffImageIsTruncated() {
        byte[] jpeg = TestImages.jpeg(TestImages.scene(600, 400, 21), 0.9f);
        byte[] png = TestImages.png(TestImages.scene(300, 200, 21));

        assertRefused(upload("image/jpeg", Arrays.copyOf(jpeg, jpeg.length * 6 / 10)), 400, "photo.truncated");
        assertRefused(upload("image/png", Arrays.copyOf(png, png.length / 2)), 400, "photo.truncated");
        assertRefused(upload("image/webp", Arrays.copyOf(TestImages.WEBP_LOSSY, 30)), 400, "photo.truncated");
    }

    @Test
    void aDamagedImageIsCorrupt() {
        byte[] jpeg = TestImages.jpeg(TestImages.scene(600, 400, 22), 0.9f);
        // The frame header's first component gets sampling factors of zero, which no decoder can use.
        int frame = TestImages.markers(jpeg).indexOf(0xffc0);
        int at = 2;
        for (int i = 1; i < frame; i++) {
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
        }
        jpeg[at + 2 + 2 + 1 + 2 + 2 + 1 + 1] = 0;
        byte[] png = TestImages.png(TestImages.scene(60, 40, 22));
        // Inside the first IDAT chunk's compressed data (right after IHDR), leaving the chunk structure whole.
        int idatLength = ((png[33] & 0xff) << 24) | ((png[34] & 0xff) << 16) | ((png[35] & 0xff) << 8) | (png[36] & 0xff);
        assertThat(new String(png, 37, 4, StandardCharsets.US_ASCII)).isEqualTo("IDAT");
        for (int i = 41 + 2; i < 41 + idatLength; i++) {
            png[i] = (byte) (i * 31);
        }

        assertRefused(upload("image/jpeg", jpeg), 400, "photo.corrupt");
        assertRefused(upload("image/png", png), 400, "photo.corrupt");
    }

    @Test
    void aHeaderClaimingFiftyMegapixelsIsRefusedBeforeDecoding() {
        byte[] bomb = TestImages.pngClaiming(10_000, 5_000);
        assertThat(bomb.length).isLessThan(1_000);

        assertRefused(upload("image/png", bomb), 400, "photo.too-many-pixels");
    }

    @Test
    void animatedImagesAreRefused() {
        BufferedImage frame = TestImages.scene(120, 80, 23);

        assertRefused(upload("image/png", TestImages.animatedPng(frame)), 400, "photo.animated");
        assertRefused(upload("image/webp", TestImages.WEBP_ANIMATED), 400, "photo.animated");
    }

    @Test
    void moreThanTenMegabytesIsTooLargeWhetherAnnouncedOrStreamed() {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        large[0] = (byte) 0xff;
        large[1] = (byte) 0xd8;
        large[2] = (byte) 0xff;

        assertRefused(upload("image/jpeg", large), 413, "photo.too-large");
        assertRefused(api().as(family).sendChunked("POST", "/api/v1/photos", "image/jpeg", large), 413, "photo.too-large");
        assertThat(api().as(family).get("/api/v1/accounts/me").status()).isEqualTo(200);
    }

    @Test
    void otherMediaTypesAreUnsupported() {
        byte[] jpeg = TestImages.jpeg(TestImages.scene(60, 40, 24), 0.8f);

        assertRefused(upload("image/gif", "GIF89a".getBytes(StandardCharsets.US_ASCII)), 415, "photo.unsupported-type");
        assertRefused(upload("text/plain", "a letter".getBytes(StandardCharsets.US_ASCII)), 415, "photo.unsupported-type");
        assertRefused(upload("application/octet-stream", jpeg), 415, "photo.unsupported-type");
        assertRefused(api().as(family).sendBytes("POST", "/api/v1/photos", null, jpeg), 415, "photo.unsupported-type");
    }

    @Test
    void anUnconfirmedAccountCannotUpload() {
        String email = Families.newEmail();
        api().post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD, "fullName", "Not Yet"));
        String unconfirmed = api().login(email, Families.PASSWORD);

        Api.Response refused = api().as(unconfirmed).sendBytes("POST", "/api/v1/photos", "image/jpeg",
                TestImages.jpeg(TestImages.scene(60, 40, 25), 0.8f));

        assertRefused(refused, 403, "photo.email-unconfirmed");
    }

    private Api.Response upload(String contentType, byte[] body) {
        return api().as(family).sendBytes("POST", "/api/v1/photos", contentType, body);
    }

    private static void assertRefused(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }
}
