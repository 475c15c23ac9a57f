package org.inkwell.screening.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.inkwell.screening.Category;
import org.inkwell.screening.Flag;

/**
 * One list's terms in a double-array Aho-Corasick automaton: a single pass over the folded text finds
 * every term, however many there are. Built once per list version and shared by all threads.
 */
public final class TermMatcher {

    public record Term(Category category, String term) {
    }

    private final AhoCorasickDoubleArrayTrie<Set<Category>> trie;
    private final boolean empty;

    public TermMatcher(List<Term> terms) {
        Map<String, Set<Category>> byFolded = new TreeMap<>();
        for (Term term : terms) {
            String folded = NormalizedText.fold(term.term());
            if (!folded.isEmpty()) {
                byFolded.computeIfAbsent(folded, f -> EnumSet.noneOf(Category.class)).add(term.category());
            }
        }
        this.empty = byFolded.isEmpty();
        this.trie = new AhoCorasickDoubleArrayTrie<>();
        if (!empty) {
            trie.build(byFolded);
        }
    }

    public List<Flag> match(String original, NormalizedText folded) {
        List<Flag> flags = new ArrayList<>();
        if (empty) {
            return flags;
        }
        trie.parseText(folded.text(), (begin, end, categories) -> {
            if (folded.wholeWords(begin, end)) {
                int start = folded.originalStart(begin);
                int stop = folded.originalEnd(end);
                for (Category category : categories) {
                    flags.add(new Flag(category, original.substring(start, stop), start, stop));
                }
            }
        });
        return flags;
    }
}
