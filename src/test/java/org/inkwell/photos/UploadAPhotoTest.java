package org.inkwell.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.inkwell.platform.Sha256;
import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A family uploads a photo and gets back the server's own JPEG: upright, at most 2,048 px, with a
 * thumbnail, and with nothing of the file they sent (no EXIF, GPS, XMP, colour profile or comment).
 */
class UploadAPhotoTest extends IntegrationTest {

    private static final String MARKER = "PLANTED-MARKER-7f3a9c";

    @Test
    void theStoredJpegIsANewEncodingWithoutAnyOfTheUploadsMetadata() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        byte[] upload = TestImages.withMetadata(TestImages.jpeg(TestImages.scene(800, 600, 11), 0.9f), 1, MARKER);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains(MARKER, "Exif", "ICC_PROFILE");

        Api.Response created = api().as(family).sendBytes("POST", "/api/v1/photos", "image/jpeg", upload);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode receipt = created.json();
        assertThat(receipt.get("width").asInt()).isEqualTo(800);
        assertThat(receipt.get("height").asInt()).isEqualTo(600);
        Api.Download stored = api().as(family).download("/api/v1/photos/" + receipt.get("id").asString());
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.header("Content-Type").orElseThrow()).isEqualTo("image/jpeg");
        assertThat(stored.header("Cache-Control").orElseThrow()).contains("private");
        assertThat(stored.body()).isNotEqualTo(upload);
        assertThat(receipt.get("bytes").asInt()).isEqualTo(stored.body().length);
        assertThat(receipt.get("sha256").asString()).isEqualTo(HexFormat.of().formatHex(Sha256.digest().digest(stored.body())));

        List<Integer> markers = TestImages.markers(stored.body());
        assertThat(markers).doesNotContain(0xffe1, 0xffe2, 0xffed, 0xfffe)
                .allMatch(m -> m == 0xffd8 || m == 0xffe0 || m == 0xffdb || m == 0xffc0 || m == 0xffc4
                        || m == 0xffdd || m == 0xffda);
        String bytes = new String(stored.body(), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain(MARKER, "Exif", "http://ns.adobe.com/xap", "ICC_PROFILE", "comment");
        BufferedImage image = TestImages.read(stored.body());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void aLandscapePhotoTaggedToBeTurnedIsStoredUpright() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        // Orientation 6: the stored first row is the right-hand side as seen, so the left half ends on top.
        byte[] upload = TestImages.withMetadata(TestImages.jpeg(TestImages.halves(600, 400, Color.RED, Color.BLUE), 0.9f),
                6, MARKER);

        Api.Response created = api().as(family).sendBytes("POST", "/api/v1/photos", "image/jpeg", upload);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("width").asInt()).isEqualTo(400);
        assertThat(created.json().get("height").asInt()).isEqualTo(600);
        BufferedImage stored = TestImages.read(api().as(family).download("/api/v1/photos/" + created.json().get("id").asString()).body());
        assertThat(stored.getWidth()).isEqualTo(400);
        assertThat(stored.getHeight()).isEqualTo(600);
        assertThat(new Color(stored.getRGB(200, 100))).satisfies(c -> assertThat(c.getRed()).isGreaterThan(200));
        assertThat(new Color(stored.getRGB(200, 100))).satisfies(c -> assertThat(c.getBlue()).isLessThan(60));
        assertThat(new Color(stored.getRGB(200, 500))).satisfies(c -> assertThat(c.getBlue()).isGreaterThan(200));
        assertThat(new Color(stored.getRGB(200, 500))).satisfies(c -> assertThat(c.getRed()).isLessThan(60));
    }

    @Test
    void aLargePhotoIsScaledTo2048AndItsThumbnailTo320() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        byte[] upload = TestImages.jpeg(TestImages.halves(4500, 3000, Color.GREEN, Color.MAGENTA), 0.85f);

        Api.Response created = api().as(family).sendBytes("POST", "/api/v1/photos", "image/jpeg", upload);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("width").asInt()).isEqualTo(2048);
        assertThat(created.json().get("height").asInt()).isEqualTo(1365);
        String path = "/api/v1/photos/" + created.json().get("id").asString();
        BufferedImage full = TestImages.read(api().as(family).download(path).body());
        assertThat(full.getWidth()).isEqualTo(2048);
        assertThat(full.getHeight()).isEqualTo(1365);
        assertThat(full.getRGB(500, 700) & 0xffffff).satisfies(rgb -> assertThat((rgb >> 8) & 0xff).isGreaterThan(200));
        assertThat(full.getRGB(1500, 700) & 0xffffff).satisfies(rgb -> assertThat((rgb >> 16) & 0xff).isGreaterThan(200));
        Api.Download thumb = api().as(family).download(path + "?size=thumb");
        assertThat(thumb.status()).isEqualTo(200);
        BufferedImage thumbnail = TestImages.read(thumb.body());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(213);
        assertThat(TestImages.markers(thumb.body())).doesNotContain(0xffe1, 0xffe2, 0xfffe);
    }

    @Test
    void everyAcceptedKindOfFileIsStored() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        BufferedImage translucent = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);

        Api.Response png = api().as(family).sendBytes("POST", "/api/v1/photos", "image/png", TestImages.png(translucent));
        Api.Response lossy = api().as(family).sendBytes("POST", "/api/v1/photos", "image/webp", TestImages.WEBP_LOSSY);
        Api.Response lossless = api().as(family).sendBytes("POST", "/api/v1/photos", "image/webp", TestImages.WEBP_LOSSLESS);
        Api.Response grey = api().as(family).sendBytes("POST", "/api/v1/photos", "image/png",
                TestImages.png(new BufferedImage(90, 60, BufferedImage.TYPE_USHORT_GRAY)));
        Api.Response progressive = api().as(family).sendBytes("POST", "/api/v1/photos", "image/jpeg",
                TestImages.progressiveJpeg(TestImages.scene(300, 200, 14)));

        assertThat(png.status()).as(png.body()).isEqualTo(201);
        BufferedImage stored = TestImages.read(api().as(family).download("/api/v1/photos/" + png.json().get("id").asString()).body());
        assertThat(stored.getRGB(150, 100) & 0xffffff).as("transparent pixels are laid over white").isGreaterThan(0xf0f0f0);
        assertThat(lossy.status()).as(lossy.body()).isEqualTo(201);
        assertThat(lossy.json().get("width").asInt()).isEqualTo(1);
        assertThat(lossless.status()).as(lossless.body()).isEqualTo(201);
        assertThat(grey.status()).as("16-bit grey " + grey.body()).isEqualTo(201);
        assertThat(progressive.status()).as(progressive.body()).isEqualTo(201);
        assertThat(progressive.json().get("width").asInt()).isEqualTo(300);
    }

    @Test
    void nobodyButTheUploaderCanReadIt() {
        Scenario.Pair pair = Scenario.approvedPair(api());
        Api.Response created = api().as(pair.familyToken()).sendBytes("POST", "/api/v1/photos", "image/jpeg",
                TestImages.jpeg(TestImages.scene(200, 150, 13), 0.8f));
        String path = "/api/v1/photos/" + created.json().get("id").asString();
        String otherFamily = Families.verifiedFamily(api(), Families.newEmail());

        for (String stranger : List.of(otherFamily,
                pair.loginInmate(api()), pair.admin())) {
            for (String size : List.of("", "?size=thumb")) {
                Api.Response refused = api().as(stranger).get(path + size);
                assertThat(refused.status()).isEqualTo(404);
                assertThat(refused.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(api().as(pair.familyToken()).download(path).status()).isEqualTo(200);
        assertThat(api().as(pair.familyToken()).get("/api/v1/photos/00000000-0000-0000-0000-00000000abcd").status()).isEqualTo(404);
        assertThat(api().as(pair.familyToken()).get(path + "?size=huge").status()).isEqualTo(400);
    }

    @Test
    void theApiDocumentSaysTheBodyIsTheImageItself() {
        JsonNode upload = api().get("/v3/api-docs").json().get("paths").get("/api/v1/photos").get("post");

        assertThat(upload.get("requestBody").get("content").propertyNames())
                .containsExactlyInAnyOrder("image/jpeg", "image/png", "image/webp");
    }
}
