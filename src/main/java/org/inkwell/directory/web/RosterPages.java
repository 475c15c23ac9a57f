package org.inkwell.directory.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.directory.Roster;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FieldError;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Uploading the roster file: the counts and every refused row with its line, as a table. */
@WebPage
class RosterPages {

    private final Roster roster;

    RosterPages(Roster roster) {
        this.roster = roster;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/roster")
    String form() {
        return "staff/roster";
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/roster")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", List.of(new FieldError("file", "roster.noFile")));
            return "staff/roster";
        }
        try {
            model.addAttribute("result", roster.importCsv(Caller.required(), file.getBytes()));
        } catch (ApiException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("errors", List.of(new FieldError("file", "roster.malformed")));
            model.addAttribute("detail", refused.getMessage());
        }
        return "staff/roster";
    }
}
