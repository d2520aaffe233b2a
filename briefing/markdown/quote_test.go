package markdown

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// TestExcerptKeepsParagraphs edits an excerpt into paragraphs and lines: a
// reader of the export sees each paragraph as a paragraph of the quote,
// each line on its own line, and nothing of the text read as Markdown.
func TestExcerptKeepsParagraphs(t *testing.T) {
	b := hostile("제목", "평가.")
	id := b.Topics[0].Excerpts[0].ID
	b.EditExcerpt(id, "첫 문단 첫 줄\r\n첫 문단 둘째 줄\n\n둘째 문단.\n \n\n- 셋째 문단은 줄표로\n# 넷째 줄은 샵으로\n")
	var buf bytes.Buffer
	if err := Write(&buf, b); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	src := []byte(md)
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	var quote ast.Node
	for n := doc.FirstChild(); n != nil && quote == nil; n = n.NextSibling() {
		if q, ok := n.(*ast.Blockquote); ok {
			quote = q
		}
	}
	if quote == nil {
		t.Fatalf("no block quote in:\n%s", md)
	}
	for p := quote.FirstChild(); p != nil; p = p.NextSibling() {
		if _, ok := p.(*ast.Paragraph); !ok {
			t.Errorf("the quote holds a %s", p.Kind())
		}
	}
	got := shownIn(quote, src)
	want := [][]string{
		{"첫 문단 첫 줄", "첫 문단 둘째 줄"},
		{"둘째 문단."},
		{"- 셋째 문단은 줄표로", "# 넷째 줄은 샵으로"},
	}
	if len(got) != len(want)+1 || !reflect.DeepEqual(got[:len(want)], want) {
		t.Errorf("the quote shows %q, want %q and the source:\n%s", got, want, md)
	}
	var html bytes.Buffer
	goldmark.Convert(src, &html)
	if !strings.Contains(html.String(), "<blockquote>\n<p>첫 문단 첫 줄<br>\n첫 문단 둘째 줄</p>\n<p>둘째 문단.</p>\n<p>- 셋째 문단은 줄표로<br>\n# 넷째 줄은 샵으로</p>\n<p>— ") {
		t.Errorf("the excerpt renders as:\n%s", html.String())
	}
}
