package markdown

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/briefdesk/briefdesk/briefing"
)

// hostile returns a briefing whose every field tries to become Markdown.
func hostile(field, commentary string) *briefing.Briefing {
	tmpl, _ := briefing.ParseTemplate([]byte(`{"id":"x","topics":[{"id":"a","names":{"ko":"동맹"}}]}`))
	b := briefing.New(tmpl, "ko", time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))
	b.Details.Title, b.Details.Subtitle, b.Details.Marking = field, field, field
	b.Details.Author, b.Details.Organization = field, field
	b.Topics[0].Title = field
	b.Summary, b.Topics[0].Commentary = commentary, commentary
	a := briefing.Article{Title: field, Site: field, Author: field, Published: field, URL: field, Language: "ko",
		Sections: []briefing.Section{{Paragraphs: []string{field}}}}
	a.AssignID()
	b.AddArticle(a)
	b.AddExcerpt("a", a.ID, 0, 0, -1)
	return b
}

// check parses the export and reports every link, image and piece of HTML
// a viewer would act on, and the number of headings.
func check(t *testing.T, md string) (headings int) {
	t.Helper()
	src := []byte(md)
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			headings++
		case *ast.Link:
			if !briefing.SafeLink(string(n.Destination)) {
				t.Errorf("a link to %q", n.Destination)
			}
		case *ast.AutoLink:
			if u := string(n.URL(src)); !briefing.SafeLink(u) {
				t.Errorf("an autolink to %q", u)
			}
		case *ast.Image:
			t.Errorf("an image from %q", n.Destination)
		case *ast.RawHTML, *ast.HTMLBlock:
			t.Errorf("raw HTML at %s", n.Kind())
		}
		return ast.WalkContinue, nil
	})
	return headings
}

func TestPlainFieldsStayText(t *testing.T) {
	for _, field := range []string{
		"# 제목\n## 둘째",
		"[누르세요](javascript:alert(1))",
		"![](https://tracker.example/pixel.png)",
		"<script>alert(1)</script>",
		"<img src=x onerror=alert(1)>",
		"- 목록\n1. 번호",
		"2026. 11. 25.",
		"https://x.example/a> <javascript:alert(1)",
		"*강조* _기울임_ `코드` ~~줄~~ | 표 |",
		"&lt;script&gt; &#60;",
		"[a]: javascript:alert(1)",
		"\u202e" + "gpj.exe",
		"> 인용\n>> 깊은 인용",
	} {
		var buf bytes.Buffer
		if err := Write(&buf, hostile(field, "평가.")); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		// Title, summary, topic and sources: nothing else is a heading.
		if h := check(t, out); h != 4 {
			t.Errorf("%q: %d headings, want 4:\n%s", field, h, out)
		}
		if strings.Contains(out, "\u202e") {
			t.Errorf("%q: a bidi override is in the export", field)
		}
	}
}

func TestCommentaryKeepsSafeMarkdown(t *testing.T) {
	commentary := "## 평가\n\n**핵심:** [국방부](https://mnd.example/a) 발표와 <https://news.example/b>, [메일](mailto:desk@example.org).\n\n" +
		"- 하나\n  - 둘\n1. 셋\n\n* 별\n  * 둘\n\n> 인용문\n\n```\n<b>코드</b>\n```\n\n" +
		"[악성](javascript:alert(1)) [파일](file:///etc/passwd) ![추적](https://tracker.example/p.png) <script>x</script> [상대](../a)\n\n" +
		"[참조][r]\n\n[r]: data:text/html,hi\n"
	var buf bytes.Buffer
	if err := Write(&buf, hostile("제목", commentary)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	check(t, out)
	for _, want := range []string{
		"#### 평가", "**핵심:** [국방부](<https://mnd.example/a>)", "<https://news.example/b>", "[메일](<mailto:desk@example.org>)",
		"\\- 하나  \n\u00a0\u00a0\u00a0\u00a0\\- 둘", "1. 셋", "- 별\n  - 둘", "> 인용문", "```\n<b>코드</b>\n```",
		"악성 파일 \\[추적: https://tracker.example/p.png\\] \\<script\\>x\\</script\\> 상대", "참조",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("export lacks %q:\n%s", want, out)
		}
	}
}

// FuzzWrite writes briefings with arbitrary fields and commentary: the
// Markdown must never hold a link a reader should not follow, an image, or
// raw HTML, and plain fields never add a heading.
func FuzzWrite(f *testing.F) {
	for _, s := range []string{"# x", "[a](javascript:x)", "<b>", "![i](http://x/y)", "> > - [a](<b>)", "`a` *b* _c_", "1) x", "<http://a.example/>",
		"□ 가\n○ 나\n- 다\n  - 라\n· 마\\\n바  \n사", "첫 문단\n둘째 줄\n\n- 둘째 문단\n===\n> 인용", "\\- a\n&#45; b\n&#x3c;script&#62;\n\\&amp;"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, field, commentary string) {
		var buf bytes.Buffer
		if err := Write(&buf, hostile(field, commentary)); err != nil {
			t.Fatal(err)
		}
		check(t, buf.String())
		var plain bytes.Buffer
		Write(&plain, hostile(field, "평가."))
		if h := check(t, plain.String()); h != 4 {
			t.Errorf("field %q made %d headings", field, h)
		}
	})
}
