package org.inkwell.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.inkwell.directory.Roster;
import org.inkwell.screening.internal.Detectors;
import org.inkwell.screening.internal.NormalizedText;
import org.inkwell.screening.internal.TermMatcher;
import org.inkwell.screening.internal.TermRepository;
import org.springframework.stereotype.Service;

/**
 * Screens a message against its agency's term lists plus its facility's additions, and runs the
 * detectors. Compiled automata are cached per list version; a list change is picked up within a second.
 */
@Service
public class Screener {

    private static final Duration VERSION_CHECK = Duration.ofSeconds(1);
    private static final int EXTRA_FLAG_POINTS = 5;

    private final TermRepository terms;
    private final Roster roster;
    private final Clock clock;
    private final Map<Scope, Compiled> compiled = new ConcurrentHashMap<>();
    private final Map<UUID, CheckedVersion> versions = new ConcurrentHashMap<>();
    private final WatchedTerms watched;
    private final Map<UUID, Watched> watchMatchers = new ConcurrentHashMap<>();

    Screener(TermRepository terms, Roster roster, Clock clock, WatchedTerms watched) {
        this.terms = terms;
        this.roster = roster;
        this.clock = clock;
        this.watched = watched;
    }

    /**
     * @param ownNumbers the inmate numbers that may appear in this message without being a relay (the
     *                   sender's or recipient's own)
     */
    public ScreeningResult screen(UUID agencyId, UUID facilityId, String text, Set<String> ownNumbers) {
        long version = currentVersion(agencyId);
        Compiled lists = compiled.compute(new Scope(agencyId, facilityId), (scope, existing) ->
                existing != null && existing.version() == version ? existing
                        : new Compiled(version, new TermMatcher(terms.live(agencyId, facilityId).stream()
                                .map(t -> new TermMatcher.Term(t.category(), t.term())).toList())));
        ScreeningResult result = screen(lists.matcher(), version, text, candidates -> {
            candidates.removeAll(ownNumbers);
            return candidates.isEmpty() ? Set.of() : roster.existingNumbers(agencyId, candidates);
        });
        List<Flag> watchFlags = watchMatcher(agencyId).match(text, NormalizedText.of(text));
        if (watchFlags.isEmpty()) {
            return result;
        }
        List<Flag> flags = new ArrayList<>(result.flags());
        flags.addAll(watchFlags);
        flags.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
        return new ScreeningResult(score(flags), List.copyOf(flags), result.listVersion());
    }

    /** Which of these terms the text holds, read through the same normalising screen as every message. */
    public Set<String> occurring(java.util.Collection<String> candidates, String text) {
        Set<String> found = new java.util.HashSet<>();
        NormalizedText folded = NormalizedText.of(text);
        for (String candidate : candidates) {
            if (!new TermMatcher(List.of(new TermMatcher.Term(Category.WATCHLIST, candidate))).match(text, folded).isEmpty()) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** The agency's watched terms, compiled again only when the list changed. */
    private TermMatcher watchMatcher(UUID agencyId) {
        List<String> live = watched.live(agencyId);
        return watchMatchers.compute(agencyId, (agency, existing) -> existing != null && existing.terms().equals(live)
                ? existing
                : new Watched(live, new TermMatcher(live.stream().map(t -> new TermMatcher.Term(Category.WATCHLIST, t)).toList())))
                .matcher();
    }

    /**
     * The screen without the database, as {@link #screen(UUID, UUID, String, Set)} runs it; public so the
     * benchmark times the service's own code path.
     *
     * @param onRoster answers which of the candidate inmate numbers (a set it may change) are other people's
     *                 on the roster
     */
    public static ScreeningResult screen(TermMatcher terms, long listVersion, String text,
                                         Function<Set<String>, Set<String>> onRoster) {
        NormalizedText folded = NormalizedText.of(text);
        List<Flag> flags = new ArrayList<>(terms.match(text, folded));
        flags.addAll(folded.disguises());
        flags.addAll(Detectors.detect(text));
        flags.addAll(Detectors.spelledOutNumbers(text, folded));
        Set<String> candidates = Detectors.inmateNumberCandidates(text);
        Set<String> relayed = candidates.isEmpty() ? Set.of() : onRoster.apply(candidates);
        if (!relayed.isEmpty()) {
            java.util.regex.Matcher matcher = Detectors.INMATE_NUMBER.matcher(text);
            while (matcher.find()) {
                if (relayed.contains(matcher.group().toUpperCase(java.util.Locale.ROOT))) {
                    flags.add(new Flag(Category.THIRD_PARTY_RELAY, matcher.group(), matcher.start(), matcher.end()));
                }
            }
        }
        flags.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
        return new ScreeningResult(score(flags), List.copyOf(flags), listVersion);
    }

    /** Each category found counts its weight once; more flags add a little; 100 at most. */
    static int score(List<Flag> flags) {
        Set<Category> seen = EnumSet.noneOf(Category.class);
        int score = 0;
        for (Flag flag : flags) {
            score += seen.add(flag.category()) ? flag.category().weight() : EXTRA_FLAG_POINTS;
        }
        return Math.min(100, score);
    }

    /** Forgets a cached version so the next screen rebuilds at once (after an edit on this instance). */
    void invalidate(UUID agencyId) {
        versions.remove(agencyId);
    }

    private long currentVersion(UUID agencyId) {
        Instant now = clock.instant();
        CheckedVersion checked = versions.get(agencyId);
        if (checked != null && checked.at().plus(VERSION_CHECK).isAfter(now)) {
            return checked.version();
        }
        long version = terms.version(agencyId);
        versions.put(agencyId, new CheckedVersion(version, now));
        return version;
    }

    private record Scope(UUID agencyId, UUID facilityId) {
    }

    private record Compiled(long version, TermMatcher matcher) {
    }

    private record Watched(List<String> terms, TermMatcher matcher) {
    }

    private record CheckedVersion(long version, Instant at) {
    }
}
