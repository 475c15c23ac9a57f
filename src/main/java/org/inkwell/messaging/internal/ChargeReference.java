package org.inkwell.messaging.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * What a held charge on a wallet pays for: a message's text (named by the message), a reply prepaid by a
 * family (named by the prepaid reply's own id) or one photo (named by the photo). The ledger stores it as
 * {@code <kind>:<id>}, the form existing rows, statements and refunds already carry, so it must not change.
 */
public record ChargeReference(Kind kind, UUID id) {

    public enum Kind {
        MESSAGE("message:"), REPLY("reply:"), PHOTO("photo:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public static ChargeReference message(UUID messageId) {
        return new ChargeReference(Kind.MESSAGE, messageId);
    }

    public static ChargeReference reply(UUID prepaidId) {
        return new ChargeReference(Kind.REPLY, prepaidId);
    }

    public static ChargeReference photo(UUID photoId) {
        return new ChargeReference(Kind.PHOTO, photoId);
    }

    /** The reference as the ledger stores it; empty for one that is not a message's charge (a purchase, a grant). */
    public static Optional<ChargeReference> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (stored.startsWith(kind.prefix)) {
                try {
                    return Optional.of(new ChargeReference(kind, UUID.fromString(stored.substring(kind.prefix.length()))));
                } catch (IllegalArgumentException notAnId) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The form the ledger stores and the wallet's charge, settle and refund take. */
    public String stored() {
        return kind.prefix + id;
    }
}
