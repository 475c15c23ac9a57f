package org.inkwell.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.inkwell.platform.FieldError;

/**
 * Which query parameters are not UTF-8 once their %-escapes are decoded (half a surrogate pair sent
 * as {@code %ED%A0%80}, say). Tomcat refuses such a query as a whole without saying where; this names
 * the parameters, as every other 400 does.
 */
final class QueryText {

    static final String NOT_UTF8 = "must be UTF-8 text";

    private QueryText() {
    }

    static List<FieldError> undecodable(String query) {
        List<FieldError> errors = new ArrayList<>();
        if (query == null) {
            return errors;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            String decodedName = decode(name);
            if (decodedName == null || decode(value) == null) {
                errors.add(new FieldError(decodedName == null ? "parameter name" : UnstorableText.printable(decodedName),
                        NOT_UTF8));
            }
        }
        return errors;
    }

    /** The decoded text, or null when its bytes are not UTF-8 or an escape is broken. */
    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1))
                        || !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
                    return null;
                }
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
