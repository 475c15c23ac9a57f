package org.inkwell.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.directory.Roster;
import org.inkwell.directory.Transfers;
import org.inkwell.directory.internal.RosterCsv;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The roster: the people in custody here (searchable, 50 a page), uploading the roster file (its result
 * kept under an id, so reloading the result page never imports again) with a template to fill in, and
 * the open transfer requests: those for this facility's people to confirm or decline, and those it sent.
 */
@WebPage
class RosterPages {

    static final int PAGE_SIZE = 50;

    private final Roster roster;
    private final Transfers transfers;
    private final FormErrors formErrors;

    RosterPages(Roster roster, Transfers transfers, FormErrors formErrors) {
        this.roster = roster;
        this.transfers = transfers;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/roster")
    String form(@RequestParam(name = "q", defaultValue = "") String search,
            @RequestParam(name = "after", required = false) String after,
            @RequestParam(name = "import", required = false) UUID importId, HttpServletResponse response, Model model) {
        if (importId != null) {
            model.addAttribute("result", roster.importResult(Caller.required(), importId));
        }
        try {
            return page(model, search, after);
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "q");
            return page(model, "", null);
        }
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/roster/template.csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("roster-template.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(RosterCsv.template().getBytes(StandardCharsets.UTF_8));
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/roster")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
            Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw ApiException.badRequest("roster.no-file", "Choose a file to import.");
            }
            byte[] content = file.getBytes();
            try {
                return "redirect:/staff/roster?import=" + roster.importAndKeep(Caller.required(), content) + "#result";
            } catch (ApiException refused) {
                if (RosterCsv.WRONG_HEADER.equals(refused.code())) {
                    model.addAttribute("firstLine", RosterCsv.firstLine(content));
                }
                throw refused;
            }
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "file");
            return page(model, "", null);
        }
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/roster/transfers/{id}")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason, HttpServletResponse response, Model model) {
        try {
            if (!decision.equals("CONFIRM") && !decision.equals("DECLINE")) {
                throw ApiException.invalidField("transfer.invalid-decision", "decision", "must be CONFIRM or DECLINE");
            }
            transfers.decide(Caller.required(), id, decision.equals("CONFIRM"), reason);
            return "redirect:/staff/roster?decided";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "transfer-reason-" + id);
            model.addAttribute("refusedTransfer", id);
            return page(model, "", null);
        }
    }

    private String page(Model model, String search, String after) {
        Caller admin = Caller.required();
        model.addAttribute("roster", roster.inCustody(admin, search, after, PAGE_SIZE));
        model.addAttribute("q", search);
        model.addAttribute("after", after);
        model.addAttribute("template", RosterCsv.HEADER);
        var open = transfers.pending(admin);
        model.addAttribute("incoming", open.stream().filter(t -> t.fromFacilityId().equals(admin.facilityId())).toList());
        model.addAttribute("outgoing", open.stream().filter(t -> t.toFacilityId().equals(admin.facilityId())).toList());
        return "staff/roster";
    }
}
