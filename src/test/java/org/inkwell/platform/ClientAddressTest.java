package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which address a request is counted and audited under, with and without a trusted proxy in front. */
class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress(List.of("10.0.0.0/8", "::1/128"));
    private final ClientAddress direct = new ClientAddress(List.of());

    @Test
    void theHeaderIsIgnoredUnlessTheRequestComesFromATrustedProxy() {
        assertThat(direct.of(request("10.1.2.3", "198.51.100.1"))).isEqualTo("10.1.2.3");
        assertThat(behindProxy.of(request("203.0.113.9", "198.51.100.1"))).as("an untrusted sender").isEqualTo("203.0.113.9");
    }

    @Test
    void theClientIsTheFirstHopFromTheRightThatIsNotATrustedProxy() {
        assertThat(behindProxy.of(request("10.1.2.3", "198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(behindProxy.of(request("10.1.2.3", "6.6.6.6, 198.51.100.1, 10.9.9.9")))
                .as("what the client wrote itself is not believed").isEqualTo("198.51.100.1");
        assertThat(behindProxy.of(request("::1", "[2001:db8::5]:4711"))).isEqualTo("2001:db8::5");
        assertThat(behindProxy.of(request("10.1.2.3", "192.0.2.4:8080"))).isEqualTo("192.0.2.4");
    }

    @Test
    void aHeaderThatIsNotAnAddressLeavesTheProxyAsTheSource() {
        assertThat(behindProxy.of(request("10.1.2.3", "evil.example.org"))).isEqualTo("10.1.2.3");
        assertThat(behindProxy.of(request("10.1.2.3", "198.51.100.1, <script>"))).isEqualTo("10.1.2.3");
        assertThat(behindProxy.of(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6AddressesAreCountedByTheirSlash64() {
        assertThat(IpAddress.sourceKey("2001:db8:1:2:aaaa::1")).isEqualTo(IpAddress.sourceKey("2001:db8:1:2:bbbb::7"));
        assertThat(IpAddress.sourceKey("2001:db8:1:2::1")).isNotEqualTo(IpAddress.sourceKey("2001:db8:1:3::1"));
        assertThat(IpAddress.sourceKey("192.0.2.4")).isEqualTo("192.0.2.4");
    }

    @Test
    void networksAreCheckedWithoutAskingDns() {
        assertThat(IpNetworks.isValid("10.20.0.0/16")).isTrue();
        assertThat(IpNetworks.isValid("2001:db8::/32")).isTrue();
        assertThat(IpNetworks.isValid("192.0.2.7")).isTrue();
        assertThat(IpNetworks.isValid("10.0.0.0/33")).isFalse();
        assertThat(IpNetworks.isValid("kiosk.example.org")).isFalse();
        assertThat(IpNetworks.isValid("10.0.0.0/8/8")).isFalse();
        assertThat(IpNetworks.of(List.of("10.20.0.0/16")).contains("10.20.3.4")).isTrue();
        assertThat(IpNetworks.of(List.of("10.20.0.0/16")).contains("10.21.3.4")).isFalse();
        assertThat(IpNetworks.of(List.of("2001:db8::/32")).contains("10.21.3.4")).isFalse();
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
