package org.inkwell.platform;

import java.util.regex.Pattern;

/**
 * Free text staff write into a record (a case's legal basis, a hold's reason): required, bounded, and without
 * control characters, which no form produces and which would hide text from whoever reads the record later.
 * Line breaks are allowed where the field is multi-line.
 */
public final class StaffText {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private StaffText() {
    }

    /** The text stripped, or a 400 naming the field. */
    public static String required(String field, String raw, int max, boolean multiline) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw ApiException.invalidField(field, "is required");
        }
        if (value.length() > max) {
            throw ApiException.invalidField(field, "must be at most " + max + " characters");
        }
        String checked = multiline ? value.replaceAll("[\\r\\n\\t]", " ") : value;
        if (CONTROL.matcher(checked).find()) {
            throw ApiException.invalidField(field, "must not contain control characters");
        }
        return value;
    }
}
