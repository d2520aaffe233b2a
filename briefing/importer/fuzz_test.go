package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// checkArticle asserts what every successful import guarantees.
func checkArticle(t *testing.T, data []byte, src Source) {
	a, err := Parse(data, src)
	if err != nil {
		if a != nil {
			t.Fatalf("article and error both returned: %v", err)
		}
		return
	}
	if a.ID == "" || a.Title == "" || (a.Language != "ko" && a.Language != "en") {
		t.Fatalf("incomplete article: id %q title %q language %q", a.ID, a.Title, a.Language)
	}
	if a.ParagraphCount() == 0 {
		t.Fatal("article without paragraphs")
	}
	for _, s := range a.Sections {
		if len(s.Paragraphs) == 0 {
			t.Fatalf("empty section %q", s.Heading)
		}
		for _, p := range append([]string{s.Heading}, s.Paragraphs...) {
			if !utf8.ValidString(p) || !norm.NFC.IsNormalString(p) || p != strings.TrimSpace(p) {
				t.Fatalf("paragraph not clean NFC UTF-8: %q", p)
			}
			if strings.ContainsAny(p, "\n\r\t\x00") {
				t.Fatalf("paragraph with control characters: %q", p)
			}
		}
	}
}

func seed(f *testing.F, names ...string) {
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzParseText(f *testing.F) {
	seed(f, "headed-ko.txt", "wrapped-en.txt")
	f.Add([]byte("\xff\xfe\x00"))
	f.Add([]byte("제목\n\n\n# 머리\n본문"))
	f.Fuzz(func(t *testing.T, data []byte) { checkArticle(t, data, Source{Name: "f.txt"}) })
}

func FuzzParseMarkdown(f *testing.F) {
	seed(f, "front.md")
	f.Add([]byte("---\ntitle: [unclosed\n---\n# x"))
	f.Add([]byte("> - [a](b)\n\n```\ncode\n```"))
	f.Fuzz(func(t *testing.T, data []byte) { checkArticle(t, data, Source{Name: "f.md"}) })
}

func FuzzParseHTML(f *testing.F) {
	seed(f, "news.html")
	f.Add([]byte(`<meta charset="euc-kr"><p>` + "\xc7\xd1\xb1\xb9" + `</p>`))
	f.Add([]byte(`<script type="application/ld+json">{"@type":["NewsArticle"],"author":[1,{"name":2}]}</script>`))
	f.Fuzz(func(t *testing.T, data []byte) { checkArticle(t, data, Source{Name: "f.html"}) })
}

func FuzzParseHWP(f *testing.F) {
	f.Add(hwpFile(hwpSectionFixture(), hwpCompressed))
	f.Add(hwpFile(hwpSectionFixture(), 0))
	f.Add(hwpFile(hwpSectionFixture(), hwpDistributed))
	f.Fuzz(func(t *testing.T, data []byte) { checkArticle(t, data, Source{Name: "f.hwp"}) })
}

func FuzzParseHWPX(f *testing.F) {
	f.Add(sampleHWPX().bytes(f))
	f.Fuzz(func(t *testing.T, data []byte) { checkArticle(t, data, Source{Name: "f.hwpx"}) })
}

func FuzzParseDOCX(f *testing.F) {
	f.Add(docxOf(f, "T", `<w:p><w:r><w:t>a</w:t><w:footnoteReference w:id="1"/></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
		`<w:footnote w:id="1"><w:p><w:r><w:t>n</w:t></w:r></w:p></w:footnote>`))
	f.Fuzz(func(t *testing.T, data []byte) { checkArticle(t, data, Source{Name: "f.docx"}) })
}
