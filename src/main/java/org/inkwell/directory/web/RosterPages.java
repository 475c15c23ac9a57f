package org.inkwell.directory.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.directory.Roster;
import org.inkwell.directory.Transfers;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FieldError;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading the roster file: the counts and every refused row with its line, as a table. Below it, the
 * open transfer requests: those for this facility's people to confirm or decline, and those it sent.
 */
@WebPage
class RosterPages {

    private final Roster roster;
    private final Transfers transfers;

    RosterPages(Roster roster, Transfers transfers) {
        this.roster = roster;
        this.transfers = transfers;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/roster")
    String form(Model model) {
        return page(model);
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/roster")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", List.of(new FieldError("file", "roster.noFile")));
            return page(model);
        }
        try {
            model.addAttribute("result", roster.importCsv(Caller.required(), file.getBytes()));
        } catch (ApiException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("errors", List.of(new FieldError("file", "roster.malformed")));
            model.addAttribute("detail", refused.getMessage());
        }
        return page(model);
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/roster/transfers/{id}")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason, HttpServletResponse response, Model model) {
        try {
            if (!decision.equals("CONFIRM") && !decision.equals("DECLINE")) {
                throw ApiException.invalidField("decision", "must be CONFIRM or DECLINE");
            }
            transfers.decide(Caller.required(), id, decision.equals("CONFIRM"), reason);
            return "redirect:/staff/roster?decided";
        } catch (ApiException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("errors", List.of(new FieldError("transfer-" + id, "roster.transferRefused")));
            model.addAttribute("detail", refused.getMessage());
            return page(model);
        }
    }

    private String page(Model model) {
        Caller admin = Caller.required();
        var open = transfers.pending(admin);
        model.addAttribute("incoming", open.stream().filter(t -> t.fromFacilityId().equals(admin.facilityId())).toList());
        model.addAttribute("outgoing", open.stream().filter(t -> t.toFacilityId().equals(admin.facilityId())).toList());
        return "staff/roster";
    }
}
