package org.inkwell.investigations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inkwell.messaging.MessageArchive.Term;
import org.inkwell.platform.ApiException;

/**
 * An investigator's query as typed: words, {@code "a phrase"} and {@code prefix*}. Only letters, marks and
 * digits survive into a term; everything else separates words, so the query can hold no operator of the
 * search engine's own syntax.
 */
public final class SearchTerms {

    public static final int MAX_QUERY = 500;
    private static final int MAX_TERMS = 16;
    private static final int MIN_PREFIX = 2;
    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"?|(\\S+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private SearchTerms() {
    }

    public static List<Term> parse(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        if (query.length() > MAX_QUERY) {
            throw ApiException.invalidField("q", "must be at most " + MAX_QUERY + " characters");
        }
        List<Term> terms = new ArrayList<>();
        Matcher part = PART.matcher(query);
        while (part.find()) {
            if (part.group(1) != null) {
                List<String> words = words(part.group(1));
                if (words.size() == 1) {
                    terms.add(new Term(Term.Kind.WORD, words));
                } else if (words.size() > 1) {
                    terms.add(new Term(Term.Kind.PHRASE, words));
                }
            } else {
                String chunk = part.group(2);
                List<String> words = words(chunk);
                boolean prefix = chunk.endsWith("*");
                for (int i = 0; i < words.size(); i++) {
                    boolean last = i == words.size() - 1;
                    if (prefix && last) {
                        if (words.get(i).codePointCount(0, words.get(i).length()) < MIN_PREFIX) {
                            throw ApiException.invalidField("q", "a prefix search needs at least " + MIN_PREFIX
                                    + " letters before the *");
                        }
                        terms.add(new Term(Term.Kind.PREFIX, List.of(words.get(i))));
                    } else {
                        terms.add(new Term(Term.Kind.WORD, List.of(words.get(i))));
                    }
                }
            }
        }
        if (terms.size() > MAX_TERMS) {
            throw ApiException.invalidField("q", "holds more than " + MAX_TERMS + " words and phrases");
        }
        return terms;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String w = word.group();
            if (w.length() > 100) {
                throw ApiException.invalidField("q", "holds a word longer than 100 characters");
            }
            words.add(w);
        }
        return words;
    }
}
