package org.inkwell.screening.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.SpoofChecker;
import org.inkwell.screening.Category;
import org.inkwell.screening.Flag;

/**
 * Text folded the way evasions are folded: invisible characters (Unicode format characters such as a
 * zero-width space) dropped without breaking the word, Unicode NFKC, letters of other scripts that look
 * like Latin ones folded to them (the confusable skeletons of Unicode TR39), lower case, accents
 * stripped, common letter/digit substitutions inside words (h3r0in), and letters spelled out one at a
 * time joined (h e r o i n, h.e.r.o.i.n). Words are separated by single spaces, so whole-word matching
 * is a look at the neighbours. Every folded character remembers the span of the original it came from.
 *
 * <p>A word that needed such folding to read as Latin (an invisible character inside it, a look-alike
 * or compatibility letter beside plain ones) is a disguise in itself, whatever it spells; accented Latin
 * letters (Spanish, Vietnamese) are ordinary writing, and so are whole words of another script.
 */
public final class NormalizedText {

    /**
     * Folds of the code points of planes 0 and 1 met so far: folding one takes normalisations and a
     * skeleton, and a text meets the same few hundred again and again. Filled racily, which is safe: a
     * slot only ever goes from null to the one immutable answer.
     */
    private static final Fold[] FOLDS = new Fold[0x20000];
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    /** The TR39 skeletons of the Latin letters, so a look-alike's skeleton names the letter it imitates. */
    private static final Map<String, Character> LOWER_LOOKALIKES = new HashMap<>();
    private static final Map<String, Character> UPPER_LOOKALIKES = new HashMap<>();
    /**
     * What an ASCII character folds to inside a word, or 0 where it ends a word: NFKC and accent
     * stripping leave ASCII as it is, so a table lookup replaces them for most of any text.
     */
    private static final char[] ASCII_FOLD = new char[0x80];
    private static final byte LETTER = 1;
    private static final byte LEET_SYMBOL = 2;
    private static final byte LEET_DIGIT = 4;
    /** An ASCII letter or digit, as written or folded from an ordinary accented Latin letter. */
    private static final byte PLAIN = 8;
    /** A letter that reads as Latin only once folded: another script's look-alike, fullwidth, a ligature. */
    private static final byte DISGUISED = 16;
    /** An invisible character was dropped inside or at the edge of the word. */
    private static final byte HIDDEN = 32;
    /** A letter or digit that does not read as Latin at all. */
    private static final byte OTHER = 64;
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
                    | (Character.isDigit(c) && Words.leet(c) != c ? LEET_DIGIT : 0)
                    | (Character.isLetterOrDigit(c) ? PLAIN : 0));
        }
        for (char c = 'z'; c >= 'a'; c--) {
            LOWER_LOOKALIKES.put(SKELETONS.getSkeleton(String.valueOf(c)), c);
            UPPER_LOOKALIKES.put(SKELETONS.getSkeleton(String.valueOf(Character.toUpperCase(c))), c);
        }
    }

    private final String original;
    private final String text;
    private final int[] originalStart;
    private final int[] originalEnd;
    private final int[] wordEnds;
    private final int[] disguises;

    private NormalizedText(String original, String text, int[] originalStart, int[] originalEnd, int[] wordEnds,
                           int[] disguises) {
        this.original = original;
        this.text = text;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
        this.wordEnds = wordEnds;
        this.disguises = disguises;
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

    public int words() {
        return wordEnds.length;
    }

    /** Where word {@code k} of the folded text begins; words are separated by one space. */
    public int wordBegin(int k) {
        return k == 0 ? 0 : wordEnds[k - 1] + 1;
    }

    public int wordEnd(int k) {
        return wordEnds[k];
    }

    /** The words of the original that were disguised, each as an {@link Category#OBFUSCATION} flag. */
    public List<Flag> disguises() {
        List<Flag> flags = new ArrayList<>(disguises.length / 2);
        for (int i = 0; i < disguises.length; i += 2) {
            flags.add(new Flag(Category.OBFUSCATION, original.substring(disguises[i], disguises[i + 1]),
                    disguises[i], disguises[i + 1]));
        }
        return flags;
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
        return words.join(original);
    }

    private static boolean isLeetSymbol(int c) {
        return c == '@' || c == '$' || c == '!' || c == '|';
    }

    /**
     * What a character folds to, and whether that reads as plain Latin, as disguised Latin, or as
     * neither. Planes 0 and 1 are cached: they hold every look-alike and every compatibility letter, so
     * the ideographs beyond need only the normalisation, uncached as before.
     */
    private static Fold fold(int codePoint) {
        if (codePoint >= FOLDS.length) {
            String compatible = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
            String folded = withoutMarks(compatible.toLowerCase(Locale.ROOT));
            return new Fold(folded, isAscii(folded) ? DISGUISED : OTHER);
        }
        Fold folded = FOLDS[codePoint];
        if (folded == null) {
            folded = foldUncached(codePoint);
            FOLDS[codePoint] = folded;
        }
        return folded;
    }

    private static Fold foldUncached(int codePoint) {
        String original = new String(Character.toChars(codePoint));
        String compatible = Normalizer.normalize(original, Normalizer.Form.NFKC);
        String folded = withoutMarks(compatible.toLowerCase(Locale.ROOT));
        if (!isAscii(folded)) {
            Character lookalike = lookalike(codePoint, withoutMarks(SKELETONS.getSkeleton(original)));
            if (lookalike == null || !Character.isLetter(codePoint)) {
                return new Fold(folded, OTHER);
            }
            folded = String.valueOf(lookalike);
        }
        boolean ordinaryLatin = codePoint <= 0xFF || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN
                && compatible.equals(original) && (codePoint <= 0x24F || codePoint >= 0x1E00 && codePoint <= 0x1EFF);
        boolean digits = folded.chars().allMatch(c -> c >= '0' && c <= '9');
        return new Fold(folded, ordinaryLatin || digits ? PLAIN : DISGUISED);
    }

    /** The Latin letter a skeleton imitates, reading an upper-case character's skeleton as an upper-case letter's first. */
    private static Character lookalike(int codePoint, String skeleton) {
        boolean upper = Character.isUpperCase(codePoint);
        Character letter = (upper ? UPPER_LOOKALIKES : LOWER_LOOKALIKES).get(skeleton);
        return letter != null ? letter : (upper ? LOWER_LOOKALIKES : UPPER_LOOKALIKES).get(skeleton);
    }

    private static String withoutMarks(String s) {
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

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Invisible characters that are dropped without breaking a word: the format characters (zero-width
     * space and joiners, soft hyphen, bidirectional controls, tags), the combining grapheme joiner, and
     * the Hangul fillers, which are letters that show nothing.
     */
    private static boolean isHidden(int codePoint, int type) {
        return type == Character.FORMAT || codePoint == 0x034F || codePoint == 0x115F || codePoint == 0x1160
                || codePoint == 0x3164 || codePoint == 0xFFA0;
    }

    /** Circled, parenthesised and squared letters (ⓒ, 🄲) are symbols that NFKC reads as letters; flags are not. */
    private static boolean isEnclosedAlphanumeric(int codePoint) {
        return codePoint >= 0x2460 && codePoint <= 0x24FF || codePoint >= 0x1F100 && codePoint < 0x1F1E6;
    }

    /** @param kind {@link #PLAIN}, {@link #DISGUISED}, or {@link #OTHER} where the fold is not ASCII */
    private record Fold(String text, byte kind) {

        boolean asciiLetters() {
            return kind != OTHER && !text.isEmpty() && text.chars().allMatch(c -> c >= 'a' && c <= 'z');
        }
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
        /** Where in the original the open word began, invisible characters before its letters included. */
        private int openedAt;
        /** Where in the original the open word's last invisible character ended. */
        private int hiddenEnd;
        private int[] disguises = new int[0];
        private int disguiseCount;

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

        /**
         * Digits and leet symbols count as word characters; a non-spacing mark neither adds nor breaks, and
         * neither does an invisible character, which only marks the word as hiding something. A byte-order
         * mark at the very start is how some programs begin any text, so it hides nothing.
         */
        void split(String original) {
            int length = original.length();
            int index = 0;
            while (index < length) {
                char c = original.charAt(index);
                if (c < 0x80) {
                    char folded = ASCII_FOLD[c];
                    if (folded != 0) {
                        openWord(index);
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
                Fold fold = isHidden(codePoint, type) ? null
                        : (LETTER_OR_DIGIT_TYPES >> type & 1) != 0 ? fold(codePoint)
                        : type == Character.OTHER_SYMBOL && isEnclosedAlphanumeric(codePoint) ? fold(codePoint) : null;
                if (fold != null && (type != Character.OTHER_SYMBOL || fold.asciiLetters())) {
                    String folded = fold.text();
                    ensureCapacity(size + folded.length() + length - next);
                    openWord(index);
                    for (int k = 0; k < folded.length(); k++) {
                        char f = folded.charAt(k);
                        add(f, (byte) ((f < 0x80 ? ASCII_KIND[f] & ~PLAIN : Character.isLetter(f) ? LETTER : 0) | fold.kind()),
                                index, next);
                    }
                } else if (isHidden(codePoint, type)) {
                    if (index > 0 || codePoint != 0xFEFF) {
                        openWord(index);
                        kinds |= HIDDEN;
                        hiddenEnd = next;
                    }
                } else if (type != Character.NON_SPACING_MARK) {
                    closeWord();
                }
                index = next;
            }
            closeWord();
        }

        NormalizedText join(String original) {
            int capacity = size + count;
            char[] text = new char[capacity];
            int[] textStarts = new int[capacity];
            int[] textEnds = new int[capacity];
            int[] textWordEnds = new int[count];
            int words = 0;
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
                textWordEnds[words++] = length;
                i = after;
            }
            return new NormalizedText(original, new String(text, 0, length), textStarts, textEnds,
                    words == count ? textWordEnds : Arrays.copyOf(textWordEnds, words), Arrays.copyOf(disguises, disguiseCount));
        }

        private void openWord(int index) {
            if (open < 0) {
                open = size;
                kinds = 0;
                openedAt = index;
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
            if ((kinds & (HIDDEN | DISGUISED)) != 0) {
                noteDisguise();
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

        /**
         * An invisible character in a word that reads as Latin, or a disguised letter beside plain ones.
         * Whole words of disguised letters (fullwidth, another script) are how some people write; they are
         * matched folded, not held against the writer. Scripts that join letters with zero-width
         * (non-)joiners, as Persian and the Indian scripts do, never read as Latin even where the
         * skeletons fold some of their letters to Latin ones.
         */
        private void noteDisguise() {
            boolean latin = (kinds & PLAIN) != 0 || (kinds & (DISGUISED | OTHER)) == DISGUISED;
            boolean mixed = (kinds & (PLAIN | DISGUISED)) == (PLAIN | DISGUISED);
            if ((kinds & HIDDEN) != 0 && latin || mixed) {
                if (disguiseCount == disguises.length) {
                    disguises = Arrays.copyOf(disguises, disguises.length * 2 + 2);
                }
                disguises[disguiseCount++] = openedAt;
                disguises[disguiseCount++] = Math.max(size > open ? ends[size - 1] : 0, (kinds & HIDDEN) != 0 ? hiddenEnd : 0);
            }
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
