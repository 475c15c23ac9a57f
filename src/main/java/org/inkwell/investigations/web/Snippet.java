package org.inkwell.investigations.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A search snippet as the archive answers it (the text HTML-escaped, matches between {@code <mark>} tags)
 * cut into plain-text parts, so the page prints every part escaped with {@code th:text} and adds the
 * marks itself: nothing from a letter ever reaches the page as markup.
 */
record Snippet(List<Part> parts) {

    record Part(String text, boolean marked) {
    }

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    static Snippet of(String html) {
        List<Part> parts = new ArrayList<>();
        String rest = html == null ? "" : html;
        while (!rest.isEmpty()) {
            int open = rest.indexOf(OPEN);
            if (open < 0) {
                add(parts, rest, false);
                break;
            }
            add(parts, rest.substring(0, open), false);
            rest = rest.substring(open + OPEN.length());
            int close = rest.indexOf(CLOSE);
            add(parts, close < 0 ? rest : rest.substring(0, close), true);
            rest = close < 0 ? "" : rest.substring(close + CLOSE.length());
        }
        return new Snippet(List.copyOf(parts));
    }

    private static void add(List<Part> parts, String escaped, boolean marked) {
        if (!escaped.isEmpty()) {
            parts.add(new Part(HtmlUtils.htmlUnescape(escaped), marked));
        }
    }
}
