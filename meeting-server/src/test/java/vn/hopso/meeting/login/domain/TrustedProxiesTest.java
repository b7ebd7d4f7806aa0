package vn.hopso.meeting.login.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.5", "172.16.0.0/12", "fd00::/8"));

    @Test
    void addressesAndRangesAreTrustedAndNothingElse() {
        assertThat(proxies.trusts("10.0.0.5")).isTrue();
        assertThat(proxies.trusts("10.0.0.6")).isFalse();
        assertThat(proxies.trusts("172.31.255.1")).isTrue();
        assertThat(proxies.trusts("172.32.0.1")).isFalse();
        assertThat(proxies.trusts("fd12::1")).isTrue();
        assertThat(proxies.trusts("fe80::1")).isFalse();
        assertThat(proxies.trusts("192.168.1.1")).as("private ranges are not trusted by default").isFalse();
        assertThat(proxies.trusts("proxy.local")).as("names are never looked up").isFalse();
        assertThat(TrustedProxies.of(List.of()).none()).isTrue();
    }

    @Test
    void theClientIsTheRightMostForwardedAddressThatIsNoTrustedProxy() {
        assertThat(proxies.client("10.0.0.5", List.of("1.2.3.4, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxies.client("10.0.0.5", List.of("203.0.113.9, 172.16.0.2"))).isEqualTo("203.0.113.9");
        assertThat(proxies.client("10.0.0.5", List.of("1.1.1.1", "203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxies.client("10.0.0.5", List.of("khong-phai-dia-chi, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxies.client("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
        assertThat(proxies.client("198.51.100.7", List.of("203.0.113.9"))).as("an untrusted sender").isEqualTo("198.51.100.7");
    }

    @Test
    void aRangeThatIsNoNumericAddressIsRefusedAtStart() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.example.vn"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
