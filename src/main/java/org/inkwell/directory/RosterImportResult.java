package org.inkwell.directory;

import java.util.List;

/**
 * What a roster upload did: counts of applied rows and every refused row with its line number.
 * {@code awaitingTransfer} counts rows for people held at another facility: they are among the refused
 * rows, and apply only once that facility confirms the transfer.
 */
public record RosterImportResult(int added, int updated, int awaitingTransfer, int released, List<RejectedRow> rejected) {

    public record RejectedRow(long line, String number, String reason) {
    }
}
