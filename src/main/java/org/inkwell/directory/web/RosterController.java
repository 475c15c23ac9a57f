package org.inkwell.directory.web;

import org.inkwell.directory.Roster;
import org.inkwell.directory.RosterImportResult;
import org.inkwell.platform.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RosterController {

    private final Roster roster;

    RosterController(Roster roster) {
        this.roster = roster;
    }

    /**
     * Syncs the admin's facility roster from a CSV file sent as the body
     * ({@code number,lastName,firstName,status,housingUnit[,pin]}).
     */
    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping(path = "/api/v1/staff/roster", consumes = {"text/csv", "text/plain"})
    RosterImportResult importRoster(@RequestBody byte[] file) {
        return roster.importCsv(Caller.required(), file);
    }
}
