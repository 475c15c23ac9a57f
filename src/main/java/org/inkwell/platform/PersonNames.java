package org.inkwell.platform;

/**
 * The one rule every person's name field follows. Names are shown to reviewers, staff and families, so
 * none may carry characters that change how the text around them is drawn: control characters, line
 * breaks, and invisible format characters (Unicode category Cf), among them the bidi overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) that can make a name read backwards or hide part of it.
 */
public final class PersonNames {

    private PersonNames() {
    }

    /** True when every character may appear in a name; a lone surrogate half is not a character. */
    public static boolean printable(String name) {
        return name.codePoints().noneMatch(PersonNames::hidden);
    }

    /** The trimmed name, or a 400 naming the field when it is blank, longer than {@code max} or not printable. */
    public static String require(String field, String name, int max) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > max) {
            throw ApiException.invalidField(field, "is required, at most " + max + " characters");
        }
        if (!printable(trimmed)) {
            throw ApiException.invalidField(field, "must not contain control, line-break or invisible formatting characters");
        }
        return trimmed;
    }

    private static boolean hidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }
}
