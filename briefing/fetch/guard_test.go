package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/korean"
)

func TestPublicAddresses(t *testing.T) {
	for addr, public := range map[string]bool{
		"93.184.216.34": true, "211.234.10.5": true, "2606:4700::1111": true,
		"127.0.0.1": false, "127.8.9.10": false, "10.0.0.1": false, "172.16.5.4": false, "192.168.1.1": false,
		"169.254.169.254": false, "100.64.0.1": false, "0.0.0.0": false, "224.0.0.1": false, "255.255.255.255": false,
		"198.18.0.1": false, "::1": false, "::": false, "fe80::1": false, "fd00::1": false, "ff02::1": false,
		"::ffff:127.0.0.1": false, "::ffff:93.184.216.34": true, "64:ff9b::a00:1": false, "64:ff9b::5db8:d822": true,
		"2002:c0a8:0101::1": false, "2001:db8::1": false,
	} {
		if got := isPublic(netip.MustParseAddr(addr)); got != public {
			t.Errorf("isPublic(%s) = %v", addr, got)
		}
	}
	if err := publicOnly("tcp", "127.0.0.1:80", nil); !errors.Is(err, ErrPrivate) || !strings.HasPrefix(err.Error(), "127.0.0.1: ") {
		t.Errorf("dialling loopback: %v", err)
	}
	if err := publicOnly("tcp6", "[2606:4700::1111]:443", nil); err != nil {
		t.Errorf("dialling a public address: %v", err)
	}
}

// TestPrivateAddressesRefused imports, with the default options, a page on
// loopback, a name that resolves to a private address, a public page that
// redirects to loopback, and a feed that lists loopback addresses: nothing
// reaches the servers, and each error says how to allow the intranet.
func TestPrivateAddressesRefused(t *testing.T) {
	var hits atomic.Int32
	secret := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><article><p>내부 문서: 외부로 나가서는 안 되는 내용이 담긴 긴 문단입니다. 이 문단은 사내망에서만 읽을 수 있는 보고서의 일부입니다.</p></article></body></html>")
	}))
	defer secret.Close()
	lookupNetIP = func(_ context.Context, _, host string) ([]netip.Addr, error) {
		switch host {
		case "news.example":
			return []netip.Addr{netip.MustParseAddr("93.184.216.34")}, nil
		case "localhost":
			return []netip.Addr{netip.MustParseAddr("127.0.0.1"), netip.MustParseAddr("::1")}, nil
		case "intranet.example":
			return []netip.Addr{netip.MustParseAddr("93.184.216.35"), netip.MustParseAddr("10.1.2.3")}, nil
		}
		return nil, errors.New("no such host")
	}
	defer func() { lookupNetIP = net0 }()
	// The public site is played by a transport that answers for it.
	public := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if r.URL.Hostname() != "news.example" {
			return http.DefaultTransport.RoundTrip(r)
		}
		h := http.Header{}
		switch r.URL.Path {
		case "/moved":
			h.Set("Location", secret.URL+"/secret")
			return &http.Response{StatusCode: http.StatusFound, Header: h, Body: io.NopCloser(strings.NewReader("")), Request: r}, nil
		case "/feed":
			h.Set("Content-Type", "application/rss+xml")
			feed := `<rss version="2.0"><channel><title>f</title><item><title>a</title><link>` + secret.URL + `/secret</link></item>` +
				`<item><title>b</title><link>http://localhost:` + strings.Split(secret.URL, ":")[2] + `/admin</link></item></channel></rss>`
			return &http.Response{StatusCode: http.StatusOK, Header: h, Body: io.NopCloser(strings.NewReader(feed)), Request: r}, nil
		}
		return nil, errors.New("unexpected " + r.URL.String())
	})
	f := New(Options{Transport: public, Timeout: 2 * time.Second})
	rs := f.Import(context.Background(), []string{secret.URL + "/secret", "http://intranet.example/x", "https://news.example/moved", "https://news.example/feed"}, nil)
	var errs []string
	for _, r := range rs {
		for _, x := range r {
			if x.Err == nil {
				t.Errorf("%s imported: %s", x.Input, x.Article.Title)
				continue
			}
			errs = append(errs, x.Err.Error())
		}
	}
	if len(errs) != 5 {
		t.Fatalf("%d errors, want 5: %q", len(errs), errs)
	}
	for _, e := range errs {
		if !strings.Contains(e, "private network") || !strings.Contains(e, "--allow-private") {
			t.Errorf("error does not say why or what to do: %s", e)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("the private server was reached %d times", hits.Load())
	}
	// The user who allows the intranet gets the page.
	rs = New(Options{AllowPrivate: true}).Import(context.Background(), []string{secret.URL + "/secret"}, nil)
	if rs[0][0].Err != nil || hits.Load() != 1 {
		t.Errorf("with the intranet allowed: %v", rs[0][0].Err)
	}
}

var net0 = lookupNetIP

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// TestFeedLimits imports a feed of many entries from a server that answers
// slowly: the feed's deadline holds for all of them together, and only the
// first entries up to the limit are fetched.
func TestFeedLimits(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<rss version="2.0"><channel><title>f</title>`)
			for i := 0; i < 50; i++ {
				fmt.Fprintf(w, `<item><title>%d</title><link>http://%s/item/%d</link></item>`, i, r.Host, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		hits.Add(1)
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer srv.Close()
	f := New(Options{AllowPrivate: true, MaxItems: 12, FeedTime: 300 * time.Millisecond, Timeout: 10 * time.Second})
	start := time.Now()
	rs := f.Import(context.Background(), []string{srv.URL + "/feed"}, nil)
	took := time.Since(start)
	items := rs[0]
	if len(items) != 13 || !strings.Contains(items[12].Err.Error(), "the feed lists 50 articles; the first 12 were imported") {
		t.Fatalf("%d results; last %v", len(items), items[len(items)-1].Err)
	}
	for _, r := range items[:12] {
		if !errors.Is(r.Err, ErrTimeout) {
			t.Errorf("%s: %v, want no answer in time", r.Input, r.Err)
		}
	}
	if hits.Load() > 12 || took > 4*time.Second {
		t.Errorf("%d entries requested in %v", hits.Load(), took)
	}
}

// TestCompressedAndMislabelledPages fetches pages a server compressed
// without being asked, and a page whose charset header lies: the first are
// read, an unknown compression is an error, and so are bytes that are no
// text, instead of a garbled article.
func TestCompressedAndMislabelledPages(t *testing.T) {
	page := "<html><head><title>압축된 기사</title></head><body><article><p>한미 양국은 함정 정비 협력을 넓히기로 했다. 국내 조선소의 수리 물량이 늘고 있다.</p></article></body></html>"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/gzip":
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			io.WriteString(zw, page)
			zw.Close()
		case "/br":
			w.Header().Set("Content-Encoding", "br")
			w.Write([]byte{0x1b, 0x2e, 0x00, 0xf8, 0x8d, 0x94, 0x6e, 0xc7})
		case "/binary":
			w.Write(bytes.Repeat([]byte{0x1f, 0x8b, 0x08, 0x00, 0xff, 0x01, 0x02}, 200))
		case "/euckr":
			w.Header().Set("Content-Type", "text/html; charset=utf-8") // a lie
			euc, _ := korean.EUCKR.NewEncoder().String(page)
			io.WriteString(w, euc)
		}
	}))
	defer srv.Close()
	f := New(Options{AllowPrivate: true, Transport: &http.Transport{DisableCompression: true}})
	rs := f.Import(context.Background(), []string{srv.URL + "/gzip", srv.URL + "/br", srv.URL + "/binary", srv.URL + "/euckr"}, nil)
	if r := rs[0][0]; r.Err != nil || r.Article.Title != "압축된 기사" {
		t.Errorf("gzip sent unasked: %v %+v", r.Err, r.Article)
	}
	if r := rs[1][0]; r.Err == nil || !strings.Contains(r.Err.Error(), `"br"`) {
		t.Errorf("brotli: %v", r.Err)
	}
	if r := rs[2][0]; r.Err == nil {
		t.Errorf("binary bytes became an article: %q", r.Article.Text())
	}
	if r := rs[3][0]; r.Err != nil || r.Article.Title != "압축된 기사" {
		t.Errorf("EUC-KR labelled UTF-8: %v", r.Err)
	}
}
