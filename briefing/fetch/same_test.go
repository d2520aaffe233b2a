package fetch

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/briefdesk/briefdesk/briefing/importer"
)

// TestSameArticleAsFromAFile fetches pages and reads the same bytes as
// files: the article is the same either way (metadata from what the page
// shows, furniture left out, a charset declared late in the head).
func TestSameArticleAsFromAFile(t *testing.T) {
	ko := []byte(`<html><head><meta charset="utf-8"><meta property="og:site_name" content="한국시사일보"><title>방산 수출 200억 달러 돌파</title></head><body>
<div class="article-head"><h1>방산 수출 200억 달러 돌파</h1><div class="date">입력 : 2018-08-25 09:00</div></div>
<div class="article-body"><p>올해 방산 수출이 처음으로 200억 달러를 넘어섰다고 방위사업청이 밝혔다. 폴란드와 중동 지역 수출이 늘어난 덕분이다.</p>
<p>방위사업청은 내년에도 수출 지원 예산을 늘려 중소 협력업체의 해외 진출을 돕겠다고 말했다.</p>
<p>김경희 기자 amator@sisa.example.co.kr</p><p>저작권자 © 한국시사일보 무단전재 및 재배포 금지</p></div></body></html>`)
	zhText := "国防部长表示，两国将扩大海军舰艇维修合作，并在明年举行更多联合演习。双方还同意加强信息共享。"
	head := "<html><head><!--" + string(make([]byte, 1500)) + "--><meta charset=\"gbk\"><title>国防合作</title></head><body><article><p>" + zhText + "</p><p>" + zhText + "</p></article></body></html>"
	for i := range head {
		if head[i] == 0 {
			head = head[:i] + "x" + head[i+1:]
		}
	}
	zh, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(head))
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string][]byte{"/ko": ko, "/zh": zh}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(pages[r.URL.Path])
	}))
	defer srv.Close()
	f := New(Options{AllowPrivate: true, Timeout: time.Second, MaxSize: 1 << 20})
	for path, data := range pages {
		fetched := one(t, f, srv.URL+path)
		if fetched.Err != nil {
			t.Fatalf("%s: %v", path, fetched.Err)
		}
		file, err := importer.Parse(data, importer.Source{Name: "page.html", URL: srv.URL + path})
		if err != nil {
			t.Fatalf("%s as a file: %v", path, err)
		}
		a, b := fetched.Article, file
		if a.Title != b.Title || a.Site != b.Site || a.Author != b.Author || a.Published != b.Published || a.Text() != b.Text() {
			t.Errorf("%s: fetched %q %q %q %q, as a file %q %q %q %q", path, a.Title, a.Site, a.Author, a.Published, b.Title, b.Site, b.Author, b.Published)
		}
	}
	if a := one(t, f, srv.URL+"/ko").Article; a.Author != "김경희" || a.Published != "2018-08-25" || a.Site != "한국시사일보" {
		t.Errorf("Korean page: %q %q %q", a.Author, a.Published, a.Site)
	}
	if a := one(t, f, srv.URL+"/zh").Article; a.Title != "国防合作" {
		t.Errorf("GBK page declared late: title %q", a.Title)
	}
}
