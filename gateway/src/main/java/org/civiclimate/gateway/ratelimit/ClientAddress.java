package org.civiclimate.gateway.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The address an anonymous caller is counted under: the direct peer, unless the peer is a trusted proxy, in which case
 * the nearest address in {@code X-Forwarded-For} that is not a trusted proxy. Anyone can write the header; only what
 * trusted proxies appended to it is believed, so a client cannot buy a fresh budget by sending one. An IPv6 client is
 * counted by its /64: one subscriber is given a whole /64 and could otherwise take a fresh address per request.
 */
final class ClientAddress {

    private final List<Range> trusted;

    ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream()
                .map(String::trim)
                .filter(proxy -> !proxy.isEmpty())
                .map(Range::parse)
                .toList();
    }

    /**
     * @param peer the address of the connection's other end
     * @param forwardedFor every {@code X-Forwarded-For} value, in the order received
     */
    String of(@Nullable String peer, List<String> forwardedFor) {
        if (peer == null) {
            return "unknown";
        }
        return counted(client(peer, forwardedFor));
    }

    private String client(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        var hops = new ArrayList<String>();
        for (String value : forwardedFor) {
            for (String hop : value.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        // From the nearest hop back: each trusted proxy names the one before it, the first other address is the client.
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isIpLiteral(hop)) {
                break;
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    private static String counted(String address) {
        if (!isIpLiteral(address)) {
            return address;
        }
        byte[] bytes = InetAddress.ofLiteral(address).getAddress();
        if (bytes.length == 4) {
            return address;
        }
        Arrays.fill(bytes, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are an IPv6 address", e);
        }
    }

    private boolean isTrusted(String address) {
        if (!isIpLiteral(address)) {
            return false;
        }
        byte[] bytes = InetAddress.ofLiteral(address).getAddress();
        return trusted.stream().anyMatch(proxy -> proxy.contains(bytes));
    }

    // Only IP literals: a host name would be looked up in DNS, and is nothing a proxy writes.
    private static boolean isIpLiteral(String address) {
        try {
            InetAddress.ofLiteral(address);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An address, or a CIDR range such as {@code 10.0.0.0/8}. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String proxy) {
            int slash = proxy.indexOf('/');
            byte[] network = InetAddress.ofLiteral(slash < 0 ? proxy : proxy.substring(0, slash))
                    .getAddress();
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(proxy.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("Not a CIDR range: " + proxy);
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
