package org.inkwell.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.inkwell.platform.ApiException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B style: long enough, not absurdly long, not one of the 30,000 most common passwords
 * (the zxcvbn list shipped in the jar), and not a trivially guessable pattern: a short unit repeated, a
 * run of consecutive digits or letters, or a common password padded with digits and punctuation to
 * reach the length. No composition rules, which only make people write passwords down.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final int MIN_PATTERN = 6;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("identity/common-passwords.txt");
    }

    /** Refuses a password with a 400 that says what is wrong with it. */
    public void check(String field, String password, String... personalWords) {
        if (password == null || password.isEmpty()) {
            throw ApiException.invalidField(field, "is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw ApiException.invalidField(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw ApiException.invalidField(field, "must be at most " + MAX_LENGTH + " characters");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (common.contains(folded) || common.contains(withoutPadding(folded))) {
            throw ApiException.invalidField(field, "is one of the most common passwords; choose another");
        }
        if (pattern(folded) || pattern(withoutTrailingPunctuation(folded))) {
            throw ApiException.invalidField(field, "is a repeated or consecutive pattern that is easy to guess; choose another");
        }
        for (String word : personalWords) {
            if (word != null && !word.isBlank() && folded.equals(word.trim().toLowerCase(Locale.ROOT))) {
                throw ApiException.invalidField(field, "must not be your email address or name");
            }
        }
    }

    /** The password without the digits, punctuation and spaces people add before or after a word. */
    private static String withoutPadding(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && padding(password.charAt(start))) {
            start++;
        }
        while (end > start && padding(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    private static String withoutTrailingPunctuation(String password) {
        int end = password.length();
        while (end > 0 && !Character.isLetterOrDigit(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(0, end);
    }

    /** Short leftovers are not judged: a random password may well end in "xy!#%&". */
    private static boolean pattern(String password) {
        return password.length() >= MIN_PATTERN && (repeated(password) || run(password));
    }

    private static boolean padding(char c) {
        return !Character.isLetter(c);
    }

    /** One to four characters said over and over: "aaaaaaaaaaaa", "121212121212", "abcabcabcabc". */
    private static boolean repeated(String password) {
        int[] points = password.codePoints().toArray();
        for (int unit = 1; unit <= 4; unit++) {
            boolean same = true;
            for (int i = unit; i < points.length && same; i++) {
                same = points[i] == points[i - unit];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each character the next along from the one before, up or down: "123456789012", "0987654321098"
     * (digits wrap round from 9 to 0), "abcdefghijkl".
     */
    private static boolean run(String password) {
        return steps(password, 1) || steps(password, -1);
    }

    private static boolean steps(String password, int step) {
        for (int i = 1; i < password.length(); i++) {
            char before = password.charAt(i - 1);
            char c = password.charAt(i);
            boolean digits = isAsciiDigit(before) && isAsciiDigit(c);
            boolean letters = before >= 'a' && before <= 'z' && c >= 'a' && c <= 'z';
            boolean next = digits ? Math.floorMod(c - before, 10) == Math.floorMod(step, 10) : letters && c - before == step;
            if (!next) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Set<String> load(String resource) {
        Set<String> passwords = new HashSet<>(40_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is missing from the build", e);
        }
        return passwords;
    }
}
