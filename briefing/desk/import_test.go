package desk

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

const pageHTML = `<html><head><title>%s</title></head><body><article>
<p>한미 양국은 함정 정비 협력을 넓히기로 했다. 국내 조선소의 수리 물량이 늘고 있다.</p>
<p>방산업계는 공동생산 논의가 구체화되기를 기대하고 있다고 밝혔다.</p></article></body></html>`

// newsServer serves two pages with the same text, one missing page and a
// feed listing the first page.
func newsServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	page := func(title string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, pageHTML, title)
		}
	}
	mux.HandleFunc("/a", page("정비 협력 기사"))
	mux.HandleFunc("/mirror", page("정비 협력 기사 (재전송)"))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func feedXML(links ...string) string {
	var items strings.Builder
	for i, l := range links {
		fmt.Fprintf(&items, "<item><title>항목 %d</title><link>%s</link></item>", i+1, l)
	}
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>소식</title>` + items.String() + `</channel></rss>`
}

// files writes files into a new folder and returns it.
func files(t *testing.T, content map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range content {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// outcome describes a result in a word, for comparing.
func outcome(r Result) string {
	switch {
	case r.Skipped:
		return "skipped"
	case r.Err != nil:
		return "error: " + r.Err.Error()
	case r.SameAs != "":
		return "same as " + filepath.Base(r.SameAs)
	}
	return "article: " + r.Article.Title
}

func TestImportEveryKindOfInput(t *testing.T) {
	srv := newsServer(t)
	dir := files(t, map[string]string{
		"기사/연합연습.txt":    "연합연습 발표\n\n한미 양국이 다음 달 연합연습을 한다.",
		"기사/사진.jpg":      "\xff\xd8\xff",
		"기사/.숨김.txt":     "숨긴 파일",
		"기사/복사본.md":      "# 연합연습 발표\n\n한미 양국이 다음 달 연합연습을 한다.",
		"소식.rss":         feedXML(srv.URL + "/a"),
		"broken.txt":     "\x00\x01\x02binary\x00",
		"notes.docx.zip": "x",
	})
	inputs := []Input{
		Arg(filepath.Join(dir, "기사"), nil),
		Arg(filepath.Join(dir, "missing.md"), nil),
		Arg(filepath.Join(dir, "broken.txt"), nil),
		Arg(srv.URL+"/a", nil),
		Arg(filepath.Join(dir, "소식.rss"), nil),
		Arg(srv.URL+"/gone", nil),
		Arg("-", strings.NewReader("표준 입력 기사\n\n확장억제 협의가 이어진다.")),
		Pasted("붙여 넣은 글", PastedDetails{Title: "붙여 넣은 제목"}, "정비 협력 본문이다."),
		Reader("열린 파일.html", strings.NewReader(fmt.Sprintf(pageHTML, "정비 협력 기사 (파일)"))),
		Arg(filepath.Join(dir, "notes.docx.zip"), nil),
	}
	var progress [][2]int
	rs := NewImporter(WebOptions{AllowPrivate: true}).Import(context.Background(), inputs, func(done, total int) {
		progress = append(progress, [2]int{done, total})
	})
	want := []string{
		"article: 연합연습 발표",
		"skipped",
		"same as 복사본.md",
		"error: no such file or directory",
		"error: not a text file",
		"article: 정비 협력 기사",
		"same as a", // the feed's entry is the page imported above
		"error: the server answered 404 Not Found",
		"article: 표준 입력 기사",
		"article: 붙여 넣은 제목",
		"same as a",
		"error: unsupported file type",
	}
	var got []string
	for _, r := range rs {
		got = append(got, outcome(r))
	}
	if len(got) != len(want) {
		t.Fatalf("%d results, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("result %d (%s): %s, want %s", i, rs[i].Input, got[i], want[i])
		}
	}
	if len(progress) != len(inputs) || progress[len(progress)-1] != [2]int{len(inputs), len(inputs)} {
		t.Errorf("progress %v", progress)
	}
	if rs[8].Input != "-" || rs[9].Input != "붙여 넣은 글" {
		t.Errorf("inputs named %q and %q", rs[8].Input, rs[9].Input)
	}

	l := NewLibrary("")
	rep := l.AddResults(rs)
	if rep.Added != 4 || rep.Repeated != 3 || rep.Failed != 4 || rep.Skipped != 1 || rep.Known != 0 {
		t.Errorf("report: %v", rep)
	}
	if rep.First() == nil || rep.First().Title != "연합연습 발표" {
		t.Errorf("first article: %v", rep.First())
	}
	// The same import again finds everything in the library.
	rep = l.AddResults(rs)
	if rep.Added != 0 || rep.Known != 4 || rep.First() == nil {
		t.Errorf("again: %v", rep)
	}
}

func TestImportCancelled(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	dir := files(t, map[string]string{"a.txt": "제목\n\n본문이다."})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rs := NewImporter(WebOptions{AllowPrivate: true}).Import(ctx, []Input{Arg(filepath.Join(dir, "a.txt"), nil), Arg(srv.URL+"/x", nil)}, nil)
	if len(rs) != 2 || hits.Load() != 0 {
		t.Fatalf("%d results, %d requests", len(rs), hits.Load())
	}
	for _, r := range rs {
		if r.Err == nil || !strings.Contains(r.Err.Error(), "cancelled") {
			t.Errorf("%s: %v, want cancelled", r.Input, r.Err)
		}
	}
}

func TestFeedFilesHaveTheSizeLimit(t *testing.T) {
	big := files(t, map[string]string{"큰.xml": "<rss>" + strings.Repeat(" ", 21<<20) + "</rss>"})
	rs := NewImporter(WebOptions{AllowPrivate: true}).Import(context.Background(), []Input{Path(filepath.Join(big, "큰.xml"))}, nil)
	if len(rs) != 1 || rs[0].Err == nil || !strings.Contains(rs[0].Err.Error(), "larger than") {
		t.Errorf("a 21 MB feed file: %+v", rs)
	}
	rs = NewImporter(WebOptions{AllowPrivate: true}).Import(context.Background(), []Input{Path(filepath.Join(big, "없는.rss"))}, nil)
	if len(rs) != 1 || !errors.Is(rs[0].Err, os.ErrNotExist) {
		t.Errorf("a missing feed file: %+v", rs)
	}
}

func TestInputKinds(t *testing.T) {
	cases := []struct {
		arg  string
		kind InputKind
	}{
		{"-", FromReader},
		{"https://news.example/a", FromAddress},
		{"ftp://news.example/a", FromAddress}, // refused by the fetcher, with its reason
		{"기사.txt", FromPath},
		{"기사 모음", FromPath},
		{"소식.RSS", FromFeed},
		{"feed.atom", FromFeed},
		{"sitemap.xml", FromFeed},
	}
	for _, tc := range cases {
		if got := Arg(tc.arg, nil).Kind; got != tc.kind {
			t.Errorf("Arg(%q) is kind %d, want %d", tc.arg, got, tc.kind)
		}
	}
	exts := strings.Join(ImportExtensions(), " ")
	for _, e := range []string{".txt", ".md", ".html", ".hwp", ".hwpx", ".docx", ".rss", ".atom", ".xml"} {
		if !strings.Contains(exts, e) {
			t.Errorf("import extensions lack %s", e)
		}
	}
}

func TestPastedDetails(t *testing.T) {
	im := NewImporter(WebOptions{})
	text := "한미 정비 협력\n\n연합뉴스 · 2026-11-20\n\n정비 협력 본문이다. 양국은 함정 정비를 논의했다.\n"
	rs := im.Import(context.Background(), []Input{
		Pasted("붙여 넣은 글", PastedDetails{}, text),
		Pasted("붙여 넣은 글", PastedDetails{Site: "국방일보", Published: "2026-11-21", URL: "https://news.example/a/1", Author: "김 기자"}, text+"\n덧붙인 문단이다.\n"),
		Pasted("붙여 넣은 글", PastedDetails{Published: "11/21"}, text),
		Pasted("붙여 넣은 글", PastedDetails{URL: "javascript:alert(1)"}, text),
	}, nil)
	if len(rs) != 4 {
		t.Fatalf("%d results", len(rs))
	}
	if a := rs[0].Article; a == nil || a.Site != "연합뉴스" || a.Published != "2026-11-20" || a.Title != "한미 정비 협력" {
		t.Errorf("from the text's byline: %+v", a)
	}
	if a := rs[1].Article; a == nil || a.Site != "국방일보" || a.Published != "2026-11-21" || a.URL != "https://news.example/a/1" || a.Author != "김 기자" {
		t.Errorf("the user's details do not win: %+v", a)
	}
	if !errors.Is(rs[2].Err, ErrDate) || !errors.Is(rs[3].Err, ErrAddress) {
		t.Errorf("bad details: %v; %v", rs[2].Err, rs[3].Err)
	}
}

func TestImportableFiles(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"나.txt", "가.md", "sub/다.html", "sub/feed.rss", "image.png", ".hidden/x.txt", "sub/.secret.txt"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("text"), 0o644)
	}
	files, more, err := ImportableFiles(dir)
	if err != nil || more {
		t.Fatal(err, more)
	}
	want := []string{"sub/feed.rss", "sub/다.html", "가.md", "나.txt"}
	if strings.Join(files, ",") != strings.Join(want, ",") {
		t.Errorf("files %v, want %v", files, want)
	}
	if _, _, err := ImportableFiles(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing folder gave no error")
	}
}

func TestPastedTitleThatReadsLikeASentence(t *testing.T) {
	im := NewImporter(WebOptions{})
	rs := im.Import(context.Background(), []Input{Pasted("붙여 넣은 글", PastedDetails{Title: "국방부, 연합연습 일정 발표."}, "첫 문단이다. 일정이 나왔다.\n\n둘째 문단이다.\n")}, nil)
	a := rs[0].Article
	if a == nil || a.Title != "국방부, 연합연습 일정 발표." {
		t.Fatalf("title: %+v", a)
	}
	if p := a.Sections[0].Paragraphs[0]; p != "첫 문단이다. 일정이 나왔다." {
		t.Errorf("the title stayed in the text: first paragraph %q", p)
	}
}
