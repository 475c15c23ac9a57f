package org.inkwell.directory;

import java.util.List;

/**
 * A page of the people in custody at a facility, by number: {@code total} people match the search, and
 * {@code nextAfter} is the number to continue after (null on the last page).
 */
public record RosterPage(List<Inmate> people, long total, String nextAfter) {
}
