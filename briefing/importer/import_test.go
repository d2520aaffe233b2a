package importer

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/briefdesk/briefdesk/briefing"
)

// outline is a compact picture of an article's structure for comparisons.
func outline(a *briefing.Article) []string {
	var out []string
	for _, s := range a.Sections {
		out = append(out, "## "+s.Heading)
		for _, p := range s.Paragraphs {
			r := []rune(p)
			out = append(out, string(r[:min(len(r), 12)]))
		}
	}
	return out
}

func mustRead(t *testing.T, name string) *briefing.Article {
	t.Helper()
	a, err := ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return a
}

func TestPlainTextHeadings(t *testing.T) {
	a := mustRead(t, "headed-ko.txt")
	want := []string{
		"## ", "주한미군 순환배치 논의",
		"## 동맹 협의의 현주소", "양국 외교·국방 당국은", "회의에 참석한 관계자들",
		"## 연합 방위태세, 무엇이 달라지나", "연합연습은 기존 일정대", "확장억제 협의체의 회의",
		"## 정비와 방산 협력", "국내 조선소의 함정 정", "방산업계는 공동생산 논",
		"## 앞으로의 과제는 무엇인가?", "우주와 사이버, 인공지",
	}
	if got := outline(a); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("outline:\n got %q\nwant %q", got, want)
	}
	if a.Title != "headed-ko" || a.Language != "ko" {
		t.Errorf("title %q language %q, want the file name and ko", a.Title, a.Language)
	}
}

func TestHardWrappedText(t *testing.T) {
	a := mustRead(t, "wrapped-en.txt")
	if a.Title != "Allies weigh a new maintenance hub" {
		t.Errorf("title = %q", a.Title)
	}
	if len(a.Sections) != 3 || a.Sections[1].Heading != "Background" || a.Sections[2].Heading != "What officials said" {
		t.Fatalf("sections: %q", outline(a))
	}
	lead := a.Sections[0].Paragraphs[0]
	if !strings.Contains(lead, "could be set up at Korean yards, officials said on Tuesday. The talks") {
		t.Errorf("wrapped lines not joined with one space: %q", lead)
	}
	if a.Language != "en" {
		t.Errorf("language = %q", a.Language)
	}
}

// TestEssayStructure reads an essay laid out like the article the product
// was conceived from: a lead paragraph with the first heading on the next
// line, a line holding only a space, headings with and without a colon, a
// one-word last heading, and 14 paragraphs of one line each.
func TestEssayStructure(t *testing.T) {
	a, err := ReadFile(filepath.Join("testdata", "essay-ko.txt"))
	if err != nil {
		t.Fatal(err)
	}
	headed := 0
	for _, s := range a.Sections {
		if s.Heading != "" {
			headed++
		}
	}
	if a.Sections[0].Heading != "" || len(a.Sections[0].Paragraphs) != 1 || headed != 4 || a.ParagraphCount() != 14 {
		t.Errorf("want a lead paragraph, 4 headed sections and 14 paragraphs; got %d headed, %d paragraphs: %q", headed, a.ParagraphCount(), outline(a))
	}
}

func TestEncodings(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "headed-ko.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := mustRead(t, "headed-ko.txt")
	eucKR, err := korean.EUCKR.NewEncoder().Bytes(src)
	if err != nil {
		t.Fatal(err)
	}
	utf16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(src)
	utf16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes(src)
	nfd := []byte(norm.NFD.String(string(src)))
	cases := map[string][]byte{
		"euc-kr":   eucKR,
		"utf-16le": utf16le,
		"utf-16be": utf16be,
		"utf-8bom": append([]byte("\xef\xbb\xbf"), src...),
		"crlf":     bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n")),
		"nfd":      nfd,
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			a, err := Parse(data, Source{Name: "headed-ko.txt"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Text() != want.Text() {
				t.Errorf("text differs from the UTF-8 import:\n%s", a.Text())
			}
			if !norm.NFC.IsNormalString(a.Text()) {
				t.Error("text is not NFC")
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), ErrBinary},
		{"empty.txt", []byte("  \n\n\t\n"), ErrEmpty},
		{"latin1.txt", []byte("caf\xe9 \xff\xfe\xfd"), ErrEncoding},
		{"doc.pdf", []byte("%PDF-1.4"), ErrFormat},
		{"blank.html", []byte("<html><body><nav>menu</nav></body></html>"), ErrEmpty},
	}
	for _, c := range cases {
		_, err := Parse(c.data, Source{Name: c.name})
		if !errors.Is(err, c.want) {
			t.Errorf("%s: error %v, want %v", c.name, err, c.want)
		}
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	a := mustRead(t, "front.md")
	if a.Title != "NCG 회의, 확장억제 실행력 점검" || a.Site != "안보정책 브리프" || a.Author != "박지원" ||
		a.Published != "2026-03-04" || a.URL != "https://example.org/ncg-meeting" {
		t.Errorf("metadata: %+v", a)
	}
	want := []string{"## ", "첫 문단은 리드입니다.", "## 회의 결과", "정보 공유 절차를 정례", "공동 기획을 확대한다", "인용된 발언도 문단이 "}
	if got := outline(a); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("outline:\n got %q\nwant %q", got, want)
	}
	if p := a.Sections[0].Paragraphs[0]; p != "첫 문단은 리드입니다. 줄이 바뀌어도 같은 문단으로 이어집니다." {
		t.Errorf("soft line break not a space: %q", p)
	}
}

func TestHTMLExtraction(t *testing.T) {
	a := mustRead(t, "news.html")
	if a.Title != "Allies expand ship repair talks" || a.Site != "Harbor Times" || a.Author != "Lee Morgan" ||
		a.Published != "2026-05-02" || a.URL != "https://harbor.example.com/2026/05/ship-repair" {
		t.Errorf("metadata: title %q site %q author %q date %q url %q", a.Title, a.Site, a.Author, a.Published, a.URL)
	}
	text := a.Text()
	for _, junk := range []string{"cookies", "Home", "Most read", "Celebrity", "Great article", "All rights reserved"} {
		if strings.Contains(text, junk) {
			t.Errorf("boilerplate %q reached the article:\n%s", junk, text)
		}
	}
	want := []string{"## ", "Officials fr", "## Yards ready for more work", "Two shipbuil", "Navy officia", "## Questions in Congress", "Some lawmake"}
	if got := outline(a); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("outline:\n got %q\nwant %q", got, want)
	}
}

func TestHTMLLegacyKoreanEncoding(t *testing.T) {
	page := `<html><head><title>한미 연합연습 일정 발표</title></head><body><article>` +
		`<p>국방부는 오늘 하반기 연합연습 일정을 발표했다. 연습은 다음 달 첫째 주에 시작해 열흘 동안 이어진다.</p>` +
		`<p>군 당국은 야외기동훈련의 비중을 늘리고 지휘소 연습과 연계하는 방안을 검토하고 있다고 설명했다.</p>` +
		`</article></body></html>`
	euc, err := korean.EUCKR.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"no declaration": euc,
		"meta charset":   bytes.Replace(euc, []byte("<head>"), []byte(`<head><meta charset="euc-kr">`), 1),
	} {
		a, err := Parse(data, Source{Name: "page.html"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(a.Text(), "연합연습 일정을 발표했다") || a.Language != "ko" {
			t.Errorf("%s: not decoded as CP949: %q", name, a.Text())
		}
	}
	// The HTTP header's charset wins over guessing.
	a, err := Parse(euc, Source{Name: "page", Format: FormatHTML, ContentType: "text/html; charset=euc-kr"})
	if err != nil || !strings.Contains(a.Text(), "지휘소 연습") {
		t.Errorf("content type charset: %v %q", err, a)
	}
}

func TestFolder(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":         "첫 번째 기사 제목\n\n본문 문단입니다. 동맹 협력이 계속된다.",
		"sub/b.md":      "# Second\n\nBody text of the second article.",
		"sub/notes.pdf": "%PDF",
		".hidden/c.txt": "숨은 파일",
		"한글 폴더/기사.html": "<html><body><article><p>한글 이름의 파일에서 읽은 기사 본문입니다. 충분히 긴 문장으로 씁니다.</p></article></body></html>",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, r := range ReadPath(dir) {
		rel, _ := filepath.Rel(dir, r.Input)
		switch {
		case r.Skipped:
			got = append(got, "skip "+rel)
		case r.Err != nil:
			got = append(got, "fail "+rel+": "+r.Err.Error())
		default:
			got = append(got, "ok "+rel+": "+r.Article.Title)
		}
	}
	want := []string{"ok a.txt: 첫 번째 기사 제목", "ok sub/b.md: Second", "skip sub/notes.pdf", "ok 한글 폴더/기사.html: 기사"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("folder import:\n got %q\nwant %q", got, want)
	}
	if r := ReadPath(filepath.Join(dir, "missing.txt")); len(r) != 1 || r[0].Err == nil {
		t.Errorf("missing file: %+v", r)
	}
}

func TestSameArticleSameID(t *testing.T) {
	a := mustRead(t, "front.md")
	b := mustRead(t, "front.md")
	c := mustRead(t, "headed-ko.txt")
	if a.ID != b.ID || a.ID == c.ID {
		t.Errorf("ids: %s %s %s", a.ID, b.ID, c.ID)
	}
}

func TestNormaliseDate(t *testing.T) {
	cases := map[string]string{
		"2026-11-18T09:30:00+09:00":     "2026-11-18",
		"2026년 11월 8일":                  "2026-11-08",
		"2026.11.18 09:30":              "2026-11-18",
		"Tue, 03 Nov 2026 10:00:00 GMT": "2026-11-03",
		"November 3, 2026":              "2026-11-03",
		"2026년 2월 30일":                  "",
		"어제":                            "",
	}
	for in, want := range cases {
		if got := normaliseDate(in); got != want {
			t.Errorf("normaliseDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlainTextBylines(t *testing.T) {
	body := "\n\n한미 양국은 다음 달 연합연습 일정을 확정했다고 밝혔다. 합참은 훈련 규모를 유지한다고 설명했다.\n\n둘째 문단은 평이한 설명이다. 관계자들은 일정을 공개하지 않았다.\n"
	cases := []struct {
		byline, site, author, date string
	}{
		{"연합뉴스 · 2026-11-20", "연합뉴스", "", "2026-11-20"},
		{"김철수 기자 · 국방일보 · 2026.11.20 09:30", "국방일보", "김철수 기자", "2026-11-20"},
		{"입력 2026.11.20. 오전 9:30 | 수정 2026.11.21", "", "", "2026-11-20"},
		{"By Jane Doe / Reuters / Nov. 20, 2026", "Reuters", "Jane Doe", "2026-11-20"},
	}
	for _, tc := range cases {
		a, err := Parse([]byte("한미 연합연습 일정 확정\n\n"+tc.byline+body), Source{Name: "byline.txt", Format: FormatText})
		if err != nil {
			t.Fatal(err)
		}
		if a.Site != tc.site || a.Author != tc.author || a.Published != tc.date {
			t.Errorf("%q: site %q author %q date %q", tc.byline, a.Site, a.Author, a.Published)
		}
		for _, s := range a.Sections {
			if s.Heading == tc.byline {
				t.Errorf("%q became a heading", tc.byline)
			}
			for _, p := range s.Paragraphs {
				if p == tc.byline {
					t.Errorf("%q stayed in the text", tc.byline)
				}
			}
		}
		if a.Title != "한미 연합연습 일정 확정" {
			t.Errorf("title %q", a.Title)
		}
	}
	// A heading that holds a date is still a heading.
	a, err := Parse([]byte("제목\n\n2026년 11월 20일 회의 결과"+body), Source{Name: "h.txt", Format: FormatText})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "" || a.Sections[0].Heading != "2026년 11월 20일 회의 결과" {
		t.Errorf("a dated heading was read as a byline: %q, %q", a.Published, a.Sections[0].Heading)
	}
}

// TestAFileNameSaysNothingOfTheLanguage checks that a title made from an
// English file name does not make a short Korean text English.
func TestAFileNameSaysNothingOfTheLanguage(t *testing.T) {
	a, err := Parse([]byte("짧은 한국어 본문."), Source{Name: "weekly_report_final_draft.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "weekly report final draft" || a.Language != "ko" {
		t.Errorf("title %q, language %q", a.Title, a.Language)
	}
}
