package docx

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestHostileBriefing writes a briefing whose every field carries
// characters XML 1.0 cannot hold (NUL, other controls, noncharacters,
// invalid UTF-8, which becomes U+FFFD; a vertical tab or form feed becomes
// a space), direction overrides and odd, deep and huge Markdown: the
// document is still well-formed in every part, and the words around the
// dropped characters are kept.
func TestHostileBriefing(t *testing.T) {
	bad := "\x00\x01\x08\x0b\x0c\x1b\x7f\u0085\ufffe\uffff\ufdd0\u202e\xff\xfe"
	b := fixture()
	b.Details.Title = "제목" + bad + "끝"
	b.Details.Marking = "대외" + bad + "비"
	b.Details.Author = bad
	b.Details.Subtitle = "<w:p>&amp;]]>"
	b.Topics[0].Title = "주제" + bad
	b.Topics[0].Excerpts[0].Text = "앞" + bad + "뒤\r\n\r\n둘째\r셋째"
	b.Articles[0].Site = "사이트" + bad
	b.Articles[0].URL = "https://example.org/a?b=1&c=<2>"
	var md strings.Builder
	md.WriteString("# 제목" + bad + "\n\n")
	for i := range 200 {
		md.WriteString(strings.Repeat("  ", i%40) + "- 항목" + bad + "\n")
	}
	md.WriteString("\n" + strings.Repeat("> ", 60) + "깊은 인용\n\n")
	md.WriteString("| a | b |\n|---|---|\n| 1 | 2 | 3 | 4 |\n| only |\n\n")
	md.WriteString("[^x]: 참조 없는 주석\n\n[^y]\n\n<script>alert(1)</script>\n\n")
	md.WriteString(strings.Repeat("**굵게 *기울임 ~~취소~~* 끝** `코드` ", 2000))
	b.Topics[0].Commentary = md.String()
	b.Summary = strings.Repeat("1. 목록\n", 3000) + "\n□ 요점" + bad + "\n"

	for _, st := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		data := write(t, b, Options{Style: st})
		p := readPkg(t, data)
		for name, part := range p.parts {
			walk(t, name, part, nil) // fails on anything not well-formed
			if !utf8.Valid(part) {
				t.Errorf("%s: %s is not UTF-8", st, name)
			}
			for _, c := range []string{"\x00", "\x01", "\x1b", "\u202e", "\ufffe", "\uffff"} {
				if bytes.Contains(part, []byte(c)) {
					t.Errorf("%s: %s holds %q", st, name, c)
				}
			}
		}
		text := allText(t, p.parts["word/document.xml"])
		for _, want := range []string{"앞  \uFFFD\uFFFD뒤", "둘째\n셋째", "제목  \uFFFD\uFFFD끝", "<w:p>&amp;]]>", "<script>alert(1)</script>"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: document lacks %q", st, want)
			}
		}
		if !strings.Contains(allText(t, p.parts["word/header1.xml"]), "대외  \uFFFD\uFFFD비") {
			t.Errorf("%s: the marking lost its words", st)
		}
	}
}

// TestEmptyBriefing writes a briefing with nothing in it.
func TestEmptyBriefing(t *testing.T) {
	for _, st := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		p := readPkg(t, write(t, &briefing.Briefing{}, Options{Style: st}))
		for name, part := range p.parts {
			walk(t, name, part, nil)
		}
		if text := allText(t, p.parts["word/document.xml"]); !strings.Contains(text, "출처") || !strings.Contains(text, "발췌한 기사가 없습니다.") {
			t.Errorf("%s: an empty briefing shows %q", st, text)
		}
	}
}

// TestCleanText checks the rule for text that goes into XML.
func TestCleanText(t *testing.T) {
	for in, want := range map[string]string{
		"보통 text":       "보통 text",
		"a\x00b\x1fc":   "abc",
		"a\r\nb\rc":     "a\nb\nc",
		"a\tb\nc":       "a\tb\nc",
		"a\u202eb":      "ab",
		"a\ufffeb\xffc": "ab\uFFFDc",
		"😀 𠀀":           "😀 𠀀",
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}
