package org.inkwell.messaging;

import org.inkwell.platform.ApiException;

/** The rules for a message body: not empty, full Unicode, no control characters but newline and tab. */
final class MessageText {

    private MessageText() {
    }

    /** Answers the body as stored: Windows and old Mac line ends become newlines. */
    static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.invalidField("send.invalid", "body", "is empty");
        }
        String body = raw.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
            if (control || Character.getType(c) == Character.SURROGATE) {
                throw ApiException.invalidField("send.invalid", "body", "contains a control character (U+%04X) at position %d"
                        .formatted(c, i));
            }
            i += Character.charCount(c);
        }
        return body;
    }
}
