import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.inkwell.screening.internal.DefaultTerms;
import org.inkwell.screening.internal.Detectors;
import org.inkwell.screening.internal.NormalizedText;
import org.inkwell.screening.internal.TermMatcher;

/**
 * Characters per second, one thread, of the term-list screen (folding and automaton) and of the
 * detectors, over a folder of letters. Prints "TERMS_M DETECTORS_M" in millions of characters per
 * second. A plain timing loop after a warm-up, not JMH: the harness's JMH scenario is still to come.
 */
public class ScreeningThroughput {

    public static void main(String[] args) throws Exception {
        List<String> letters = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path file : files.sorted().toList()) {
                letters.add(Files.readString(file));
            }
        }
        long seconds = Long.parseLong(args[1]);
        TermMatcher matcher = new TermMatcher(DefaultTerms.load().stream()
                .map(e -> new TermMatcher.Term(e.category(), e.term())).toList());
        measure(letters, 2, text -> matcher.match(text, NormalizedText.of(text)).size());
        double terms = measure(letters, seconds, text -> matcher.match(text, NormalizedText.of(text)).size());
        double detectors = measure(letters, seconds, text -> Detectors.detect(text).size());
        System.out.printf("%.1f %.1f%n", terms / 1e6, detectors / 1e6);
    }

    private static double measure(List<String> letters, long seconds, java.util.function.ToIntFunction<String> screen) {
        long start = System.nanoTime();
        long characters = 0;
        long sink = 0;
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            for (String letter : letters) {
                sink += screen.applyAsInt(letter);
                characters += letter.length();
            }
        }
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return characters / ((System.nanoTime() - start) / 1e9);
    }
}
