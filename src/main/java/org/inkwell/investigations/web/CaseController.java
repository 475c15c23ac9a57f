package org.inkwell.investigations.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.investigations.ArchiveSearch;
import org.inkwell.investigations.CaseMember;
import org.inkwell.investigations.Cases;
import org.inkwell.investigations.EvidenceExport;
import org.inkwell.investigations.LinkedPeople;
import org.inkwell.investigations.NewSubject;
import org.inkwell.investigations.Watch;
import org.inkwell.investigations.WatchAlert;
import org.inkwell.investigations.WatchKind;
import org.inkwell.investigations.WatchLists;
import org.inkwell.messaging.MessageStatus;
import org.inkwell.platform.Caller;
import org.inkwell.screening.Category;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The investigator's side: their cases, and the archive searched and read under one of them. */
@RestController
@RequestMapping("/api/v1/investigations")
class CaseController {

    private final Cases cases;
    private final ArchiveSearch archive;
    private final WatchLists watchLists;
    private final EvidenceExport evidence;
    private final LinkedPeople linkedPeople;
    private final Clock clock;

    CaseController(Cases cases, ArchiveSearch archive, WatchLists watchLists, EvidenceExport evidence,
            LinkedPeople linkedPeople, Clock clock) {
        this.evidence = evidence;
        this.linkedPeople = linkedPeople;
        this.cases = cases;
        this.archive = archive;
        this.watchLists = watchLists;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    CaseView open(@RequestBody NewCase request) {
        return CaseView.of(cases.open(Caller.required(), request.caseNumber(), request.legalBasis(),
                request.accessDays(), request.subjects()), clock);
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/cases")
    List<CaseView> mine() {
        return cases.mine(Caller.required()).stream().map(c -> CaseView.of(c, clock)).toList();
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/cases/{id}")
    CaseView one(@PathVariable UUID id) {
        return CaseView.of(cases.get(Caller.required(), id), clock);
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @PostMapping("/cases/{id}/close")
    CaseView close(@PathVariable UUID id) {
        return CaseView.of(cases.close(Caller.required(), id), clock);
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @PostMapping("/cases/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    CaseMember addMember(@PathVariable UUID id, @RequestBody NewMember request) {
        return cases.addMember(Caller.required(), id, request.username());
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/cases/{id}/members")
    List<CaseMember> members(@PathVariable UUID id) {
        return cases.members(Caller.required(), id);
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/search")
    ArchiveSearch.Results search(@RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) String q, @RequestParam(required = false) String facility,
            @RequestParam(required = false) String inmateNumber, @RequestParam(required = false) String email,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) MessageStatus status, @RequestParam(required = false) Category category,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String before) {
        return archive.search(Caller.required(), new ArchiveSearch.Request(caseId, q, facility, inmateNumber, email,
                from, to, status, category, limit, before));
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/messages/{messageId}")
    ArchiveSearch.Opened message(@PathVariable UUID messageId, @RequestParam(required = false) UUID caseId) {
        return archive.open(Caller.required(), caseId, messageId);
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @PostMapping("/cases/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    ArchiveSearch.Item tag(@PathVariable UUID id, @RequestBody NewItem request) {
        return archive.tag(Caller.required(), id, request.messageId());
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/cases/{id}/items")
    List<ArchiveSearch.Item> items(@PathVariable UUID id) {
        return archive.items(Caller.required(), id);
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @PostMapping("/cases/{id}/watch")
    @ResponseStatus(HttpStatus.CREATED)
    WatchView watch(@PathVariable UUID id, @RequestBody NewWatch request) {
        return WatchView.of(watchLists.add(Caller.required(), id, request.kind(), request.value()));
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/cases/{id}/watch")
    List<WatchView> watches(@PathVariable UUID id) {
        return watchLists.of(Caller.required(), id).stream().map(WatchView::of).toList();
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @DeleteMapping("/cases/{id}/watch/{watchId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unwatch(@PathVariable UUID id, @PathVariable UUID watchId) {
        watchLists.remove(Caller.required(), id, watchId);
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/cases/{id}/alerts")
    List<WatchAlert> alerts(@PathVariable UUID id) {
        return watchLists.alerts(Caller.required(), id);
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping(value = "/cases/{id}/export", produces = "application/zip")
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        EvidenceExport.Export export = evidence.export(Caller.required(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName())
                        .build().toString())
                .header("X-Manifest-SHA256", export.manifestSha256())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(export.zip());
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/links")
    LinkedPeople.Links links(@RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) String facility, @RequestParam(required = false) String inmateNumber,
            @RequestParam(required = false) String email) {
        return linkedPeople.of(Caller.required(), caseId, facility, inmateNumber, email);
    }

    record NewMember(String username) {
    }

    record NewItem(UUID messageId) {
    }

    record NewWatch(WatchKind kind, String value) {
    }

    record WatchView(UUID id, WatchKind kind, String value) {
        static WatchView of(Watch w) {
            return new WatchView(w.id(), w.kind(), w.value());
        }
    }

    record NewCase(String caseNumber, String legalBasis, Integer accessDays, List<NewSubject> subjects) {
    }
}
