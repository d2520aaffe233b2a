// Package fetch imports articles from the web: pages by their address and
// the articles listed in RSS and Atom feeds. Pages go through the same
// reader as saved HTML files (package importer), after the HTTP header's
// character set is taken into account.
package fetch

import (
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// Limits of a fetch.
const (
	DefaultTimeout   = 30 * time.Second
	DefaultMaxSize   = 20 << 20
	DefaultRedirects = 5
	DefaultMaxItems  = 200             // articles imported from one feed
	DefaultFeedTime  = 3 * time.Minute // for a feed and all its articles
	UserAgent        = "Briefdesk/1.0 (+briefing tool; article import)"
)

// Errors that name why an address could not be imported.
var (
	ErrScheme    = errors.New("only http and https addresses can be imported")
	ErrNotPage   = errors.New("not a web page or feed")
	ErrTooLarge  = errors.New("too large")
	ErrTimeout   = errors.New("no answer in time")
	ErrRedirects = errors.New("too many redirects")
	ErrRefused   = errors.New("connection refused")
	ErrAddress   = errors.New("not a valid address")
	ErrStatus    = errors.New("the server did not send the page")
	ErrNoHost    = errors.New("no such host")
	ErrEncoded   = errors.New("the page is compressed in a way Briefdesk cannot read")
	ErrCancelled = errors.New("cancelled")
	ErrNotFeed   = errors.New("not a readable RSS or Atom feed")
	ErrEmptyFeed = errors.New("the feed lists no articles")
	ErrFeedLimit = errors.New("the feed lists more articles than the limit")
	ErrNoEntry   = errors.New("the feed entry has neither a link nor text")
)

// Fetcher downloads pages and feeds. Its zero value is not usable; call New.
type Fetcher struct {
	client   *http.Client
	maxSize  int64
	maxItems int
	feedTime time.Duration
	now      func() time.Time
}

// Options adjust a Fetcher; zero values take the defaults.
type Options struct {
	Timeout   time.Duration
	MaxSize   int64
	Redirects int
	Now       func() time.Time
	Transport http.RoundTripper
	// AllowPrivate lets imports reach loopback, private, link-local and
	// other non-public addresses: the user's intranet. Off, such an
	// address is refused after DNS and on every redirect.
	AllowPrivate bool
	MaxItems     int           // articles imported from one feed
	FeedTime     time.Duration // for a feed and all its articles
}

// New returns a Fetcher with the given options.
func New(opt Options) *Fetcher {
	if opt.Timeout == 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxSize == 0 {
		opt.MaxSize = DefaultMaxSize
	}
	if opt.Redirects == 0 {
		opt.Redirects = DefaultRedirects
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.MaxItems <= 0 {
		opt.MaxItems = DefaultMaxItems
	}
	if opt.FeedTime <= 0 {
		opt.FeedTime = DefaultFeedTime
	}
	client := &http.Client{
		Timeout:   opt.Timeout,
		Transport: transport(opt.Transport, opt.AllowPrivate),
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opt.Redirects {
				return briefing.Because(ErrRedirects, "too many redirects (more than %d)", opt.Redirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return briefing.Because(ErrScheme, "redirected to %s: only http and https addresses can be imported", req.URL)
			}
			return nil
		},
	}
	return &Fetcher{client: client, maxSize: opt.MaxSize, maxItems: opt.MaxItems, feedTime: opt.FeedTime, now: opt.Now}
}

// IsAddress reports whether s looks like a web address rather than a file.
func IsAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme != "" && u.Host != "" && len(u.Scheme) > 1
}

// page is a downloaded document.
type page struct {
	url         string // after redirects
	contentType string
	body        []byte
}

// get downloads an address within the limits.
func (f *Fetcher) get(ctx context.Context, address string) (*page, error) {
	u, err := url.Parse(address)
	if err != nil || u.Host == "" {
		return nil, ErrAddress
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, ErrScheme
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Language", "ko,en;q=0.8")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, describe(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, briefing.Because(ErrStatus, "the server answered %s", resp.Status)
	}
	if resp.ContentLength > f.maxSize {
		return nil, briefing.Because(ErrTooLarge, "too large: %d MB, the limit is %d MB", resp.ContentLength>>20, f.maxSize>>20)
	}
	r, err := decompress(resp)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(r, f.maxSize+1))
	if err != nil {
		return nil, describe(err)
	}
	if int64(len(body)) > f.maxSize {
		return nil, briefing.Because(ErrTooLarge, "too large: over the limit of %d MB", f.maxSize>>20)
	}
	return &page{url: resp.Request.URL.String(), contentType: resp.Header.Get("Content-Type"), body: body}, nil
}

// decompress returns the body of a response as the page's bytes: Go
// decompresses what it asked for itself; a server that compresses anyway
// gets its gzip or deflate undone here (the size limit applies to what comes
// out), and any other encoding is an error, not a garbled article.
func decompress(resp *http.Response) (io.Reader, error) {
	switch ce := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); {
	case ce == "" || ce == "identity" || resp.Uncompressed:
		return resp.Body, nil
	case ce == "gzip" || ce == "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, briefing.Because(ErrEncoded, "the server said the page is gzip-compressed, but it is not")
		}
		return zr, nil
	case ce == "deflate":
		return flate.NewReader(resp.Body), nil
	default:
		return nil, briefing.Because(ErrEncoded, "the server compressed the page as %q, which Briefdesk cannot read", ce)
	}
}

// describe turns transport errors into the reasons a user can act on.
func describe(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne net.Error
	switch {
	case errors.Is(err, ErrRedirects), errors.Is(err, ErrScheme), errors.Is(err, ErrPrivate):
		return err
	case errors.Is(err, context.Canceled):
		return ErrCancelled
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return ErrTimeout
	case errors.Is(err, syscall.ECONNREFUSED):
		return ErrRefused
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return briefing.Because(ErrNoHost, "no such host %s", dns.Name)
	}
	return err
}

// kind tells pages from feeds by the content type, then by the content.
func kind(p *page) string {
	mt, _, _ := mime.ParseMediaType(p.contentType)
	switch {
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom"):
		return "feed"
	case mt == "text/html" || mt == "application/xhtml+xml":
		return "html"
	case mt == "text/plain":
		return "text"
	case mt == "text/markdown":
		return "markdown"
	case mt == "" || strings.HasSuffix(mt, "xml"):
		head := strings.ToLower(strings.TrimSpace(string(p.body[:min(len(p.body), 512)])))
		if strings.Contains(head, "<rss") || strings.Contains(head, "<feed") || strings.Contains(head, "<rdf:rdf") {
			return "feed"
		}
		if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") {
			return "html"
		}
	}
	return ""
}

// article reads a downloaded page into an article that remembers its
// address (the page's canonical one when it names one) and when it was
// retrieved.
func (f *Fetcher) article(p *page, format string) (*briefing.Article, error) {
	a, err := importer.Parse(p.body, importer.Source{Name: p.url, URL: p.url, Format: format, ContentType: p.contentType})
	if err != nil {
		return nil, err
	}
	a.Retrieved = f.now().UTC().Format(time.RFC3339)
	return a, nil
}
