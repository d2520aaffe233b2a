package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const webPage = `<html><head><title>%s</title></head><body><article>
<p>한미 양국은 함정 정비 협력을 넓히기로 했다. 국내 조선소의 수리 물량이 늘고 있다.</p>
<p>방산업계는 공동생산 논의가 구체화되기를 기대하고 있다고 밝혔다.</p></article></body></html>`

func TestImportFromWeb(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, webPage, "정비 협력 기사")
	})
	mux.HandleFunc("/mirror", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, webPage, "정비 협력 기사 (재전송)")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	feed := filepath.Join(t.TempDir(), "소식.rss")
	os.WriteFile(feed, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>소식</title><item><title>피드 항목</title><link>`+srv.URL+`/a</link></item></channel></rss>`), 0o644)

	code, stdout, stderr := brief(t, "", "import", "--json", "--allow-private", srv.URL+"/a", srv.URL+"/gone", srv.URL+"/mirror", feed)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if !strings.Contains(stderr, "brief: "+srv.URL+"/gone: the server answered 404 Not Found") {
		t.Errorf("dead link not reported:\n%s", stderr)
	}
	if strings.Count(stderr, "same article as "+srv.URL+"/a; kept once") != 2 {
		t.Errorf("duplicates (mirror and feed item) not reported:\n%s", stderr)
	}
	if strings.Count(stdout, `"input": "`) != 1+1 || !strings.Contains(stdout, `"url": "`+srv.URL+`/a"`) {
		t.Errorf("want one article and one error in the JSON:\n%s", stdout)
	}
}
