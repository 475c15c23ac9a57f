package org.inkwell.screening.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text folded the way evasions are folded: Unicode NFKC, lower case, accents stripped, common
 * letter/digit substitutions inside words (h3r0in), and letters spelled out one at a time joined
 * (h e r o i n, h.e.r.o.i.n). Words are separated by single spaces, so whole-word matching is a look
 * at the neighbours. Every folded character remembers the span of the original it came from.
 */
public final class NormalizedText {

    private final String text;
    private final int[] originalStart;
    private final int[] originalEnd;

    private NormalizedText(String text, int[] originalStart, int[] originalEnd) {
        this.text = text;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    public String text() {
        return text;
    }

    public int originalStart(int index) {
        return originalStart[index];
    }

    public int originalEnd(int index) {
        return originalEnd[index - 1];
    }

    /** Whether [begin, end) is made of whole words. */
    public boolean wholeWords(int begin, int end) {
        return (begin == 0 || text.charAt(begin - 1) == ' ') && (end == text.length() || text.charAt(end) == ' ');
    }

    /** The folded form of a term, as it must appear in folded text. */
    public static String fold(String term) {
        return of(term).text();
    }

    public static NormalizedText of(String original) {
        List<Token> tokens = tokens(original);
        StringBuilder out = new StringBuilder(original.length());
        IntList starts = new IntList(original.length());
        IntList ends = new IntList(original.length());
        int i = 0;
        while (i < tokens.size()) {
            int run = i;
            while (run < tokens.size() && tokens.get(run).singleLetter()) {
                run++;
            }
            if (run - i >= 3) {
                appendSeparator(out, starts, ends);
                for (int k = i; k < run; k++) {
                    tokens.get(k).appendTo(out, starts, ends);
                }
                i = run;
            } else {
                appendSeparator(out, starts, ends);
                tokens.get(i).appendTo(out, starts, ends);
                i++;
            }
        }
        return new NormalizedText(out.toString(), starts.toArray(), ends.toArray());
    }

    private static void appendSeparator(StringBuilder out, IntList starts, IntList ends) {
        if (!out.isEmpty()) {
            out.append(' ');
            starts.add(ends.last());
            ends.add(ends.last());
        }
    }

    /** Splits into words of folded characters; digits and leet symbols count as word characters. */
    private static List<Token> tokens(String original) {
        List<Token> tokens = new ArrayList<>();
        Token current = null;
        int index = 0;
        while (index < original.length()) {
            int codePoint = original.codePointAt(index);
            int next = index + Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint) || isLeetSymbol(codePoint)) {
                if (current == null) {
                    current = new Token();
                    tokens.add(current);
                }
                String folded = fold(codePoint);
                for (int k = 0; k < folded.length(); k++) {
                    current.add(folded.charAt(k), index, next);
                }
            } else if (Character.getType(codePoint) != Character.NON_SPACING_MARK) {
                current = null;
            }
            index = next;
        }
        tokens.forEach(Token::finish);
        tokens.removeIf(Token::isEmpty);
        return tokens;
    }

    private static boolean isLeetSymbol(int c) {
        return c == '@' || c == '$' || c == '!' || c == '|';
    }

    private static String fold(int codePoint) {
        String s = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Token {
        private final StringBuilder chars = new StringBuilder();
        private final IntList starts = new IntList(8);
        private final IntList ends = new IntList(8);

        void add(char c, int start, int end) {
            chars.append(c);
            starts.add(start);
            ends.add(end);
        }

        /**
         * Leet symbols and digits become letters only in words that have letters, and symbols only
         * inside a word: "you!" is "you", "k!ll" is "kill".
         */
        void finish() {
            boolean hasLetter = false;
            for (int i = 0; i < chars.length(); i++) {
                hasLetter |= Character.isLetter(chars.charAt(i));
            }
            StringBuilder folded = new StringBuilder(chars.length());
            IntList keptStarts = new IntList(chars.length());
            IntList keptEnds = new IntList(chars.length());
            int first = 0;
            int last = chars.length() - 1;
            while (first <= last && isLeetSymbol(chars.charAt(first))) {
                first++;
            }
            while (last >= first && isLeetSymbol(chars.charAt(last))) {
                last--;
            }
            for (int i = first; i <= last; i++) {
                char c = chars.charAt(i);
                char mapped = hasLetter ? leet(c) : c;
                if (!hasLetter && isLeetSymbol(c)) {
                    continue;
                }
                folded.append(mapped);
                keptStarts.add(starts.get(i));
                keptEnds.add(ends.get(i));
            }
            chars.setLength(0);
            chars.append(folded);
            starts.replaceWith(keptStarts);
            ends.replaceWith(keptEnds);
        }

        boolean isEmpty() {
            return chars.isEmpty();
        }

        boolean singleLetter() {
            return chars.length() == 1 && Character.isLetter(chars.charAt(0));
        }

        void appendTo(StringBuilder out, IntList outStarts, IntList outEnds) {
            out.append(chars);
            for (int i = 0; i < chars.length(); i++) {
                outStarts.add(starts.get(i));
                outEnds.add(ends.get(i));
            }
        }

        private static char leet(char c) {
            return switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                case '|' -> 'l';
                default -> c;
            };
        }
    }

    /** A growable int array, to keep the offset maps free of boxing on the hot path. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(4, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int last() {
            return size == 0 ? 0 : values[size - 1];
        }

        void replaceWith(IntList other) {
            values = other.values;
            size = other.size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
