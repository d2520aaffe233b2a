package markdown

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/briefdesk/briefdesk/briefing"
)

// parser reads the analyst's Markdown as the handout does: no extensions.
var parser = goldmark.New().Parser()

// writeMarkdown copies the analyst's Markdown (summary, commentary) into the
// document through its syntax tree, so that only what a reader may safely
// follow survives: links to http, https and mailto addresses stay links;
// other links become their text; images become their text and address, as
// text, so that no viewer fetches them; raw HTML is shown as text.
func writeMarkdown(w *strings.Builder, src string) {
	source := []byte(briefing.BoundMarkdown(src))
	doc := parser.Parse(text.NewReader(source))
	c := copier{w: w, src: source}
	c.blocks(doc, "")
}

type copier struct {
	w   *strings.Builder
	src []byte
}

// blocks writes the block children of n, each line starting with prefix
// (quote markers and list indentation), separated by blank lines. A
// paragraph and the dash items right under it, with no blank line between,
// are one block of lines, as the analyst sees them: the points of a Korean
// report (개조식).
func (c *copier) blocks(n ast.Node, prefix string) {
	for b := n.FirstChild(); b != nil; b = b.NextSibling() {
		lines, ok := c.pointLines(b)
		if !ok {
			c.block(b, prefix)
			continue
		}
		for next := b.NextSibling(); next != nil && !next.HasBlankPreviousLines(); next = b.NextSibling() {
			more, ok := c.pointLines(next)
			if !ok {
				break
			}
			more[0].hard = true
			lines = append(lines, more...)
			b = next
		}
		c.line(prefix, writeLines(lines))
	}
}

func (c *copier) block(n ast.Node, prefix string) {
	switch n := n.(type) {
	case *ast.Heading:
		// Below the document's title (#) and the topics (##).
		c.line(prefix, strings.Repeat("#", min(n.Level+2, 6))+" "+oneLine(n, c.src))
	case *ast.Paragraph, *ast.TextBlock:
		c.line(prefix, writeLines(inlineLines(n, c.src)))
	case *ast.Blockquote:
		c.blocks(n, prefix+"> ")
		c.w.WriteString(strings.TrimRight(prefix, " ") + "\n")
	case *ast.List:
		c.list(n, prefix)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		fence := "```"
		for strings.Contains(string(n.Lines().Value(c.src)), fence) {
			fence += "`"
		}
		var sb strings.Builder
		sb.WriteString(fence + "\n")
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			sb.WriteString(prefix + strings.TrimRight(string(seg.Value(c.src)), "\n") + "\n")
		}
		sb.WriteString(prefix + fence)
		c.line(prefix, sb.String())
	case *ast.ThematicBreak:
		c.line(prefix, "---")
	case *ast.HTMLBlock:
		var sb strings.Builder
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			sb.Write(seg.Value(c.src))
		}
		c.line(prefix, Escape(strings.Join(strings.Fields(sb.String()), " ")))
	default:
		c.blocks(n, prefix)
	}
}

// list writes a list's items, their continuation lines indented under the
// marker.
func (c *copier) list(l *ast.List, prefix string) {
	num := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		marker := "- "
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		var sub strings.Builder
		inner := copier{w: &sub, src: c.src}
		inner.blocks(item, "")
		body := strings.TrimRight(sub.String(), "\n")
		if l.IsTight {
			body = strings.ReplaceAll(body, "\n\n", "\n")
		}
		indent := strings.Repeat(" ", len(marker))
		var sb strings.Builder
		for i, l := range strings.Split(body, "\n") {
			switch {
			case i == 0:
				sb.WriteString(marker + l)
			case l == "":
				sb.WriteString("\n" + strings.TrimRight(prefix, " "))
			default:
				sb.WriteString("\n" + prefix + indent + l)
			}
		}
		c.w.WriteString(prefix + sb.String() + "\n")
	}
	c.w.WriteString(strings.TrimRight(prefix, " ") + "\n")
}

// line writes one block and the blank line after it.
func (c *copier) line(prefix, s string) {
	c.w.WriteString(prefix + strings.ReplaceAll(s, "\n", "\n"+prefix) + "\n" + strings.TrimRight(prefix, " ") + "\n")
}

// Escape makes plain text safe to put into Markdown: every character that
// Markdown or HTML could read as syntax in a line is escaped with a
// backslash, as is a start that could open a list, heading or quote, and
// runs of spaces and line breaks become one space. A title, a name or an
// article's words never turn into a heading, a link, an image or markup.
func Escape(s string) string {
	return escapeStart(escapeInline(strings.Join(strings.Fields(s), " ")))
}

// escapeInline escapes the characters Markdown or HTML read as syntax
// anywhere in a line, leaves out the characters that reorder text, and
// turns line breaks into spaces.
func escapeInline(s string) string {
	s = briefing.Neutral(s)
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			sb.WriteByte(' ')
		case strings.ContainsRune("\\`*_[]<>!&|~", r):
			sb.WriteByte('\\')
			sb.WriteRune(r)
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// escapeStart escapes the start of a line that would open a list item, a
// heading, a quote or a rule.
func escapeStart(s string) string {
	if s != "" && strings.ContainsRune("-+#=", rune(s[0])) {
		return "\\" + s
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}
