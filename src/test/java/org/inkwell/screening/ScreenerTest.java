package org.inkwell.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.inkwell.screening.internal.Detectors;
import org.inkwell.screening.internal.DefaultTerms;
import org.inkwell.screening.internal.NormalizedText;
import org.inkwell.screening.internal.TermMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The screen's matching on its own, with the full default list: what it must find and what it must leave alone. */
class ScreenerTest {

    private static TermMatcher defaults;

    @BeforeAll
    static void compileTheDefaultList() {
        defaults = new TermMatcher(DefaultTerms.load().stream()
                .map(e -> new TermMatcher.Term(e.category(), e.term())).toList());
    }

    static Stream<Arguments> flaggedExamples() throws IOException {
        try (InputStream in = ScreenerTest.class.getResourceAsStream("/screening/flagged.csv")) {
            List<Arguments> examples = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    int comma = lines[i].indexOf(',');
                    examples.add(Arguments.of(Category.valueOf(lines[i].substring(0, comma)), lines[i].substring(comma + 1).trim()));
                }
            }
            return examples.stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("flaggedExamples")
    void everyCategoryIsFoundEvenWhenDisguised(Category category, String text) {
        List<Flag> flags = defaults.match(text, NormalizedText.of(text));

        assertThat(flags).extracting(Flag::category).contains(category);
        for (Flag flag : flags) {
            assertThat(text.substring(flag.start(), flag.end())).isEqualTo(flag.match());
        }
    }

    static Stream<Path> ordinaryLetters() throws IOException {
        Path folder = Path.of("src/test/resources/screening/ordinary");
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinaryLetters")
    void ordinaryFamilyLettersRaiseNoFlag(Path letter) throws IOException {
        String text = Files.readString(letter);

        assertThat(defaults.match(text, NormalizedText.of(text))).isEmpty();
        assertThat(Detectors.detect(text)).isEmpty();
    }

    @Test
    void thereAreAtLeastFiftyOrdinaryLetters() throws IOException {
        assertThat(ordinaryLetters().count()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void obfuscationsAreFoldedAndOffsetsPointAtTheOriginal() {
        for (String text : List.of("they sell h3r0in there", "they sell h e r o i n there", "they sell H.E.R.O.I.N there",
                "they sell HÉRÖÍN there", "they sell ｈｅｒｏｉｎ there")) {
            List<Flag> flags = defaults.match(text, NormalizedText.of(text));
            assertThat(flags).as(text).extracting(Flag::category).contains(Category.DRUGS_OR_CONTRABAND);
            Flag flag = flags.get(0);
            assertThat(flag.start()).isEqualTo(10);
            assertThat(text.substring(flag.start(), flag.end())).isEqualTo(flag.match());
            assertThat(flag.match()).doesNotStartWith(" ").doesNotEndWith(" ");
        }
    }

    @Test
    void termsMatchWholeWordsOnly() {
        TermMatcher matcher = new TermMatcher(List.of(new TermMatcher.Term(Category.DRUGS_OR_CONTRABAND, "ice"),
                new TermMatcher.Term(Category.THREAT_OR_VIOLENCE, "kill you")));

        assertThat(matcher.match("what a nice police office", NormalizedText.of("what a nice police office"))).isEmpty();
        assertThat(matcher.match("ice on the porch", NormalizedText.of("ice on the porch"))).hasSize(1);
        assertThat(matcher.match("I will kill you!", NormalizedText.of("I will kill you!"))).hasSize(1);
        assertThat(matcher.match("they skill young", NormalizedText.of("they skill young"))).isEmpty();
    }

    @Test
    void detectorsFindWaysToReachOrPaySomeone() {
        assertDetected("call me at (212) 555-0198 tonight", Category.PHONE_NUMBER, "(212) 555-0198");
        assertDetected("write to cousin.vinny@example.com", Category.EMAIL_ADDRESS, "cousin.vinny@example.com");
        assertDetected("see https://example.org/x?y=1 now", Category.URL, "https://example.org/x?y=1");
        assertDetected("look at www.example.net", Category.URL, "www.example.net");
        assertDetected("drop it at 1420 West Maple Avenue please", Category.STREET_ADDRESS, "1420 West Maple Avenue");
        assertDetected("send it to $BigMike22 asap", Category.PAYMENT_HANDLE, "$BigMike22");
        assertDetected("my venmo is @lily-rose", Category.PAYMENT_HANDLE, "venmo is @lily-rose");
        assertDetected("QmFzZTY0IGVuY29kZWQgc2VjcmV0IG1lc3NhZ2UgaGVyZQ==", Category.CODED_LANGUAGE,
                "QmFzZTY0IGVuY29kZWQgc2VjcmV0IG1lc3NhZ2UgaGVyZQ==");
    }

    @Test
    void detectorsStillFindWhatBarelyQualifies() {
        assertDetected("call me at 555-0198 tonight", Category.PHONE_NUMBER, "555-0198");
        assertDetected("find me on lilyrose.me tonight", Category.URL, "lilyrose.me");
        assertDetected("it is 1420\nWest Maple Avenue", Category.STREET_ADDRESS, "1420\nWest Maple Avenue");
        assertDetected("pay me on applecash lily22", Category.PAYMENT_HANDLE, "applecash lily22");
        assertDetected("send it through CashApp to lily22", Category.PAYMENT_HANDLE, "CashApp to lily22");
        assertDetected("0123456789abcdef0123456789abcdef", Category.CODED_LANGUAGE, "0123456789abcdef0123456789abcdef");
        assertThat(Detectors.detect("0123456789abcdef0123456789abcde")).extracting(Flag::category)
                .doesNotContain(Category.CODED_LANGUAGE);
    }

    @Test
    void inmateNumberCandidatesHaveThreeDigitsInARow() {
        assertThat(Detectors.inmateNumberCandidates("tell A1002 and b-123x hi, not 12 or 2014"))
                .containsExactly("A1002", "B-123X", "2014");
        assertThat(Detectors.inmateNumberCandidates("he is 12, she is 9")).isEmpty();
    }

    @Test
    void leetIsUndoneOnlyInsideWordsWithLetters() {
        assertThat(NormalizedText.fold("you! k!ll 2014 $5 |x| @ 5$5 h3ll0")).isEqualTo("you kill 2014 5 x 55 hello");
        assertThat(NormalizedText.fold("I K E A vs a b")).isEqualTo("ikea vs a b");
    }

    @Test
    void foldsThatLengthenTheTextStillPointAtTheOriginal() {
        assertThat(NormalizedText.fold("\ufb03".repeat(50))).isEqualTo("ffi".repeat(50));
        TermMatcher matcher = new TermMatcher(List.of(new TermMatcher.Term(Category.CODED_LANGUAGE, "ffix")));
        String text = "the \ufb03x";

        assertThat(matcher.match(text, NormalizedText.of(text))).containsExactly(new Flag(Category.CODED_LANGUAGE, "\ufb03x", 4, 6));
    }

    @Test
    void numbersInOrdinaryTextAreNotPhoneNumbers() {
        assertThat(Detectors.detect("He is 12, born 2014, and we paid 45 dollars on 12/25/2024 at 3:30 pm.")).isEmpty();
    }

    @Test
    void theScoreWeighsEachCategoryOnceAndTopsOutAt100() {
        Flag drugs = new Flag(Category.DRUGS_OR_CONTRABAND, "x", 0, 1);
        Flag threat = new Flag(Category.THREAT_OR_VIOLENCE, "y", 2, 3);

        assertThat(Screener.score(List.of())).isZero();
        assertThat(Screener.score(List.of(drugs))).isEqualTo(35);
        assertThat(Screener.score(List.of(drugs, drugs))).isEqualTo(40);
        assertThat(Screener.score(List.of(drugs, threat))).isEqualTo(80);
        assertThat(Screener.score(List.of(drugs, threat, new Flag(Category.ESCAPE_OR_SECURITY, "z", 4, 5)))).isEqualTo(100);
    }

    private static void assertDetected(String text, Category category, String match) {
        assertThat(Detectors.detect(text)).as(text).anySatisfy(flag -> {
            assertThat(flag.category()).isEqualTo(category);
            assertThat(flag.match()).isEqualTo(match);
            assertThat(text.substring(flag.start(), flag.end())).isEqualTo(match);
        });
    }
}
