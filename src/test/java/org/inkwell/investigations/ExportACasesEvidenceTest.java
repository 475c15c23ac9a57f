package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A case's tagged messages leave as one ZIP whose manifest's hashes check out, and the export is logged. */
class ExportACasesEvidenceTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Test
    void theExportHoldsEveryTaggedMessageWithVerifiableHashes() throws Exception {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Exported");
        String first = agency.send(family, "First letter for the record.");
        String second = agency.send(family, "Second letter, ¿qué tal?");
        agency.send(family, "Not tagged, not exported.");
        String caseId = agency.openCase(family.number());
        for (String id : List.of(first, second)) {
            api().as(agency.investigator).post("/api/v1/investigations/cases/" + caseId + "/items", Map.of("messageId", id));
        }

        HttpResponse<byte[]> export = download(agency.investigator, caseId);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Map<String, byte[]> files = unzip(export.body());
        assertThat(files).containsOnlyKeys("manifest.json", "messages.json", "messages.pdf");
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        String caseNumber = api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId).json()
                .get("caseNumber").asString();
        assertThat(manifest.get("caseNumber").asString()).isEqualTo(caseNumber);
        assertThat(manifest.get("exportedBy").asString()).isEqualTo("Investigator " + agency.investigatorName);
        assertThat(manifest.get("exportedAt").isNull()).isFalse();
        assertThat(manifest.get("files").findValuesAsString("name")).containsExactlyInAnyOrder("messages.json", "messages.pdf");
        manifest.get("files").forEach(f -> assertThat(sha256(files.get(f.get("name").asString())))
                .isEqualTo(f.get("sha256").asString()));
        JsonNode messages = JSON.readTree(files.get("messages.json"));
        assertThat(messages.findValuesAsString("messageId")).containsExactly(first, second);
        assertThat(messages.get(1).get("body").asString()).isEqualTo("Second letter, ¿qué tal?");
        assertThat(messages.get(0).get("history").findValuesAsString("event")).contains("SUBMITTED", "SCREENED");
        String pdf = new String(files.get("messages.pdf"), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-");
        assertThat(java.util.regex.Pattern.compile("/Type\\s*/Page\\b").matcher(pdf).results().count()).isEqualTo(2);

        List<String> audited = api().as(Investigations.platformAdmin(api()))
                .get("/api/v1/admin/audit?limit=1000&action=INVESTIGATION_EXPORTED").json().findValuesAsString("detail");
        assertThat(audited).anyMatch(d -> d.contains(sha256(files.get("manifest.json"))));
        List<String> exported = new java.util.ArrayList<>();
        api().as(agency.facility.admin).get("/api/v1/staff/investigation-access?limit=500").json().forEach(e -> {
            if (caseNumber.equals(e.get("caseNumber").asString()) && e.get("action").asString().equals("EXPORT")) {
                exported.add(e.get("messageId").asString());
            }
        });
        assertThat(exported).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aCaseWithNothingTaggedOrNotOpenExportsNothing() throws Exception {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Empty");
        String caseId = agency.openCase(family.number());
        Api.Response pending = agency.open(agency.investigator,
                List.of(Investigations.person(agency.facility.code, family.number())));

        assertThat(download(agency.investigator, caseId).statusCode()).isEqualTo(409);
        assertThat(download(agency.investigator, pending.json().get("id").asString()).statusCode()).isEqualTo(403);
    }

    private HttpResponse<byte[]> download(String token, String caseId) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/investigations/cases/" + caseId + "/export"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
