package org.inkwell.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
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
import org.junit.jupiter.params.provider.ValueSource;

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

        assertThat(screen(text).flags()).isEmpty();
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

    @Test
    void aZeroWidthSpaceInsideAWordHidesNothing() {
        String text = "bring the co\u200bcaine sunday";

        assertThat(screen(text).flags()).containsExactlyInAnyOrder(
                new Flag(Category.DRUGS_OR_CONTRABAND, "co\u200bcaine", 10, 18),
                new Flag(Category.OBFUSCATION, "co\u200bcaine", 10, 18));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200B", "200C", "200D", "2060", "FEFF", "00AD", "202E", "2066", "180E", "034F", "3164", "E0063"})
    void everyInvisibleCharacterInsideAWordIsDroppedAndShown(String hex) {
        String invisible = Character.toString(Integer.parseInt(hex, 16));
        String text = "more her" + invisible + "oin please";

        assertThat(screen(text).flags()).extracting(Flag::category)
                .containsExactlyInAnyOrder(Category.DRUGS_OR_CONTRABAND, Category.OBFUSCATION);
        assertThat(screen(text).flags()).allSatisfy(flag -> assertThat(flag.match()).isEqualTo("her" + invisible + "oin"));
    }

    @Test
    void invisibleCharactersBetweenDigitsOrAtTheEdgeOfAWordAreShownToo() {
        assertThat(screen("call 212\u200b555\u200b0198").flags()).extracting(Flag::category).contains(Category.OBFUSCATION);
        assertThat(screen("see you\u2060 soon").flags())
                .containsExactly(new Flag(Category.OBFUSCATION, "you\u2060", 4, 8));
        assertThat(screen("see \u200byou soon").flags())
                .containsExactly(new Flag(Category.OBFUSCATION, "\u200byou", 4, 8));
    }

    @Test
    void cyrillicAndGreekLookAlikesFoldToLatinAndMixedIntoALatinWordAreADisguise() {
        String cyrillic = "\u0441ocaine on sunday";
        String greek = "c\u03bfcaine? no, \u03bfk";
        String wholeWord = "they sell \u04bb\u0435\u0433\u043e\u0456n there";

        assertThat(screen(cyrillic).flags()).containsExactlyInAnyOrder(
                new Flag(Category.DRUGS_OR_CONTRABAND, "\u0441ocaine", 0, 7), new Flag(Category.OBFUSCATION, "\u0441ocaine", 0, 7));
        assertThat(screen(greek).flags()).containsExactlyInAnyOrder(
                new Flag(Category.DRUGS_OR_CONTRABAND, "c\u03bfcaine", 0, 7), new Flag(Category.OBFUSCATION, "c\u03bfcaine", 0, 7),
                new Flag(Category.OBFUSCATION, "\u03bfk", 13, 15));
        assertThat(screen(wholeWord).flags()).extracting(Flag::category)
                .contains(Category.DRUGS_OR_CONTRABAND, Category.OBFUSCATION);
        assertThat(screen("\u041a\u0406LL Y\u041eU").flags()).extracting(Flag::category)
                .as("upper-case look-alikes read as the upper-case letters they imitate")
                .contains(Category.THREAT_OR_VIOLENCE);
    }

    @Test
    void fullwidthMathematicalAndCircledLettersFoldAndMixedIntoAWordAreADisguise() {
        for (String text : List.of("they sell \uff48\uff45\uff52\uff4f\uff49\uff4e there", "they sell \ud835\udc21\ud835\udc1e\ud835\udc2b\ud835\udc28\ud835\udc22\ud835\udc27 there",
                "they sell \u24d7\u24d4\u24e1\u24de\u24d8\u24dd there")) {
            List<Flag> flags = screen(text).flags();
            assertThat(flags).as(text).extracting(Flag::category).containsExactly(Category.DRUGS_OR_CONTRABAND);
            assertThat(flags.get(0).start()).isEqualTo(10);
            assertThat(text.substring(flags.get(0).start(), flags.get(0).end())).isEqualTo(flags.get(0).match());
        }
        assertThat(screen("they sell h\uff45roin there").flags()).extracting(Flag::category)
                .containsExactlyInAnyOrder(Category.DRUGS_OR_CONTRABAND, Category.OBFUSCATION);
        assertThat(screen("pay \uff10\uff11\uff12 or \ufb01ne").flags()).extracting(Flag::match).containsExactly("\ufb01ne");
    }

    @Test
    void ordinaryWritingInOtherLanguagesIsNeitherFlaggedNorADisguise() {
        List<String> letters = List.of(
                "Привет, сынок! Мы все скучаем по тебе. Мама испекла пирог с яблоками, а папа починил крышу. "
                        + "Сестра учится хорошо и передаёт привет. СОК, САХАР, ГОРОХ и рога. Пиши нам чаще. Обнимаем, твоя семья.",
                "Γεια σου αγάπη μου, ελπίζω να είσαι καλά. Τα παιδιά σου στέλνουν φιλιά και σε περιμένουμε.",
                "亲爱的儿子，你好！家里一切都好，妈妈很想你。天气冷了，记得多穿衣服。我们下个月去看你，ＯＫ？电话费１２３元。\ud840\udc00𠀁",
                "Con yêu của mẹ, cả nhà đều khỏe. Bố đã đi làm lại rồi. Em con học giỏi lắm. Mẹ nhớ con nhiều, đừng lo.",
                "سلام عزیزم، دلم برایت تنگ شده. می\u200cخواهم زودتر ببینمت.",
                "नमस्ते बेटा, हम सब ठीक हैं। क्\u200dष",
                "We love you \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d\udc66\u2764\ufe0f see you soon \ud83c\uddfa\ud83c\uddf8 #1\ufe0f\u20e3 dad",
                "\ufeffEl 1º de mayo y la 2ª visita, señor Muñoz.",
                Normalizer.normalize("Mamá, la niña ganó el año pasado; ¿cómo estás? Pingüino, Ñandú.", Normalizer.Form.NFD),
                "Dziękuję, łatwo. Ærøskøbing. Straße. İstanbul'da ılık.");

        for (String letter : letters) {
            assertThat(screen(letter).flags()).as(letter).isEmpty();
        }
    }

    @Test
    void phoneNumbersSpelledOutInWordsAreFound() {
        assertDetectedSpelled("call five five five one two one two tonight", "five five five one two one two");
        assertDetectedSpelled("llama al cinco cinco cinco, uno dos uno dos", "cinco cinco cinco, uno dos uno dos");
        assertDetectedSpelled("it is 555 oh one nine eight", "555 oh one nine eight");
        assertDetectedSpelled("it is f1ve f i v e five 0ne tw0 one two", "f1ve f i v e five 0ne tw0 one two");
        assertThat(screen("one two three four five six, ready or not").flags()).isEmpty();
        assertThat(screen("We won two of three games, four in a row; five more and one to go, seven days").flags()).isEmpty();
        assertThat(screen("call 212 555 0198").flags()).extracting(Flag::category).containsExactly(Category.PHONE_NUMBER);
    }

    private static void assertDetectedSpelled(String text, String match) {
        assertThat(screen(text).flags()).as(text).containsExactly(
                new Flag(Category.PHONE_NUMBER, match, text.indexOf(match), text.indexOf(match) + match.length()));
    }

    private static ScreeningResult screen(String text) {
        return Screener.screen(defaults, 1, text, candidates -> Set.of());
    }

    private static void assertDetected(String text, Category category, String match) {
        assertThat(Detectors.detect(text)).as(text).anySatisfy(flag -> {
            assertThat(flag.category()).isEqualTo(category);
            assertThat(flag.match()).isEqualTo(match);
            assertThat(text.substring(flag.start(), flag.end())).isEqualTo(match);
        });
    }
}
