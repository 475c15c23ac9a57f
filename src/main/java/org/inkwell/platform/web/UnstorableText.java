package org.inkwell.platform.web;

/**
 * Text no part of Inkwell can keep: the NUL character, which PostgreSQL refuses in any text column, and
 * a surrogate without its partner, which is not Unicode at all (it cannot be written as UTF-8, hashed
 * as a password or shown on a page).
 */
final class UnstorableText {

    static final String NUL = "must not contain the NUL character";
    static final String LONE_SURROGATE = "must be valid Unicode (it holds half of a surrogate pair)";

    private UnstorableText() {
    }

    /** Why the text cannot be kept, or null when it can. */
    static String refusal(String text) {
        return refusal(text.toCharArray(), 0, text.length());
    }

    /** The same for a slice of characters, as a JSON parser holds a string without making one. */
    static String refusal(char[] text, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text[i];
            if (c == '\0') {
                return NUL;
            }
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return LONE_SURROGATE;
            }
        }
        return null;
    }

    /** The text with every character it may not hold replaced, so a field name can be echoed back safely. */
    static String printable(String text) {
        if (refusal(text) == null) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                shown.append(c).append(text.charAt(++i));
            } else {
                shown.append(c == '\0' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return shown.toString();
    }
}
