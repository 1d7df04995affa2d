package org.crmir.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmir.shared.InvalidInputException;

class TargetNetworksPropertyTest {

    private static final TargetNetworks NONE_ALLOWED = TargetNetworks.parse("");

    @Property
    void everyAddressInsideTheNetworkIsRefused(@ForAll("inside") InetAddress address) {
        assertTrue(NONE_ALLOWED.refusal(address).isPresent(), address.toString());
    }

    @Property
    void anAllowedRangeAdmitsItsAddressesOnly(@ForAll("inside") InetAddress address) throws Exception {
        TargetNetworks allowed = TargetNetworks.parse(address.getHostAddress() + "/32, 192.0.2.0/24");
        assertTrue(allowed.refusal(address).isEmpty(), address.toString());
        byte[] next = address.getAddress();
        next[3] ^= 1;
        assertTrue(allowed.refusal(InetAddress.getByAddress(next)).isPresent(), "only the /32");
    }

    @Property
    void anIpv4AddressWrittenAsIpv6IsJudgedAsItself(@ForAll("inside") InetAddress address) throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(address.getAddress(), 0, mapped, 12, 4);
        assertTrue(NONE_ALLOWED.refusal(InetAddress.getByAddress(mapped)).isPresent());
    }

    @Example
    void publicAddressesAreAllowed() throws UnknownHostException {
        for (String address : new String[] {"8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111"}) {
            assertTrue(NONE_ALLOWED.refusal(TargetNetworks.literalAddress(address)).isEmpty(), address);
        }
        for (String address : new String[] {"::1", "::", "fe80::1", "fd00::1", "ff02::1", "100.64.0.1",
                "0.0.0.0", "224.0.0.1"}) {
            assertTrue(NONE_ALLOWED.refusal(TargetNetworks.literalAddress(address)).isPresent(), address);
        }
    }

    @Example
    void aBadRangeOrUrlIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TargetNetworks.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TargetNetworks.parse("intranet"));
        assertEquals(null, TargetNetworks.literalAddress("999.1.1.1"));
        assertEquals(null, TargetNetworks.literalAddress("example.com"));
        for (String url : new String[] {"", "ftp://example.com/", "https:///path", "https://u:p@example.com/",
                "https://example.com/#part", "not a url", "javascript:alert(1)"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> WebhookTarget.parse(url), url);
            assertEquals("url", e.getField());
        }
        assertEquals(443, WebhookTarget.parse("https://example.com/hooks").port());
        assertEquals(8443, WebhookTarget.parse("https://[2001:db8::1]:8443/hooks").port());
        assertEquals("2001:db8::1", WebhookTarget.parse("https://[2001:db8::1]:8443/hooks").host());
    }

    @Provide
    Arbitrary<InetAddress> inside() {
        Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255);
        Arbitrary<int[]> prefix = Arbitraries.of(new int[] {10, -1}, new int[] {127, -1}, new int[] {172, 16},
                new int[] {192, 168}, new int[] {169, 254}, new int[] {100, 64});
        return net.jqwik.api.Combinators.combine(prefix, octet, octet, octet).as((p, a, b, c) -> {
            int second = p[1] >= 0 ? (p[0] == 172 ? 16 + (a % 16) : p[0] == 100 ? 64 + (a % 64) : p[1]) : a;
            try {
                return InetAddress.getByAddress(new byte[] {(byte) p[0], (byte) second, (byte) b.intValue(), (byte) c.intValue()});
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
