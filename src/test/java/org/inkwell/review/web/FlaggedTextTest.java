package org.inkwell.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.inkwell.review.web.FlaggedText.Segment;
import org.inkwell.screening.Category;
import org.inkwell.screening.Flag;
import org.junit.jupiter.api.Test;

class FlaggedTextTest {

    @Test
    void aBodyWithoutFlagsIsOnePlainSegment() {
        assertThat(FlaggedText.segments("hello", List.of())).containsExactly(new Segment("hello", List.of()));
        assertThat(FlaggedText.segments("", List.of())).isEmpty();
    }

    @Test
    void flagsAreCutOutInPlaceInTheOrderOfTheText() {
        String body = "call 555-0100 about the h3r0in";
        List<Flag> flags = List.of(new Flag(Category.DRUGS_OR_CONTRABAND, "h3r0in", 24, 30),
                new Flag(Category.PHONE_NUMBER, "555-0100", 5, 13));

        assertThat(FlaggedText.segments(body, flags)).containsExactly(
                new Segment("call ", List.of()),
                new Segment("555-0100", List.of(Category.PHONE_NUMBER)),
                new Segment(" about the ", List.of()),
                new Segment("h3r0in", List.of(Category.DRUGS_OR_CONTRABAND)));
    }

    @Test
    void overlappingFlagsMergeAndKeepEveryCategoryOnce() {
        String body = "see www.x.com/pay now";
        List<Flag> flags = List.of(new Flag(Category.URL, "www.x.com/pay", 4, 17),
                new Flag(Category.PAYMENT_HANDLE, "x.com/pay now", 8, 21),
                new Flag(Category.URL, "x.com", 8, 13));

        assertThat(FlaggedText.segments(body, flags)).containsExactly(
                new Segment("see ", List.of()),
                new Segment("www.x.com/pay now", List.of(Category.URL, Category.PAYMENT_HANDLE)));
    }

    @Test
    void touchingFlagsStayApart() {
        assertThat(FlaggedText.segments("abcd", List.of(new Flag(Category.URL, "ab", 0, 2),
                new Flag(Category.GANG_ACTIVITY, "cd", 2, 4)))).containsExactly(
                new Segment("ab", List.of(Category.URL)), new Segment("cd", List.of(Category.GANG_ACTIVITY)));
    }

    @Test
    void offsetsOutsideTheBodyOrInsideASurrogatePairNeverBreakTheText() {
        String body = "a😀b";
        List<Segment> segments = FlaggedText.segments(body, List.of(new Flag(Category.CODED_LANGUAGE, "?", 2, 9),
                new Flag(Category.URL, "?", -3, 0)));

        assertThat(segments).containsExactly(new Segment("a", List.of()), new Segment("😀b", List.of(Category.CODED_LANGUAGE)));
        assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(body);
    }
}
