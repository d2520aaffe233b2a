package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/korean"

	"github.com/briefdesk/briefdesk/briefing/importer"
)

const articleHTML = `<html><head><title>%s</title>%s</head><body><nav>메뉴 홈 국방 정치</nav><article>
<p>%s 한미 양국은 이번 주 연합연습 일정을 확정하고 함정 정비 협력도 논의했다고 밝혔다.</p>
<p>관계자는 후속 협의를 이어 가겠다고 설명했다. 세부 일정은 다음 달에 발표될 예정이다.</p>
</article><footer>저작권 안내</footer></body></html>`

func testPage(title, head, lead string) string { return fmt.Sprintf(articleHTML, title, head, lead) }

var fixed = time.Date(2026, 11, 25, 3, 0, 0, 0, time.UTC)

// server serves the test site on loopback.
func server(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/news/1", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.UserAgent(), "Briefdesk") {
			http.Error(w, "who are you", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage("첫 기사", `<link rel="canonical" href="https://news.example.kr/a/1">`, "첫째,"))
	})
	mux.HandleFunc("/news/copy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, testPage("첫 기사 (전재)", "", "첫째,"))
	})
	mux.HandleFunc("/news/euckr", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=EUC-KR")
		b, _ := korean.EUCKR.NewEncoder().Bytes([]byte(testPage("옛 인코딩 기사", "", "둘째,")))
		w.Write(b)
	})
	mux.HandleFunc("/news/nodate", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage("날짜 없는 기사", "", "셋째,"))
	})
	mux.HandleFunc("/file.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body>" + strings.Repeat("가", 3000) + "</body></html>"))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/nodate", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>국방 소식</title>
<item><title>날짜 없는 기사</title><link>%[1]s/news/nodate</link><pubDate>Mon, 23 Nov 2026 08:00:00 +0900</pubDate><author>desk@example.kr (국방부 출입기자)</author></item>
<item><title>본문만 있는 항목</title><link>%[1]s/gone</link><description><![CDATA[<p>원문 주소는 사라졌지만 피드에 실린 본문으로 기사를 만든다. 한미 연합연습 관련 내용이다.</p>]]></description></item>
<item><title>사라진 기사</title><link>%[1]s/gone2</link></item>
</channel></rss>`, srv.URL)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func newFetcher() *Fetcher {
	return New(Options{AllowPrivate: true, Timeout: 500 * time.Millisecond, MaxSize: 4096, Now: func() time.Time { return fixed }})
}

func one(t *testing.T, f *Fetcher, addr string) importer.Result {
	t.Helper()
	rs := f.Import(context.Background(), []string{addr}, nil)
	if len(rs) != 1 || len(rs[0]) != 1 {
		t.Fatalf("%s: %d results", addr, len(rs))
	}
	return rs[0][0]
}

func TestPages(t *testing.T) {
	srv := server(t)
	f := newFetcher()
	r := one(t, f, srv.URL+"/news/1")
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if r.Article.URL != "https://news.example.kr/a/1" || r.Article.Retrieved != "2026-11-25T03:00:00Z" || r.Article.Title != "첫 기사" {
		t.Errorf("article: url %q retrieved %q title %q", r.Article.URL, r.Article.Retrieved, r.Article.Title)
	}
	if strings.Contains(r.Article.Text(), "메뉴") || strings.Contains(r.Article.Text(), "저작권") {
		t.Errorf("boilerplate kept: %s", r.Article.Text())
	}
	r = one(t, f, srv.URL+"/news/euckr")
	if r.Err != nil || !strings.Contains(r.Article.Text(), "둘째, 한미 양국은") {
		t.Errorf("EUC-KR page: %v %v", r.Err, r.Article)
	}
	r = one(t, f, srv.URL+"/moved")
	if r.Err != nil || r.Article.URL != srv.URL+"/news/nodate" {
		t.Errorf("redirected page should remember where it ended: %v %+v", r.Err, r.Article)
	}
	copyR := one(t, f, srv.URL+"/news/copy")
	first := one(t, f, srv.URL+"/news/1")
	if !copyR.Article.SameAs(first.Article) {
		t.Error("the same text from two addresses is not recognised as one article")
	}
}

func TestFailures(t *testing.T) {
	srv := server(t)
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()
	f := newFetcher()
	cases := []struct {
		addr string
		want error
		text string
	}{
		{srv.URL + "/missing", nil, "the server answered 404 Not Found"},
		{closedURL + "/x", ErrRefused, "connection refused"},
		{srv.URL + "/file.pdf", ErrNotPage, "application/pdf"},
		{srv.URL + "/big", ErrTooLarge, "limit of 0 MB"},
		{srv.URL + "/slow", ErrTimeout, "no answer in time"},
		{srv.URL + "/loop", ErrRedirects, "too many redirects"},
		{"ftp://example.org/file", ErrScheme, "only http and https"},
	}
	addrs := []string{srv.URL + "/news/1"}
	for _, c := range cases {
		addrs = append(addrs, c.addr)
	}
	results := f.Import(context.Background(), addrs, nil)
	if results[0][0].Err != nil {
		t.Errorf("a good address failed beside bad ones: %v", results[0][0].Err)
	}
	for i, c := range cases {
		r := results[i+1][0]
		if r.Err == nil || (c.want != nil && !errors.Is(r.Err, c.want)) || !strings.Contains(r.Err.Error(), c.text) || r.Input != c.addr {
			t.Errorf("%s: %v, want %v mentioning %q", c.addr, r.Err, c.want, c.text)
		}
	}
}

func TestFeed(t *testing.T) {
	srv := server(t)
	var seen [][2]int
	rs := newFetcher().Import(context.Background(), []string{srv.URL + "/feed.xml"}, func(done, total int) {
		seen = append(seen, [2]int{done, total})
	})
	items := rs[0]
	if len(items) != 3 || len(seen) != 1 || seen[0] != [2]int{1, 1} {
		t.Fatalf("%d items, progress %v (want one report for the one address)", len(items), seen)
	}
	a := items[0].Article
	if items[0].Err != nil || a.Published != "2026-11-23" || a.Author == "" || a.Site != "국방 소식" {
		t.Errorf("feed did not fill in what the page lacks: %v %+v", items[0].Err, a)
	}
	if items[1].Err != nil || !strings.Contains(items[1].Article.Text(), "피드에 실린 본문") || items[1].Article.Title != "본문만 있는 항목" {
		t.Errorf("entry text not used when the page is gone: %v %+v", items[1].Err, items[1].Article)
	}
	if items[2].Err == nil || !strings.Contains(items[2].Err.Error(), "404") || items[2].Input != srv.URL+"/gone2" {
		t.Errorf("dead item: %+v", items[2])
	}
}

func TestCancel(t *testing.T) {
	srv := server(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rs := newFetcher().Import(ctx, []string{srv.URL + "/news/1", srv.URL + "/slow"}, nil)
	for _, r := range rs {
		if r[0].Err == nil || !strings.Contains(r[0].Err.Error(), "cancelled") {
			t.Errorf("not cancelled: %+v", r[0])
		}
	}
}

func TestIsAddress(t *testing.T) {
	for s, want := range map[string]bool{"https://a.kr/x": true, "http://a": true, "ftp://a/b": true, "기사.txt": false, "C:\\news\\a.html": false, "-": false, "dir/a.md": false} {
		if IsAddress(s) != want {
			t.Errorf("IsAddress(%q) = %v", s, !want)
		}
	}
}
