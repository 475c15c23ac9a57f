package org.inkwell.investigations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.investigations.internal.EvidencePdf;
import org.inkwell.messaging.Message;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's tagged messages as one ZIP of evidence: every field and the whole history as JSON, the letters
 * as a PDF (one per page, case number and page in the footer), and a manifest with each file's SHA-256.
 * The manifest's own SHA-256 goes into the audit log, so a copy handed on later can be checked against it.
 */
@Service
public class EvidenceExport {

    public record Export(String fileName, byte[] zip, String manifestSha256) {
    }

    record FileHash(String name, String sha256) {
    }

    record Manifest(String caseNumber, String exportedBy, Instant exportedAt, List<FileHash> files) {
    }

    private final Cases cases;
    private final ArchiveSearch archive;
    private final AccessLog accessLog;
    private final EvidencePdf pdf;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    EvidenceExport(Cases cases, ArchiveSearch archive, AccessLog accessLog, EvidencePdf pdf, AuditLog audit,
            JsonMapper json, Clock clock) {
        this.cases = cases;
        this.archive = archive;
        this.accessLog = accessLog;
        this.pdf = pdf;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Export export(Caller investigator, UUID caseId) {
        InvestigationCase through = cases.requireUsable(investigator, caseId);
        List<Message> tagged = archive.taggedMessages(through);
        if (tagged.isEmpty()) {
            throw ApiException.conflict("case.no-items", "Tag messages into case " + through.caseNumber()
                    + " before exporting it.");
        }
        List<ArchiveSearch.Opened> opened = tagged.stream().map(archive::describe).toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("messages.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(opened));
        files.put("messages.pdf", pdf.render(through.caseNumber(), opened));
        List<FileHash> hashes = files.entrySet().stream()
                .map(f -> new FileHash(f.getKey(), hex(f.getValue()))).toList();
        byte[] manifest = json.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(new Manifest(through.caseNumber(), investigator.name(), now, hashes));
        String manifestHash = hex(manifest);
        for (Message m : tagged) {
            accessLog.record(investigator, through, AccessAction.EXPORT, null, m.id(), m.facilityId());
        }
        audit.record(AuditEntry.by(investigator, "INVESTIGATION_EXPORTED", caseId.toString(), AuditOutcome.SUCCESS)
                .withDetail("case " + through.caseNumber() + ": " + tagged.size() + " messages, manifest sha256 "
                        + manifestHash));
        files.put("manifest.json", manifest);
        return new Export("case-" + through.caseNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".zip", zip(files),
                manifestHash);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.digest().digest(bytes));
    }
}
