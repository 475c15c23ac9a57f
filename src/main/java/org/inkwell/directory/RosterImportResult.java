package org.inkwell.directory;

import java.util.List;

/** What a roster upload did: counts of applied rows and every refused row with its line number. */
public record RosterImportResult(int added, int updated, int transferred, int released, List<RejectedRow> rejected) {

    public record RejectedRow(long line, String number, String reason) {
    }
}
