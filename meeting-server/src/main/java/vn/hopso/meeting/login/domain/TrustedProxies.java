package vn.hopso.meeting.login.domain;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose forwarded headers are believed, as addresses and CIDR ranges; and the client a request
 * came from behind them: the right-most address of X-Forwarded-For that is not one of them (each proxy appends the
 * address it saw, so whatever a client wrote itself stands further left).
 */
public final class TrustedProxies {

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = rest == 0 ? 0 : (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** @param entries numeric addresses or ranges ({@code 10.0.0.0/8}, {@code fd00::/8}); host names are refused */
    public static TrustedProxies of(List<String> entries) {
        return new TrustedProxies(entries.stream().map(String::strip).filter(e -> !e.isEmpty()).map(entry -> {
            String[] parts = entry.split("/", 2);
            byte[] network = numeric(parts[0]).orElseThrow(() ->
                    new IllegalArgumentException("hopso.trusted-proxies: not a numeric address: " + entry));
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("hopso.trusted-proxies: bad prefix length: " + entry);
            }
            return new Range(network, prefix);
        }).toList());
    }

    public boolean none() {
        return ranges.isEmpty();
    }

    public boolean trusts(String address) {
        return numeric(address).map(bytes -> ranges.stream().anyMatch(range -> range.contains(bytes))).orElse(false);
    }

    /** The client behind {@code remoteAddress}, given the X-Forwarded-For values (null when none were sent). */
    public String client(String remoteAddress, List<String> forwardedFor) {
        if (!trusts(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = forwardedFor.stream().flatMap(value -> List.of(value.split(",")).stream())
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        String client = remoteAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (numeric(hop).isEmpty()) {
                break;
            }
            client = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        return client;
    }

    /** The bytes of a numeric IPv4 or IPv6 address ({@code [::1]} too), never looked up as a name. */
    static Optional<byte[]> numeric(String text) {
        String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        try {
            return Optional.of(InetAddress.ofLiteral(address).getAddress());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
