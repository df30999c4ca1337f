package org.civiclimate.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress none = new ClientAddress(List.of());
    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.5", "10.1.0.0/16"));

    @Test
    void countsAnIpv6ClientByItsSlash64() {
        assertThat(none.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd", List.of())).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(none.of("2001:db8:1:2::1", List.of())).isEqualTo(none.of("2001:db8:1:2:ffff::9", List.of()));
        assertThat(none.of("2001:db8:1:3::1", List.of())).isNotEqualTo(none.of("2001:db8:1:2::1", List.of()));
        assertThat(behindProxies.of("10.0.0.5", List.of("2001:db8:7:7::42"))).isEqualTo("2001:db8:7:7:0:0:0:0/64");
    }

    @Test
    void ignoresForwardedForWhenNoProxyIsTrusted() {
        assertThat(none.of("198.51.100.7", List.of("203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void ignoresForwardedForFromAPeerThatIsNotATrustedProxy() {
        assertThat(behindProxies.of("198.51.100.7", List.of("203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void takesTheClientNamedByATrustedProxy() {
        assertThat(behindProxies.of("10.0.0.5", List.of("203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void walksBackThroughTrustedProxiesGivenByAddressOrRange() {
        assertThat(behindProxies.of("10.0.0.5", List.of("203.0.113.1, 10.1.4.2")))
                .isEqualTo("203.0.113.1");
        assertThat(behindProxies.of("10.0.0.5", List.of("203.0.113.1", "10.1.4.2")))
                .isEqualTo("203.0.113.1");
    }

    @Test
    void believesNothingAClientWroteBeforeWhatTheTrustedProxyAppended() {
        // The client sent "X-Forwarded-For: 192.0.2.99"; the proxy appended the address it saw.
        assertThat(behindProxies.of("10.0.0.5", List.of("192.0.2.99, 203.0.113.1")))
                .isEqualTo("203.0.113.1");
    }

    @Test
    void staysWithTheLastTrustedHopWhenTheHeaderHoldsSomethingElseThanAnAddress() {
        assertThat(behindProxies.of("10.0.0.5", List.of("evil.example"))).isEqualTo("10.0.0.5");
        assertThat(behindProxies.of("10.0.0.5", List.of("203.0.113.1:4711"))).isEqualTo("10.0.0.5");
        assertThat(behindProxies.of("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
    }

    @Test
    void understandsIpv6() {
        var v6 = new ClientAddress(List.of("::1"));

        assertThat(v6.of("0:0:0:0:0:0:0:1", List.of("2001:db8::7"))).isEqualTo("2001:db8:0:0:0:0:0:0/64");
    }
}
