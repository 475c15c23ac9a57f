package org.inkwell.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.inkwell.screening.Screener;
import org.inkwell.screening.internal.DefaultTerms;
import org.inkwell.screening.internal.TermMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Screening throughput on one core: the service's screen (folding, the default term list's automaton, the
 * detectors; the roster lookup, which is a database call, answers "nobody") against a baseline of one
 * case-insensitive regex alternation of the same terms. One operation screens the whole corpus of
 * ordinary letters once, so characters per second are operations per second times the corpus size.
 *
 * <p>{@code main} runs both through JMH and prints, last,
 * {@code screen_mchars_per_s=.. regex_mchars_per_s=.. speedup=..}; {@code --short} for a quick run,
 * {@code --smoke} to see that it runs at all. The corpus folder is the {@code corpus} parameter, or the
 * system property {@code inkwell.bench.corpus} for {@code main}, relative to the working directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScreeningBenchmark {

    static final String DEFAULT_CORPUS = "src/test/resources/screening/ordinary";

    @Param(DEFAULT_CORPUS)
    public String corpus;

    private List<String> letters;
    private TermMatcher terms;
    private Pattern regex;

    @Setup
    public void setUp() {
        letters = letters(corpus);
        List<DefaultTerms.Entry> defaults = DefaultTerms.load();
        terms = new TermMatcher(defaults.stream().map(e -> new TermMatcher.Term(e.category(), e.term())).toList());
        regex = alternation(defaults.stream().map(DefaultTerms.Entry::term).toList());
    }

    @Benchmark
    public void screen(Blackhole sink) {
        for (String letter : letters) {
            sink.consume(Screener.screen(terms, 1, letter, candidates -> Set.of()));
        }
    }

    @Benchmark
    public void regexBaseline(Blackhole sink) {
        for (String letter : letters) {
            Matcher matcher = regex.matcher(letter);
            int found = 0;
            while (matcher.find()) {
                found++;
            }
            sink.consume(found);
        }
    }

    /** Longest first, so that where terms share a start the alternation prefers the longer. */
    static Pattern alternation(Collection<String> terms) {
        return Pattern.compile(terms.stream().distinct()
                        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                        .map(Pattern::quote)
                        .collect(Collectors.joining("|", "\\b(?:", ")\\b")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static List<String> letters(String folder) {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            List<String> letters = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                letters.add(Files.readString(file));
            }
            if (letters.isEmpty()) {
                throw new IllegalArgumentException("No letters in " + Path.of(folder).toAbsolutePath());
            }
            return letters;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--short");
        // --smoke checks that the benchmark runs, not how fast: one second of measurement, no warm-up.
        boolean smoke = List.of(args).contains("--smoke");
        String corpus = System.getProperty("inkwell.bench.corpus", DEFAULT_CORPUS);
        long characters = letters(corpus).stream().mapToLong(String::length).sum();
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(ScreeningBenchmark.class.getName()) + "\\.")
                .param("corpus", corpus)
                // A smoke run stays in this JVM: starting a fork for each benchmark would take longer than measuring.
                .forks(smoke ? 0 : 1)
                .threads(1)
                .shouldFailOnError(true)
                .warmupIterations(smoke ? 0 : quick ? 2 : 3)
                .warmupTime(TimeValue.seconds(smoke ? 1 : quick ? 2 : 5))
                .measurementIterations(smoke ? 1 : quick ? 3 : 5)
                .measurementTime(TimeValue.seconds(smoke ? 1 : quick ? 3 : 5));
        double screen = 0;
        double regex = 0;
        for (RunResult result : new Runner(options.build()).run()) {
            double charsPerSecond = result.getPrimaryResult().getScore() * characters;
            if (result.getParams().getBenchmark().endsWith(".screen")) {
                screen = charsPerSecond;
            } else {
                regex = charsPerSecond;
            }
        }
        System.out.printf(java.util.Locale.ROOT, "screen_mchars_per_s=%.1f regex_mchars_per_s=%.1f speedup=%.1f%n",
                screen / 1e6, regex / 1e6, regex > 0 ? screen / regex : 0);
    }
}
