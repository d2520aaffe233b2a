package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"

	"golang.org/x/net/http/httpproxy"
)

// ErrPrivate is returned for an address on a private network when the
// fetcher only reaches public ones.
var ErrPrivate = errors.New("the address is on a private network; Briefdesk imports only from public addresses unless you allow your intranet (Preferences, or --allow-private)")

// nonPublic are the ranges no public address is in, beyond what netip's
// own tests (loopback, private, link-local, multicast, unspecified) cover.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("fec0::/10"),       // site-local, deprecated
}

// isPublic reports whether ip is an address on the public internet.
func isPublic(ip netip.Addr) bool {
	ip = ip.Unmap()
	if ip.Is6() {
		// NAT64 and 6to4 addresses carry an IPv4 address inside.
		if p := netip.MustParsePrefix("64:ff9b::/96"); p.Contains(ip) {
			b := ip.As16()
			return isPublic(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		}
		if p := netip.MustParsePrefix("2002::/16"); p.Contains(ip) {
			b := ip.As16()
			return isPublic(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// checkAddr refuses an address that is not public, naming it.
func checkAddr(ip netip.Addr) error {
	if isPublic(ip) {
		return nil
	}
	return fmt.Errorf("%s: %w", ip.Unmap(), ErrPrivate)
}

// publicOnly is a dialer's Control: it runs on the address actually
// dialled, after DNS, so a name that resolves to a private address (or
// changes to one between lookups) is refused too.
func publicOnly(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%s: %w", address, ErrPrivate)
	}
	return checkAddr(ap.Addr())
}

// guarded refuses, before every request (the first and each redirect),
// an address whose host is or resolves to a non-public address. It is what
// stops requests that go through a proxy, which the dialer never sees.
type guarded struct {
	next   http.RoundTripper
	lookup func(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// lookupNetIP resolves host names; tests replace it.
var lookupNetIP = net.DefaultResolver.LookupNetIP

func (g guarded) RoundTrip(req *http.Request) (*http.Response, error) {
	host := req.URL.Hostname()
	if ip, err := netip.ParseAddr(host); err == nil {
		if err := checkAddr(ip); err != nil {
			return nil, err
		}
		return g.next.RoundTrip(req)
	}
	ctx, cancel := context.WithTimeout(req.Context(), 10*time.Second)
	defer cancel()
	addrs, err := g.lookup(ctx, "ip", host)
	if err != nil {
		return nil, err
	}
	for _, ip := range addrs {
		if err := checkAddr(ip); err != nil {
			return nil, fmt.Errorf("%s (%w)", host, err)
		}
	}
	return g.next.RoundTrip(req)
}

// transport returns the round tripper of a fetcher: base (Go's default
// transport when nil) and, unless private addresses are allowed, the checks
// above. Without a proxy every connection is checked where it is made.
func transport(base http.RoundTripper, allowPrivate bool) http.RoundTripper {
	if base == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		if !allowPrivate && !proxied() {
			d := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second, Control: publicOnly}
			t.DialContext = d.DialContext
		}
		base = t
	}
	if allowPrivate {
		return base
	}
	return guarded{next: base, lookup: lookupNetIP}
}

// proxied reports whether the environment names a proxy for web requests.
func proxied() bool {
	c := httpproxy.FromEnvironment()
	return c.HTTPProxy != "" || c.HTTPSProxy != ""
}
