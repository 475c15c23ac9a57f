package org.inkwell.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page of this site to return to after logging in or registering ({@code ?next=}). Only a path on this
 * site is accepted: one leading slash, then the characters of a URL path and query. Anything that a browser
 * could read as another site ({@code //host}, {@code /\host}, a scheme, a line break or tab it would drop)
 * is refused, so a link to our login page cannot send anyone elsewhere (an open redirect).
 */
public final class ReturnPath {

    private static final int MAX_LENGTH = 1000;
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");

    private ReturnPath() {
    }

    /** The path if it is a safe local one; empty for anything else, including null. */
    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.length() > MAX_LENGTH || !LOCAL.matcher(candidate).matches()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(candidate, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        // Some servers and proxies decode once more before redirecting: refuse what would then leave the site.
        if (decoded.startsWith("//") || decoded.startsWith("/\\") || decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
