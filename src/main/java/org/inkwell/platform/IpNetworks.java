package org.inkwell.platform;

import java.util.List;
import java.util.Locale;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/** Networks in CIDR notation ({@code 10.4.0.0/16}, {@code 2001:db8::/48}, or a single address), IPv4 or IPv6. */
public final class IpNetworks {

    private static final int MAX_LENGTH = 64;

    private final List<IpAddressMatcher> matchers;

    private IpNetworks(List<IpAddressMatcher> matchers) {
        this.matchers = matchers;
    }

    /** The networks; throws {@link IllegalArgumentException} for anything that is not an address or a network. */
    public static IpNetworks of(List<String> cidrs) {
        return new IpNetworks(cidrs.stream().map(IpNetworks::matcher).toList());
    }

    public static boolean isValid(String cidr) {
        try {
            matcher(cidr);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The network as written canonically (lower case, no spaces); the input when it is not valid. */
    public static String canonical(String cidr) {
        return cidr == null ? "" : cidr.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return matchers.isEmpty();
    }

    /** Whether the address is in one of the networks; false for anything that is not an IP address. */
    public boolean contains(String address) {
        if (!IpAddress.isLiteral(address)) {
            return false;
        }
        for (IpAddressMatcher matcher : matchers) {
            if (matcher.matches(address)) {
                return true;
            }
        }
        return false;
    }

    private static IpAddressMatcher matcher(String cidr) {
        String text = canonical(cidr);
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (text.length() > MAX_LENGTH || !IpAddress.isLiteral(address)
                || slash >= 0 && !text.substring(slash + 1).matches("\\d{1,3}")) {
            throw new IllegalArgumentException("not a network: " + cidr);
        }
        return new IpAddressMatcher(text);
    }
}
