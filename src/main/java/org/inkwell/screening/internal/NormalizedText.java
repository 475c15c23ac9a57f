package org.inkwell.screening.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text folded the way evasions are folded: Unicode NFKC, lower case, accents stripped, common
 * letter/digit substitutions inside words (h3r0in), and letters spelled out one at a time joined
 * (h e r o i n, h.e.r.o.i.n). Words are separated by single spaces, so whole-word matching is a look
 * at the neighbours. Every folded character remembers the span of the original it came from.
 */
public final class NormalizedText {

    /**
     * Folded forms of the BMP code points met so far: folding one takes two normalisations, and a text
     * meets the same few hundred again and again. Filled racily, which is safe: a slot only ever goes
     * from null to the one immutable answer.
     */
    private static final String[] FOLDED_BMP = new String[Character.MAX_VALUE + 1];
    /**
     * What an ASCII character folds to inside a word, or 0 where it ends a word: NFKC and accent
     * stripping leave ASCII as it is, so a table lookup replaces them for most of any text.
     */
    private static final char[] ASCII_FOLD = new char[0x80];
    private static final byte LETTER = 1;
    private static final byte LEET_SYMBOL = 2;
    private static final byte LEET_DIGIT = 4;
    private static final byte[] ASCII_KIND = new byte[0x80];
    /** The general categories {@link Character#isLetterOrDigit(int)} accepts, so one type lookup serves both tests. */
    private static final int LETTER_OR_DIGIT_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER;

    static {
        for (char c = 0; c < 0x80; c++) {
            boolean word = Character.isLetterOrDigit(c) || isLeetSymbol(c);
            ASCII_FOLD[c] = word ? Character.toLowerCase(c) : 0;
            ASCII_KIND[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (isLeetSymbol(c) ? LEET_SYMBOL : 0)
                    | (Character.isDigit(c) && Words.leet(c) != c ? LEET_DIGIT : 0));
        }
    }

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
        Words words = new Words(original.length());
        words.split(original);
        return words.join();
    }

    private static boolean isLeetSymbol(int c) {
        return c == '@' || c == '$' || c == '!' || c == '|';
    }

    private static String fold(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return foldUncached(codePoint);
        }
        String folded = FOLDED_BMP[codePoint];
        if (folded == null) {
            folded = foldUncached(codePoint);
            FOLDED_BMP[codePoint] = folded;
        }
        return folded;
    }

    private static String foldUncached(int codePoint) {
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

    /**
     * The folded words of one text, laid end to end in flat arrays rather than an object per word: word
     * {@code k} is {@code chars[wordStart(k), wordEnds[k])}, each character with the span of the original
     * it came from.
     */
    private static final class Words {
        private char[] chars;
        private int[] starts;
        private int[] ends;
        private int size;
        private final int[] wordEnds;
        private int count;
        private int open = -1;
        private byte kinds;

        /**
         * Room for one folded character per original one, which the ASCII path relies on without checking;
         * only folds that expand (a ligature into its letters) grow it.
         */
        Words(int length) {
            chars = new char[Math.max(4, length)];
            starts = new int[chars.length];
            ends = new int[chars.length];
            wordEnds = new int[length / 2 + 1];
        }

        /** Digits and leet symbols count as word characters; a non-spacing mark neither adds nor breaks. */
        void split(String original) {
            int length = original.length();
            int index = 0;
            while (index < length) {
                char c = original.charAt(index);
                if (c < 0x80) {
                    char folded = ASCII_FOLD[c];
                    if (folded != 0) {
                        openWord();
                        add(folded, ASCII_KIND[folded], index, index + 1);
                    } else {
                        closeWord();
                    }
                    index++;
                    continue;
                }
                int codePoint = original.codePointAt(index);
                int next = index + Character.charCount(codePoint);
                int type = Character.getType(codePoint);
                if ((LETTER_OR_DIGIT_TYPES >> type & 1) != 0) {
                    String folded = fold(codePoint);
                    ensureCapacity(size + folded.length() + length - next);
                    openWord();
                    for (int k = 0; k < folded.length(); k++) {
                        char f = folded.charAt(k);
                        add(f, f < 0x80 ? ASCII_KIND[f] : Character.isLetter(f) ? LETTER : 0, index, next);
                    }
                } else if (type != Character.NON_SPACING_MARK) {
                    closeWord();
                }
                index = next;
            }
            closeWord();
        }

        NormalizedText join() {
            int capacity = size + count;
            char[] text = new char[capacity];
            int[] textStarts = new int[capacity];
            int[] textEnds = new int[capacity];
            int length = 0;
            int i = 0;
            while (i < count) {
                int run = i;
                while (run < count && singleLetter(run)) {
                    run++;
                }
                int after = run - i >= 3 ? run : i + 1;
                if (length > 0) {
                    text[length] = ' ';
                    textStarts[length] = textEnds[length - 1];
                    textEnds[length] = textEnds[length - 1];
                    length++;
                }
                int from = wordStart(i);
                int to = wordEnds[after - 1];
                System.arraycopy(chars, from, text, length, to - from);
                System.arraycopy(starts, from, textStarts, length, to - from);
                System.arraycopy(ends, from, textEnds, length, to - from);
                length += to - from;
                i = after;
            }
            return new NormalizedText(new String(text, 0, length), textStarts, textEnds);
        }

        private void openWord() {
            if (open < 0) {
                open = size;
                kinds = 0;
            }
        }

        private void add(char c, byte kind, int start, int end) {
            chars[size] = c;
            starts[size] = start;
            ends[size] = end;
            size++;
            kinds |= kind;
        }

        /** Keeps the open word unless it folded to nothing; most words need no leet pass at all. */
        private void closeWord() {
            if (open < 0) {
                return;
            }
            boolean hasLetter = (kinds & LETTER) != 0;
            if ((kinds & LEET_SYMBOL) != 0 || hasLetter && (kinds & LEET_DIGIT) != 0) {
                size = unleet(open, size, hasLetter);
            }
            if (size > open) {
                wordEnds[count++] = size;
            }
            open = -1;
        }

        /**
         * Leet symbols and digits become letters only in words that have letters, and symbols only
         * inside a word: "you!" is "you", "k!ll" is "kill". Rewrites [from, to) in place; answers its new end.
         */
        private int unleet(int from, int to, boolean hasLetter) {
            int first = from;
            int last = to - 1;
            while (first <= last && isLeetSymbol(chars[first])) {
                first++;
            }
            while (last >= first && isLeetSymbol(chars[last])) {
                last--;
            }
            int kept = from;
            for (int i = first; i <= last; i++) {
                char c = chars[i];
                if (!hasLetter && isLeetSymbol(c)) {
                    continue;
                }
                chars[kept] = hasLetter ? leet(c) : c;
                starts[kept] = starts[i];
                ends[kept] = ends[i];
                kept++;
            }
            return kept;
        }

        private int wordStart(int word) {
            return word == 0 ? 0 : wordEnds[word - 1];
        }

        private boolean singleLetter(int word) {
            int start = wordStart(word);
            return wordEnds[word] - start == 1 && Character.isLetter(chars[start]);
        }

        private void ensureCapacity(int needed) {
            if (needed > chars.length) {
                int capacity = Math.max(needed, chars.length * 2);
                chars = Arrays.copyOf(chars, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
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
}
