package org.inkwell.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.inkwell.platform.Sha256;

/** Random tokens handed to a client and the hashes under which they are stored. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    /** Length of {@link #newToken()}: 32 bytes in unpadded base64url. */
    public static final int LENGTH = 43;

    private Tokens() {
    }

    /** 256 random bits, URL-safe (letters, digits, {@code -}, {@code _}). */
    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String token) {
        return Sha256.of(token);
    }

    public static boolean wellFormed(String token) {
        if (token == null || token.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
