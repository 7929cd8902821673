package org.aidnews.crawler.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Refuses addresses a public crawler must not reach (SSRF): loopback, private (RFC 1918), link-local
 * (including the 169.254.169.254 metadata endpoint), multicast, unspecified, CGNAT 100.64/10 and IPv6 ULA
 * fc00::/7. It is the DNS resolver HttpClient connects with, so the check holds for every redirect hop and
 * for DNS rebinding: the addresses checked are the addresses connected to. Fails closed: a name that does not
 * resolve is an error, never "allowed".
 * <p>
 * Whether private addresses are allowed is decided per request (the sample sites on 127.0.0.1 set
 * {@code allowPrivateAddresses}); HttpClient's classic API resolves on the calling thread, so the flag is
 * carried in a thread-local that {@link HttpFetcher} sets around each request.
 */
public final class AddressGuard implements DnsResolver {

    private static final ThreadLocal<Boolean> PRIVATE_ALLOWED = ThreadLocal.withInitial(() -> false);

    private final DnsResolver delegate;

    public AddressGuard() {
        this(SystemDefaultDnsResolver.INSTANCE);
    }

    /** With another resolver underneath (tests map made-up host names to loopback addresses). */
    public AddressGuard(DnsResolver delegate) {
        this.delegate = delegate;
    }

    /** Thrown when a host resolves to a refused address. */
    public static final class PrivateAddressException extends UnknownHostException {
        PrivateAddressException(String message) {
            super(message);
        }
    }

    static void allowPrivateOnThisThread(boolean allowed) {
        PRIVATE_ALLOWED.set(allowed);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = delegate.resolve(host);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host + ": no address");
        }
        if (!PRIVATE_ALLOWED.get()) {
            for (InetAddress a : addresses) {
                if (isRefused(a)) {
                    throw new PrivateAddressException(host + " resolves to non-public address " + a.getHostAddress());
                }
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return delegate.resolveCanonicalHostname(host);
    }

    /** Whether a public crawler must not connect to this address. */
    public static boolean isRefused(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()
                || a.isAnyLocalAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                   // "this network" 0/8
                    || (first == 100 && (second & 0xc0) == 64)  // CGNAT 100.64/10
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments 192.0.0/24
                    || (first == 198 && (second & 0xfe) == 18)  // benchmarking 198.18/15
                    || first >= 240;                            // reserved and broadcast
        }
        if (a instanceof Inet6Address) {
            // Java already turns ::ffff:a.b.c.d into an Inet4Address; what is left here is native IPv6.
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return false;
    }
}
