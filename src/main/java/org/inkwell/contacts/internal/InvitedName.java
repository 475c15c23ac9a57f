package org.inkwell.contacts.internal;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name a person inside gives for someone they invite. Only a name can be written there: letters of
 * any script with their combining marks, spaces, apostrophes, hyphens and full stops. Anything else
 * (digits, line breaks, control, bidi-override and other format characters) would let the field carry a
 * message instead.
 */
public final class InvitedName {

    public static final int MAX_LENGTH = 80;
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '.\\-]*");

    private InvitedName() {
    }

    /** The name in Unicode NFC with outer spaces removed, or empty when it is not a name. */
    public static Optional<String> of(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("^ +| +$", "");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
