package org.crmir.webhook;

import java.io.Serializable;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a webhook may be delivered (no server-side request forgery): public addresses only. Loopback, link-local
 * (cloud metadata at 169.254.169.254), private, shared (100.64/10), unique-local, multicast and unspecified
 * addresses are refused unless the server's administrator allowed that network by name
 * ({@code CRMIR_WEBHOOK_ALLOWED_NETWORKS}, CIDR ranges such as {@code 10.20.0.0/16}). It is a server setting, not a
 * page setting, so that a stolen administrator account cannot open the internal network.
 */
public final class TargetNetworks {

    /** An address range in CIDR notation. */
    public record Range(InetAddress base, int prefix) implements Serializable {

        public static Range parse(String cidr) {
            String text = cidr.strip();
            int slash = text.indexOf('/');
            InetAddress address = literalAddress(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("not an address range: " + cidr);
            }
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an address range: " + cidr, e);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("not an address range: " + cidr);
            }
            return new Range(address, prefix);
        }

        public boolean contains(InetAddress address) {
            byte[] a = base.getAddress();
            byte[] b = address.getAddress();
            if (a.length != b.length) {
                return false;
            }
            int shift = a.length * 8 - prefix;
            return new BigInteger(1, a).shiftRight(shift).equals(new BigInteger(1, b).shiftRight(shift));
        }
    }

    private static final List<Range> NOT_PUBLIC = List.of(Range.parse("0.0.0.0/8"), Range.parse("10.0.0.0/8"),
            Range.parse("100.64.0.0/10"), Range.parse("127.0.0.0/8"), Range.parse("169.254.0.0/16"),
            Range.parse("172.16.0.0/12"), Range.parse("192.0.0.0/24"), Range.parse("192.168.0.0/16"),
            Range.parse("198.18.0.0/15"), Range.parse("224.0.0.0/3"), Range.parse("::/127"),
            Range.parse("fc00::/7"), Range.parse("fe80::/10"), Range.parse("ff00::/8"));

    private final List<Range> allowed;

    public TargetNetworks(List<Range> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** From the setting's text: ranges separated by commas or spaces; blank allows no private network. */
    public static TargetNetworks parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        if (setting != null) {
            for (String part : setting.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    ranges.add(Range.parse(part));
                }
            }
        }
        return new TargetNetworks(ranges);
    }

    /** Why {@code address} may not receive webhooks, or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        InetAddress plain = unmapped(address);
        if (allowed.stream().anyMatch(r -> r.contains(plain))) {
            return Optional.empty();
        }
        if (NOT_PUBLIC.stream().anyMatch(r -> r.contains(plain))) {
            return Optional.of(plain.getHostAddress() + " is a loopback, link-local or private address; the server's"
                    + " administrator can allow such a network with CRMIR_WEBHOOK_ALLOWED_NETWORKS");
        }
        return Optional.empty();
    }

    /** An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is. */
    static InetAddress unmapped(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            boolean mapped = true;
            for (int k = 0; k < 10; k++) {
                mapped &= bytes[k] == 0;
            }
            mapped &= bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
            if (mapped) {
                try {
                    return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return address;
    }

    /** {@code host} as an address when it is written as one (no name lookup), else null. */
    static InetAddress literalAddress(String host) {
        try {
            if (host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
                byte[] bytes = new byte[4];
                String[] parts = host.split("\\.");
                for (int k = 0; k < 4; k++) {
                    int octet = Integer.parseInt(parts[k]);
                    if (octet > 255) {
                        return null;
                    }
                    bytes[k] = (byte) octet;
                }
                return InetAddress.getByAddress(bytes);
            }
            // Only hex digits, colons and dots: the runtime parses it as an IPv6 literal, never looks it up.
            return host.contains(":") && host.matches("[0-9A-Fa-f:.]+") ? InetAddress.getByName(host) : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
