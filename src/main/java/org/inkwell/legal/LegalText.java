package org.inkwell.legal;

import org.inkwell.platform.ApiException;
import org.inkwell.platform.PersonNames;

/**
 * The free text of registrations and decisions (firm, reasons): shown to staff and to the applicant only,
 * and even there never with characters that redraw the text around it. A reason may have line breaks.
 */
final class LegalText {

    private LegalText() {
    }

    /** The trimmed text; blank is null when optional; a 400 with the code naming the field otherwise. */
    static String require(String code, String field, String value, int max, boolean required, boolean lines) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw ApiException.invalidField(code, field, "is required");
            }
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw ApiException.invalidField(code, field, "must be at most " + max + " characters");
        }
        String checked = lines ? trimmed.replace("\r\n", "\n").replace('\n', ' ') : trimmed;
        if (!PersonNames.printable(checked)) {
            throw ApiException.invalidField(code, field, "must not contain control or invisible formatting characters");
        }
        return lines ? trimmed.replace("\r\n", "\n") : trimmed;
    }
}
