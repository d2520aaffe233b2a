package markdown

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/briefdesk/briefdesk/briefing"
)

// A textLine is one line of a paragraph, as the analyst broke it.
type textLine struct {
	text  string // Markdown, escaped
	level int    // the level of the point it opens (PointLevel), or Prose
	hard  bool   // it follows a hard line break: a line of its own
	para  bool   // it starts a paragraph of the block
}

// inliner writes the inline content of a block line by line: a hard line
// break stays one, and so does a soft one before a point of a Korean report
// (개조식), as in the handout; any other soft break stays a soft break, so
// that a reader joins those lines as the handout does.
type inliner struct {
	src   []byte
	lines []textLine
	cur   textLine
	sb    strings.Builder
	start bool // nothing written on the current line yet
}

// inlineLines returns the lines of n's inline content.
func inlineLines(n ast.Node, src []byte) []textLine {
	in := inliner{src: src, start: true, cur: textLine{level: briefing.Prose}}
	in.inlines(n)
	in.newLine(false)
	return in.lines
}

// oneLine returns the inline content of n on one line, for a heading.
func oneLine(n ast.Node, src []byte) string {
	var parts []string
	for _, l := range inlineLines(n, src) {
		parts = append(parts, l.text)
	}
	return strings.Join(parts, " ")
}

// newLine ends the current line; hard tells whether the next one must stay
// a line of its own.
func (in *inliner) newLine(hard bool) {
	in.cur.text = strings.TrimRight(in.sb.String(), " \t")
	in.lines = append(in.lines, in.cur)
	in.cur = textLine{level: briefing.Prose, hard: hard}
	in.sb.Reset()
	in.start = true
}

// write writes Markdown that is not the analyst's text.
func (in *inliner) write(s string) {
	in.sb.WriteString(s)
	in.start = in.start && s == ""
}

// text writes the analyst's text, escaped, with the start of a line made
// safe and a point's own indentation left out: the export indents points
// by level.
func (in *inliner) text(s string) {
	if !in.start {
		in.sb.WriteString(escapeInline(s))
		return
	}
	if l, ok := briefing.PointLevel(s); ok {
		in.cur.level = l
		s = strings.TrimLeft(s, briefing.LineIndent)
	}
	s = strings.TrimLeft(s, " \t")
	in.write(escapeStart(escapeInline(s)))
}

func (in *inliner) inlines(n ast.Node) {
	for x := n.FirstChild(); x != nil; x = x.NextSibling() {
		switch x := x.(type) {
		case *ast.Text:
			in.text(textOf(x, in.src))
			switch {
			case x.HardLineBreak():
				in.newLine(true)
			case x.SoftLineBreak():
				in.newLine(startsPoint(x.NextSibling(), in.src))
			}
		case *ast.String:
			in.text(string(x.Value))
		case *ast.CodeSpan:
			code := strings.ReplaceAll(plain(x, in.src), "\n", " ")
			fence := "`"
			for strings.Contains(code, fence) {
				fence += "`"
			}
			in.write(fence + " " + code + " " + fence)
		case *ast.Emphasis:
			mark := strings.Repeat("*", x.Level)
			in.write(mark)
			in.inlines(x)
			in.write(mark)
		case *ast.Link:
			in.link(x, string(x.Destination))
		case *ast.AutoLink:
			addr := string(x.URL(in.src))
			if briefing.SafeLink(addr) {
				in.write("<" + angleSafe(addr) + ">")
			} else {
				in.text(string(x.Label(in.src)))
			}
		case *ast.Image:
			in.write("\\[" + Escape(plain(x, in.src)) + ": " + Escape(string(x.Destination)) + "\\]")
		case *ast.RawHTML:
			for i := 0; i < x.Segments.Len(); i++ {
				seg := x.Segments.At(i)
				in.text(string(seg.Value(in.src)))
			}
		default:
			in.inlines(x)
		}
	}
}

// link writes a link whose address a reader may follow, and only the text
// of any other.
func (in *inliner) link(n ast.Node, addr string) {
	if !briefing.SafeLink(addr) {
		in.inlines(n)
		return
	}
	in.write("[")
	in.inlines(n)
	in.write("](<" + angleSafe(addr) + ">)")
}

// startsPoint reports whether the inline node n, the start of a line, opens
// a point of a Korean report.
func startsPoint(n ast.Node, src []byte) bool {
	t, ok := n.(*ast.Text)
	if !ok {
		return false
	}
	_, point := briefing.PointLevel(textOf(t, src))
	return point
}

// textOf returns the text a reader sees of t: its backslash escapes and
// character references resolved, as a Markdown reader resolves them.
func textOf(t *ast.Text, src []byte) string {
	v := t.Segment.Value(src)
	var sb strings.Builder
	sb.Grow(len(v))
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]):
			i++
			sb.WriteByte(v[i])
		case c == '&':
			r, n := reference(v[i:])
			if n == 0 {
				sb.WriteByte(c)
				continue
			}
			sb.WriteString(r)
			i += n - 1
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// reference reads a character reference (&amp; &#45; &#x2D;) at the start
// of v, and returns what it stands for and its length, or a length of 0.
func reference(v []byte) (string, int) {
	end := strings.IndexByte(string(v[:min(len(v), 40)]), ';')
	if end < 2 {
		return "", 0
	}
	name := string(v[1:end])
	if num, ok := strings.CutPrefix(name, "#"); ok {
		base := 10
		if len(num) > 0 && (num[0] == 'x' || num[0] == 'X') {
			base, num = 16, num[1:]
		}
		if num == "" || len(num) > 7 || base == 16 && len(num) > 6 {
			return "", 0
		}
		c, err := strconv.ParseUint(num, base, 32)
		if err != nil {
			return "", 0
		}
		return string(util.ToValidRune(rune(c))), end + 1
	}
	if e, ok := util.LookUpHTML5EntityByName(name); ok {
		return string(e.Characters), end + 1
	}
	return "", 0
}

// plain returns the text inside n, without markup.
func plain(n ast.Node, src []byte) string {
	var sb strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for x := n.FirstChild(); x != nil; x = x.NextSibling() {
			switch x := x.(type) {
			case *ast.Text:
				sb.Write(x.Segment.Value(src))
			case *ast.String:
				sb.Write(x.Value)
			default:
				walk(x)
			}
		}
	}
	walk(n)
	return sb.String()
}
