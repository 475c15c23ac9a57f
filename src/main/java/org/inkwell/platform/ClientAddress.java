package org.inkwell.platform;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a request came from. Behind a reverse proxy every request comes from the proxy; its
 * {@code X-Forwarded-For} names the client, but anyone can send that header, so it is read only when
 * the request comes from a proxy listed in {@code inkwell.security.trusted-proxies} (CIDR, comma
 * separated; none by default). The header is read from the right: each trusted proxy names the hop
 * before it, and the first hop that is not a trusted proxy is the client.
 */
@Component
public class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    /** More hops than any real chain of proxies; a longer header is not read further. */
    private static final int MAX_HOPS = 20;

    private final IpNetworks trustedProxies;

    ClientAddress(@Value("${inkwell.security.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = IpNetworks.of(trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    public String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (trustedProxies.isEmpty() || !trustedProxies.contains(address)) {
            return address;
        }
        List<String> hops = request.getHeaders(FORWARDED_FOR) == null ? List.of()
                : java.util.Collections.list(request.getHeaders(FORWARDED_FOR)).stream()
                        .flatMap(header -> Arrays.stream(header.split(",")))
                        .map(String::strip)
                        .toList();
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS; i--) {
            String hop = withoutPort(hops.get(i));
            if (!IpAddress.isLiteral(hop)) {
                return address;
            }
            address = hop;
            if (!trustedProxies.contains(hop)) {
                return address;
            }
        }
        return address;
    }

    /** The client address of the request being handled on this thread, if any. */
    public String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return null;
    }

    /** {@code [2001:db8::1]:443} and {@code 192.0.2.1:443} as some proxies write them. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
    }
}
