package importer

import (
	"errors"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestInputsOverTheBounds reads inputs that took minutes or gigabytes: each
// is refused with a reason, or read within bounds, never silently cut.
func TestInputsOverTheBounds(t *testing.T) {
	para := "한미 양국은 함정 정비 협력을 넓히기로 했다. 국내 조선소의 수리 물량이 늘고 있다."
	cases := []struct {
		name, input string
		src         Source
		err         error  // nil: an article
		contains    string // in the error or the article's text
	}{
		{"a table of a million cells", "<html><body><table><tr>" + strings.Repeat("<td>x", 250_000) + "</table></body></html>",
			Source{Name: "cells.html"}, ErrTooComplex, "more than 200000 elements"},
		{"a paragraph over the limit", "제목\n\n" + strings.Repeat("가", briefing.MaxParagraph+1) + ".",
			Source{Name: "long.txt"}, briefing.ErrTooLong, "sections[0].paragraphs[0]: 50002 characters"},
		{"nested front matter", "---\n" + nestedYAML(3000) + "---\n\n# 제목\n\n" + para,
			Source{Name: "deep.md"}, nil, "a0:"},
		{"ordinary front matter", "---\ntitle: 정비 협력\nsite: 국방신문\n---\n\n" + para,
			Source{Name: "front.md"}, nil, para},
		{"a bidi override in a title", "<html><head><title>\u202egpj.exe</title></head><body><article><p>" + para + "</p></article></body></html>",
			Source{Name: "bidi.html"}, nil, para},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse([]byte(tc.input), tc.src)
			switch {
			case tc.err != nil:
				if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.contains) {
					t.Errorf("error %v, want %v with %q", err, tc.err, tc.contains)
				}
			case err != nil:
				t.Errorf("error %v", err)
			case !strings.Contains(a.Text(), tc.contains):
				t.Errorf("text lacks %q: %.200q", tc.contains, a.Text())
			case strings.ContainsRune(a.Title, '\u202e'):
				t.Errorf("the title keeps its bidi override: %q", a.Title)
			}
		})
	}
}

// nestedYAML returns YAML nested depth levels deep, larger than the front
// matter read as such.
func nestedYAML(depth int) string {
	var b strings.Builder
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat(" ", i%40) + "a" + strings.Repeat("x", i%7) + "0:\n")
	}
	return b.String()
}

// TestLyingCharset reads pages whose declared charset does not fit their
// bytes: the bytes are read for what they are, and bytes that are no text
// are an error.
func TestLyingCharset(t *testing.T) {
	page := "<html><head><meta charset=\"euc-kr\"><title>정비 협력</title></head><body><article><p>한미 양국은 함정 정비 협력을 넓히기로 했다. 국내 조선소의 수리 물량이 늘고 있다.</p></article></body></html>"
	a, err := Parse([]byte(page), Source{Name: "utf8-says-euckr.html"})
	if err != nil || a.Title != "정비 협력" {
		t.Errorf("UTF-8 labelled EUC-KR: %v %+v", err, a)
	}
	garbage := "<html><head><meta charset=\"utf-8\"></head><body><p>" + strings.Repeat("\xff\xfe\x01\x02\x03", 200) + "</p></body></html>"
	if _, err := Parse([]byte(garbage), Source{Name: "garbage.html"}); err == nil {
		t.Error("bytes that are no text became an article")
	}
}
