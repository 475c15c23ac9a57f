package org.inkwell.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.inkwell.screening.Category;
import org.inkwell.screening.Flag;

/** Finds what no term list can: ways to reach or pay someone, and text that hides what it says. */
public final class Detectors {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+|\\b[a-z0-9-]{2,}\\.(?:com|net|org|io|co|me|ly|gg|app|info|biz|us|tv|xyz)(?:/[^\\s<>\"]*)?\\b");
    private static final Pattern STREET_ADDRESS = Pattern.compile(
            "(?i)\\b\\d{1,6}\\s+(?:[a-z0-9.'-]+\\s+){1,4}?(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr"
                    + "|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|calle|avenida)\\b\\.?");
    private static final Pattern CASHTAG = Pattern.compile("(?<![\\w$])\\$[A-Za-z][A-Za-z0-9_-]{1,20}\\b");
    private static final Pattern PAYMENT_APP = Pattern.compile(
            "(?i)\\b(?:venmo|cash\\s?app|paypal(?:\\.me)?|zelle|chime|apple\\s?cash)\\b(?:\\s*(?:me|at|to|is|:)?\\s*@?[A-Za-z0-9_.-]{3,})?");
    private static final Pattern ENCODED = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}|\\b[0-9a-fA-F]{32,}\\b");
    /** What an inmate number looks like: letters and digits with at least three digits, e.g. A1001. */
    public static final Pattern INMATE_NUMBER = Pattern.compile("\\b[A-Za-z]{0,3}-?\\d{3,10}[A-Za-z]?\\b");

    private static final int MIN_PHONE_DIGITS = 7;
    /**
     * Digit words, English and Spanish, as a number is read out ("five five five, oh one nine eight").
     * Words that sound like digits but are ordinary words (to, for, una) would turn prose into numbers.
     */
    private static final String[] DIGIT_WORDS = {"zero", "oh", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"};
    private static final int LONGEST_DIGIT_WORD = 6;
    /** The digit words by their first letter, so most words are turned down by one look-up. */
    private static final String[][] DIGIT_WORDS_BY_FIRST = new String['z' + 1][];
    /** The hex alternative of ENCODED needs 32 characters in a row, the base64 one 40. */
    private static final int MIN_ENCODED_RUN = 32;

    static {
        for (String word : DIGIT_WORDS) {
            String[] same = DIGIT_WORDS_BY_FIRST[word.charAt(0)];
            same = same == null ? new String[1] : Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = word;
            DIGIT_WORDS_BY_FIRST[word.charAt(0)] = same;
        }
    }

    private Detectors() {
    }

    public static List<Flag> detect(String text) {
        List<Flag> flags = new ArrayList<>();
        Clues clues = Clues.of(text);
        if (clues.digits >= MIN_PHONE_DIGITS) {
            for (PhoneNumberMatch phone : PHONES.findNumbers(text, "US", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
                if (phone.rawString().replaceAll("\\D", "").length() >= MIN_PHONE_DIGITS) {
                    flags.add(new Flag(Category.PHONE_NUMBER, phone.rawString(), phone.start(), phone.end()));
                }
            }
        }
        if (clues.at) {
            find(EMAIL, Category.EMAIL_ADDRESS, text, flags);
        }
        if (clues.url) {
            List<Flag> emails = List.copyOf(flags.stream().filter(f -> f.category() == Category.EMAIL_ADDRESS).toList());
            Matcher url = URL.matcher(text);
            while (url.find()) {
                int start = url.start();
                boolean insideEmail = emails.stream().anyMatch(e -> start >= e.start() && start < e.end());
                if (!insideEmail) {
                    flags.add(new Flag(Category.URL, url.group(), url.start(), url.end()));
                }
            }
        }
        if (clues.numberThenSpace) {
            find(STREET_ADDRESS, Category.STREET_ADDRESS, text, flags);
        }
        if (clues.dollarThenLetter) {
            find(CASHTAG, Category.PAYMENT_HANDLE, text, flags);
        }
        if (clues.paymentWord) {
            find(PAYMENT_APP, Category.PAYMENT_HANDLE, text, flags);
        }
        if (clues.longestBase64Run >= MIN_ENCODED_RUN) {
            find(ENCODED, Category.CODED_LANGUAGE, text, flags);
        }
        return flags;
    }

    /**
     * Phone numbers spelled out: seven or more digits in a row in the folded text where at least one is a
     * digit word ("five five five one two one two", "555 uno dos uno dos"), so disguised spellings
     * (f1ve, f i v e) count too. Runs of digits alone are the phone detector's.
     */
    public static List<Flag> spelledOutNumbers(String original, NormalizedText folded) {
        List<Flag> flags = new ArrayList<>(0);
        String text = folded.text();
        int words = folded.words();
        int firstWord = -1;
        int digits = 0;
        boolean spelled = false;
        for (int k = 0; k <= words; k++) {
            int wordDigits = k < words ? digitsIn(text, folded.wordBegin(k), folded.wordEnd(k)) : 0;
            if (wordDigits != 0) {
                firstWord = firstWord < 0 ? k : firstWord;
                digits += Math.abs(wordDigits);
                spelled |= wordDigits > 0;
            } else if (firstWord >= 0) {
                if (spelled && digits >= MIN_PHONE_DIGITS) {
                    int start = folded.originalStart(folded.wordBegin(firstWord));
                    int stop = folded.originalEnd(folded.wordEnd(k - 1));
                    flags.add(new Flag(Category.PHONE_NUMBER, original.substring(start, stop), start, stop));
                }
                firstWord = -1;
                digits = 0;
                spelled = false;
            }
        }
        return flags;
    }

    /** 1 for a digit word, minus the count for a word of digits, 0 for anything else. */
    private static int digitsIn(String text, int begin, int end) {
        char first = text.charAt(begin);
        if (first >= '0' && first <= '9') {
            for (int i = begin + 1; i < end; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return 0;
                }
            }
            return begin - end;
        }
        String[] candidates = first < DIGIT_WORDS_BY_FIRST.length ? DIGIT_WORDS_BY_FIRST[first] : null;
        if (candidates == null || end - begin > LONGEST_DIGIT_WORD) {
            return 0;
        }
        for (String word : candidates) {
            if (word.length() == end - begin && text.startsWith(word, begin)) {
                return 1;
            }
        }
        return 0;
    }

    /** Candidate inmate numbers in the text, upper-cased, for the roster to confirm. */
    public static Set<String> inmateNumberCandidates(String text) {
        Set<String> candidates = new LinkedHashSet<>();
        if (!hasDigitRun(text, 3)) {
            return candidates;
        }
        Matcher matcher = INMATE_NUMBER.matcher(text);
        while (matcher.find()) {
            candidates.add(matcher.group().toUpperCase(Locale.ROOT));
        }
        return candidates;
    }

    private static void find(Pattern pattern, Category category, String text, List<Flag> flags) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            flags.add(new Flag(category, matcher.group(), matcher.start(), matcher.end()));
        }
    }

    private static boolean hasDigitRun(String text, int length) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == length) {
                return true;
            }
        }
        return false;
    }

    /**
     * What one pass over the text shows each detector could find: every pattern needs some characters
     * that most letters lack (an '@', seven digits, a '.' inside a word, a long unbroken run), and running
     * a pattern or libphonenumber over a letter costs far more than looking for them. Each clue is a
     * necessary condition for its pattern to match, never a guess.
     */
    private static final class Clues {
        /** ASCII digits, the only ones the phone detector counts. */
        int digits;
        boolean at;
        /** "://", or a '.' after [A-Za-z0-9-] and before a character that is not whitespace, '<', '>' or '"'. */
        boolean url;
        /** An ASCII digit followed by whitespace, as a street address starts. */
        boolean numberThenSpace;
        boolean dollarThenLetter;
        /** A word starting (ASCII, any case) venmo, cash, paypal, zelle, chime or apple. */
        boolean paymentWord;
        /** The longest run of [A-Za-z0-9+/], which both encoded-text patterns need (hex is a subset). */
        int longestBase64Run;

        /**
         * ASCII letters are tested first: they are most of a text and need the least work. A copy of the
         * characters scans faster than {@code charAt}, which checks the string's encoding every time.
         */
        static Clues of(String text) {
            Clues clues = new Clues();
            char[] chars = text.toCharArray();
            int length = chars.length;
            int run = 0;
            boolean afterWordChar = false;
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                if (isAsciiLetter(c)) {
                    if (!afterWordChar && !clues.paymentWord) {
                        clues.paymentWord = startsPaymentWord(text, i);
                    }
                    run++;
                    afterWordChar = true;
                    continue;
                }
                if (c >= '0' && c <= '9') {
                    clues.digits++;
                    clues.numberThenSpace |= i + 1 < length && isRegexSpace(chars[i + 1]);
                    run++;
                    afterWordChar = true;
                    continue;
                }
                afterWordChar = c == '_';
                if (c == '+' || c == '/') {
                    run++;
                    continue;
                }
                clues.longestBase64Run = Math.max(clues.longestBase64Run, run);
                run = 0;
                if (c == '@') {
                    clues.at = true;
                } else if (c == '$') {
                    clues.dollarThenLetter |= i + 1 < length && isAsciiLetter(chars[i + 1]);
                } else if (c == '.') {
                    clues.url |= i > 0 && i + 1 < length && isUrlCharBeforeDot(chars[i - 1])
                            && isUrlCharAfterDot(chars[i + 1]);
                } else if (c == ':') {
                    clues.url |= text.startsWith("//", i + 1);
                }
            }
            clues.longestBase64Run = Math.max(clues.longestBase64Run, run);
            return clues;
        }

        private static boolean startsPaymentWord(String text, int at) {
            return switch (text.charAt(at) | 0x20) {
                case 'v' -> text.regionMatches(true, at, "venmo", 0, 5);
                case 'c' -> text.regionMatches(true, at, "cash", 0, 4) || text.regionMatches(true, at, "chime", 0, 5);
                case 'p' -> text.regionMatches(true, at, "paypal", 0, 6);
                case 'z' -> text.regionMatches(true, at, "zelle", 0, 5);
                case 'a' -> text.regionMatches(true, at, "apple", 0, 5);
                default -> false;
            };
        }

        private static boolean isAsciiLetter(char c) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }

        private static boolean isUrlCharBeforeDot(char c) {
            return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '-';
        }

        private static boolean isUrlCharAfterDot(char c) {
            return !isRegexSpace(c) && c != '<' && c != '>' && c != '"';
        }

        /** Whitespace as the patterns' \s means it: [ \t\n\x0B\f\r]. */
        private static boolean isRegexSpace(char c) {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
    }
}
