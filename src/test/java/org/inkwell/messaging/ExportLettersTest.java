package org.inkwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.inkwell.platform.Sha256;
import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.SentPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** No one's letters are locked in: all of them as JSON, each conversation as a PDF, the photos as a ZIP, free. */
class ExportLettersTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void aFamilyExportsEveryLetterWithItsOutcomeAndThePersonInsideSeesOnlyWhatWasDelivered() throws Exception {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String delivered = Scenario.send(api(), pair.familyToken(), pair.contactId(), "Delivered letter ✉️").json()
                .get("id").asString();
        String rejected = Scenario.send(api(), pair.familyToken(), pair.contactId(), "Rejected letter").json()
                .get("id").asString();
        String reviewer = pair.reviewer();
        Scenario.decideAll(api(), reviewer, Map.of(delivered, "APPROVE", rejected, "OTHER"));

        JsonNode export = api().as(pair.familyToken()).get("/api/v1/messages/export").json();

        JsonNode conversation = export.get("conversations").get(0);
        assertThat(conversation.get("withName").asString()).isEqualTo("Pat Pairson");
        assertThat(conversation.get("messages").findValues("body").stream().map(JsonNode::asString))
                .containsExactly("Delivered letter ✉️", "Rejected letter");
        assertThat(conversation.get("messages").get(1).get("rejection").asString()).isEqualTo("OTHER");
        String inmate = pair.loginInmate(api());
        JsonNode theirs = api().as(inmate).get("/api/v1/messages/export").json();
        assertThat(theirs.get("conversations").get(0).get("messages").findValues("body").stream().map(JsonNode::asString))
                .containsExactly("Delivered letter ✉️");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/messages/export/" + pair.contactId() + "/pdf"))
                .header("Authorization", "Bearer " + pair.familyToken()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String stranger = Families.verifiedFamily(api(), Families.newEmail());
        assertThat(api().as(stranger).get("/api/v1/messages/export/" + pair.contactId() + "/pdf").status()).isEqualTo(404);
    }

    @Test
    void photosTravelWithTheLettersTheSenderSeesWhatBecameOfEachAndThePersonOnlyTheApprovedOnes() throws IOException {
        Scenario.Pair pair = Scenario.fundedPair(api(), 2000);
        List<String> photos = SentPhotos.upload(api(), pair.familyToken(), 3);
        String id = SentPhotos.send(api(), pair.familyToken(), pair.contactId(), "Photos from the fair", photos);
        SentPhotos.approveRejecting(api(), pair.reviewer(), id, Map.of(photos.get(1), "SEXUAL_CONTENT"));
        List<String> approved = List.of(photos.get(0), photos.get(2));
        Map<String, String> stored = new HashMap<>();
        for (String photo : photos) {
            stored.put(photo, sha256(api().as(pair.familyToken()).download("/api/v1/photos/" + photo).body()));
        }
        String inmate = pair.loginInmate(api());

        JsonNode mine = api().as(pair.familyToken()).get("/api/v1/messages/export").json()
                .get("conversations").get(0).get("messages").get(0).get("photos");
        assertThat(mine.findValues("id").stream().map(JsonNode::asString)).containsExactlyElementsOf(photos);
        assertThat(mine.findValues("status").stream().map(JsonNode::asString))
                .containsExactly("APPROVED", "REJECTED", "APPROVED");
        assertThat(mine.get(1).get("rejection").asString()).isEqualTo("SEXUAL_CONTENT");
        assertThat(mine.get(0).get("file").asString()).isEqualTo("photos/" + photos.get(0) + ".jpg");
        JsonNode theirs = api().as(inmate).get("/api/v1/messages/export").json()
                .get("conversations").get(0).get("messages").get(0).get("photos");
        assertThat(theirs.findValues("id").stream().map(JsonNode::asString)).containsExactlyElementsOf(approved);

        assertThat(zip(api().as(pair.familyToken()).download("/api/v1/messages/export/photos")))
                .isEqualTo(files(photos, stored));
        assertThat(zip(api().as(inmate).download("/api/v1/messages/export/photos"))).isEqualTo(files(approved, stored));
        Api browser = api().with("Cookie", "inkwell_session=" + pair.familyToken());
        assertThat(browser.get("/export").body()).contains("href=\"/export/photos.zip\"");
        assertThat(zip(browser.download("/export/photos.zip"))).isEqualTo(files(photos, stored));
        String stranger = Families.verifiedFamily(api(), Families.newEmail());
        assertThat(zip(api().as(stranger).download("/api/v1/messages/export/photos"))).isEmpty();

        String familyPdf = pdfText(api().as(pair.familyToken()), pair.contactId() + "/pdf",
                photos.stream().map(stored::get).toList());
        assertThat(familyPdf).contains("Photo 1 of 3 — approved", "Photo 3 of 3 — approved")
                .contains("Photo 2 of 3 — Not delivered: it has sexually explicit content.");
        String spanishPdf = pdfText(api().as(pair.familyToken()), pair.contactId() + "/pdf?lang=es",
                photos.stream().map(stored::get).toList());
        assertThat(spanishPdf).contains("Foto 1 de 3 — aprobada", "Foto 2 de 3 — No entregado");
        String inmatePdf = pdfText(api().as(inmate), pair.contactId() + "/pdf",
                approved.stream().map(stored::get).toList());
        assertThat(inmatePdf).contains("Photo 1 of 2", "Photo 2 of 2").doesNotContain("sexually", "approved");
    }

    /** The PDF's text, its lines joined, after checking it holds exactly these JPEGs (by SHA-256), as stored. */
    private String pdfText(Api as, String pdfPath, List<String> jpegs) throws IOException {
        Api.Download pdf = as.download("/api/v1/messages/export/" + pdfPath);
        assertThat(pdf.status()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        List<String> images = new ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf.body())) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
                for (PdfName name : objects == null ? Set.<PdfName>of() : objects.getKeys()) {
                    if (PdfReader.getPdfObject(objects.get(name)) instanceof PRStream stream) {
                        images.add(sha256(PdfReader.getStreamBytesRaw(stream)));
                    }
                }
            }
        }
        assertThat(images).containsExactlyInAnyOrderElementsOf(jpegs);
        return text.toString().replaceAll("\\s+", " ");
    }

    private static Map<String, String> zip(Api.Download download) throws IOException {
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type").orElseThrow()).startsWith("application/zip");
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), sha256(zip.readAllBytes()));
            }
        }
        return entries;
    }

    private static Map<String, String> files(List<String> photos, Map<String, String> stored) {
        Map<String, String> files = new HashMap<>();
        photos.forEach(p -> files.put("photos/" + p + ".jpg", stored.get(p)));
        return files;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.digest().digest(bytes));
    }
}
