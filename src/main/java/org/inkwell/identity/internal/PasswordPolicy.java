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
 * NIST SP 800-63B style: long enough, not absurdly long, and not one of the 30,000 most common
 * passwords (the zxcvbn list shipped in the jar). No composition rules, which only make people write
 * passwords down.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

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
        if (common.contains(folded)) {
            throw ApiException.invalidField(field, "is one of the most common passwords; choose another");
        }
        for (String word : personalWords) {
            if (word != null && !word.isBlank() && folded.equals(word.trim().toLowerCase(Locale.ROOT))) {
                throw ApiException.invalidField(field, "must not be your email address or name");
            }
        }
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
