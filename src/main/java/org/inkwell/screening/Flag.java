package org.inkwell.screening;

/**
 * One thing the screen found: its category, the text as written, and where it stands in the message
 * ({@code start} inclusive, {@code end} exclusive, in UTF-16 units as JavaScript counts them).
 */
public record Flag(Category category, String match, int start, int end) {
}
