package importer

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/yuin/goldmark"
	meta "github.com/yuin/goldmark-meta"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

var (
	markdownParser = goldmark.New(goldmark.WithExtensions(meta.Meta)).Parser()
	plainParser    = goldmark.New().Parser()
)

// readMarkdown builds an article from Markdown: front matter gives title,
// site, author, date, address and language; a leading level-1 heading is the
// title; other headings open sections.
func readMarkdown(src []byte) *builder {
	src = []byte(briefing.BoundMarkdown(string(src)))
	b := &builder{}
	if frontMatterLen(src) > maxFrontMatter {
		// Real front matter is a few lines; parsing megabytes of nested
		// YAML takes minutes. Keep it as text.
		return readMarkdownBody(b, plainParser.Parse(text.NewReader(src)), src)
	}
	ctx := parser.NewContext()
	doc := markdownParser.Parse(text.NewReader(src), parser.WithContext(ctx))
	if m, err := meta.TryGet(ctx); err != nil {
		// Not front matter after all (or broken YAML): keep those lines as
		// text rather than lose them.
		doc = plainParser.Parse(text.NewReader(src))
	} else {
		frontMatter(&b.a, m)
	}
	return readMarkdownBody(b, doc, src)
}

// maxFrontMatter is the most front matter read as such.
const maxFrontMatter = 16 << 10

// frontMatterLen returns the length of the front matter src starts with, or
// 0 if it has none.
func frontMatterLen(src []byte) int {
	if !bytes.HasPrefix(src, []byte("---\n")) && !bytes.HasPrefix(src, []byte("---\r\n")) {
		return 0
	}
	if end := bytes.Index(src[3:], []byte("\n---")); end >= 0 {
		return end + 3
	}
	return len(src)
}

// readMarkdownBody reads the title and sections of a parsed document.
func readMarkdownBody(b *builder, doc ast.Node, src []byte) *builder {
	first := true
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && first && h.Level == 1 && b.a.Title == "" {
			b.a.Title = inlineText(h, src)
			first = false
			continue
		}
		first = false
		markdownBlock(b, n, src)
	}
	return b
}

func markdownBlock(b *builder, n ast.Node, src []byte) {
	switch n := n.(type) {
	case *ast.Heading:
		t := inlineText(n, src)
		if t != b.a.Title {
			b.heading(t)
		}
	case *ast.Paragraph, *ast.TextBlock:
		b.paragraph(inlineText(n, src))
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		b.paragraph(string(n.Lines().Value(src)))
	case *ast.List, *ast.ListItem, *ast.Blockquote:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			markdownBlock(b, c, src)
		}
	}
}

// inlineText returns the text of a block's inline content, with soft line
// breaks as spaces and markup removed.
func inlineText(n ast.Node, src []byte) string {
	var sb strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			sb.Write(c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				sb.WriteByte(' ')
			}
		case *ast.String:
			sb.Write(c.Value)
		case *ast.AutoLink:
			sb.Write(c.URL(src))
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return sb.String()
}

// frontMatter copies the known keys of Markdown front matter into a.
func frontMatter(a *briefing.Article, m map[string]any) {
	get := func(keys ...string) string {
		for _, k := range keys {
			if v, ok := m[k]; ok && v != nil {
				if t, ok := v.(time.Time); ok {
					return t.Format(time.DateOnly)
				}
				return strings.TrimSpace(fmt.Sprint(v))
			}
		}
		return ""
	}
	a.Title = get("title")
	a.Site = get("site", "source", "publisher")
	a.Author = get("author", "byline")
	a.Published = normaliseDate(get("date", "published"))
	a.URL = get("url", "address", "link")
	a.Language = get("language", "lang")
}
