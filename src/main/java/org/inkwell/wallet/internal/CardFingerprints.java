package org.inkwell.wallet.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A processor's card fingerprint is kept only as its SHA-256: enough to tell that two payments used one
 * card, without storing the processor's own identifier of a card number.
 */
final class CardFingerprints {

    private CardFingerprints() {
    }

    static String hash(String fingerprint) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(fingerprint.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
