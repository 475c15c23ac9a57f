package org.inkwell.review.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.inkwell.screening.Category;
import org.inkwell.screening.Flag;

/**
 * A message body cut into plain and flagged stretches, so a page can mark every flag in place while
 * the text itself stays escaped. Overlapping flags become one stretch that names all their categories.
 */
final class FlaggedText {

    private FlaggedText() {
    }

    record Segment(String text, List<Category> categories) {
        public boolean flagged() {
            return !categories.isEmpty();
        }
    }

    private record Range(int start, int end, Category category) {
    }

    static List<Segment> segments(String body, List<Flag> flags) {
        List<Range> ranges = flags.stream()
                .map(f -> widen(body, f))
                .filter(r -> r.start() < r.end())
                .sorted(Comparator.comparingInt(Range::start).thenComparingInt(Range::end))
                .toList();
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < ranges.size()) {
            int start = ranges.get(i).start();
            int end = ranges.get(i).end();
            Set<Category> categories = new LinkedHashSet<>();
            categories.add(ranges.get(i).category());
            for (i++; i < ranges.size() && ranges.get(i).start() < end; i++) {
                end = Math.max(end, ranges.get(i).end());
                categories.add(ranges.get(i).category());
            }
            if (start > at) {
                segments.add(new Segment(body.substring(at, start), List.of()));
            }
            segments.add(new Segment(body.substring(start, end), List.copyOf(categories)));
            at = end;
        }
        if (at < body.length()) {
            segments.add(new Segment(body.substring(at), List.of()));
        }
        return segments;
    }

    /** Keeps a range inside the body and never lets it cut a character made of a surrogate pair in two. */
    private static Range widen(String body, Flag flag) {
        int start = Math.min(Math.max(flag.start(), 0), body.length());
        int end = Math.min(Math.max(flag.end(), start), body.length());
        if (start > 0 && start < body.length() && Character.isLowSurrogate(body.charAt(start))
                && Character.isHighSurrogate(body.charAt(start - 1))) {
            start--;
        }
        if (end > 0 && end < body.length() && Character.isHighSurrogate(body.charAt(end - 1))
                && Character.isLowSurrogate(body.charAt(end))) {
            end++;
        }
        return new Range(start, end, flag.category());
    }
}
