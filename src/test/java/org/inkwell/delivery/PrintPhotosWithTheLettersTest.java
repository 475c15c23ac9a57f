package org.inkwell.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * At a facility that delivers on paper, the approved photos of a message are printed in its housing unit's
 * batch, four to a sheet after the letter, each sheet and each photo marked with the recipient's name,
 * number and housing unit; a rejected photo is not printed.
 */
class PrintPhotosWithTheLettersTest extends IntegrationTest {

    @Test
    void approvedPhotosArePrintedFourToASheetWithTheRecipientsNameAndUnit() throws IOException {
        TestFacility site = TestFacility.create(api(), Map.of("delivery", "PRINT"));
        String number = "W" + (System.nanoTime() % 100_000_000);
        api().as(site.admin).send("POST", "/api/v1/staff/roster", "text/csv", number + ",Paper,Penny,IN_CUSTODY,POD-7\n");
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, number);
        Scenario.buy(api(), family, 2000);
        String reviewer = site.login(site.newReviewer());
        List<String> five = SentPhotos.upload(api(), family, 5);
        String withFive = SentPhotos.send(api(), family, contact, "Five photos of the garden", five);
        SentPhotos.approveRejecting(api(), reviewer, withFive, Map.of());
        List<String> two = SentPhotos.upload(api(), family, 2);
        String withTwo = SentPhotos.send(api(), family, contact, "", two);
        SentPhotos.approveRejecting(api(), reviewer, withTwo, Map.of(two.get(0), "OTHER"));

        JsonNode batch = api().as(site.admin).post("/api/v1/staff/print-batches", null).json().findParents("housingUnit")
                .stream().filter(b -> b.get("housingUnit").asString().equals("POD-7")).findFirst().orElseThrow();
        Api.Download pdf = api().as(site.admin).download("/api/v1/staff/print-batches/" + batch.get("id").asString() + "/pdf");

        assertThat(pdf.status()).isEqualTo(200);
        List<String> sheets = new ArrayList<>();
        List<Integer> photosPerSheet = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf.body())) {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            assertThat(reader.getNumberOfPages()).as("two letters, two sheets for five photos, one for one").isEqualTo(5);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                String onPage = text.getTextFromPage(page);
                List<String> images = jpegsOn(reader, page);
                printed.addAll(images);
                if (onPage.contains("Photos for")) {
                    sheets.add(onPage);
                    photosPerSheet.add(images.size());
                } else {
                    assertThat(images).as("a letter's page").isEmpty();
                }
            }
        }
        assertThat(photosPerSheet).containsExactlyInAnyOrder(4, 1, 1);
        assertThat(sheets).allSatisfy(sheet -> assertThat(sheet)
                .contains("Photos for Penny Paper (" + number + ")", "Housing unit: POD-7"));
        assertThat(sheets).anyMatch(s -> s.contains("Sheet 1 of 2")).anyMatch(s -> s.contains("Sheet 2 of 2"))
                .anyMatch(s -> s.contains("Sheet 1 of 1"));
        for (int i = 0; i < sheets.size(); i++) {
            assertThat(occurrences(sheets.get(i), "Penny Paper (" + number + ") · Housing unit: POD-7"))
                    .as("every photo is marked with whom it is for").isEqualTo(photosPerSheet.get(i));
        }
        List<String> approved = new ArrayList<>();
        for (String photo : List.of(five.get(0), five.get(1), five.get(2), five.get(3), five.get(4), two.get(1))) {
            approved.add(sha256(api().as(family).download("/api/v1/photos/" + photo).body()));
        }
        assertThat(printed).as("the stored JPEGs of the approved photos, and not the rejected one")
                .containsExactlyInAnyOrderElementsOf(approved)
                .doesNotContain(sha256(api().as(family).download("/api/v1/photos/" + two.get(0)).body()));
    }

    /** The SHA-256 of each JPEG placed on the page, as embedded (PDF carries JPEG as it is). */
    static List<String> jpegsOn(PdfReader reader, int page) throws IOException {
        List<String> hashes = new ArrayList<>();
        PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
        PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
        if (objects == null) {
            return hashes;
        }
        for (PdfName name : objects.getKeys()) {
            if (PdfReader.getPdfObject(objects.get(name)) instanceof PRStream stream
                    && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                hashes.add(sha256(PdfReader.getStreamBytesRaw(stream)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.digest().digest(bytes));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
