package pdf

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/briefdesk/briefdesk/briefing"
)

// block is a paragraph-level element of the analyst's Markdown.
type block struct {
	kind   blockKind
	level  int    // heading level, or list depth
	marker string // list bullet or number
	digits int    // of an ordered list's widest number, which sets the indent
	runs   []run
}

type blockKind int

const (
	paraBlock blockKind = iota
	headingBlock
	itemBlock
	quoteBlock
	codeBlock
	ruleBlock
)

// The East Asian line-break option of goldmark's CJK extension would join
// Korean words across soft line breaks, so no extension is enabled and soft
// breaks become spaces.
var markdown = goldmark.New().Parser()

// parseMarkdown turns Markdown into blocks whose runs start from base.
func parseMarkdown(src string, base style) []block {
	source := []byte(briefing.BoundMarkdown(src))
	doc := markdown.Parse(text.NewReader(source))
	var out []block
	mdBlocks(&out, doc, source, base, 0, false)
	return out
}

func mdBlocks(out *[]block, n ast.Node, src []byte, base style, depth int, quoted bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			*out = append(*out, block{kind: headingBlock, level: c.Level, runs: mdInline(c, src, base)})
		case *ast.Paragraph, *ast.TextBlock:
			k := paraBlock
			if quoted {
				k = quoteBlock
			}
			*out = append(*out, block{kind: k, level: depth, runs: mdInline(c, src, base)})
		case *ast.List:
			mdList(out, c, src, base, depth+1, quoted)
		case *ast.Blockquote:
			mdBlocks(out, c, src, base, depth, true)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := c.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				line := strings.TrimRight(string(seg.Value(src)), "\n")
				*out = append(*out, block{kind: codeBlock, runs: []run{{line, base}}})
			}
		case *ast.ThematicBreak:
			*out = append(*out, block{kind: ruleBlock})
		case *ast.HTMLBlock:
			lines := c.Lines()
			var sb strings.Builder
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				sb.Write(seg.Value(src))
			}
			*out = append(*out, block{kind: paraBlock, runs: []run{{strings.TrimSpace(sb.String()), base}}})
		default:
			mdBlocks(out, c, src, base, depth, quoted)
		}
	}
}

func mdList(out *[]block, l *ast.List, src []byte, base style, depth int, quoted bool) {
	num := l.Start
	digits := 0
	if l.IsOrdered() {
		digits = len(strconv.Itoa(l.Start + l.ChildCount() - 1))
	}
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		marker := "•"
		if l.Marker == '-' {
			marker = "-" // as written: in 개조식 a dash is its own level
		}
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + "."
			num++
		}
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				b := block{kind: itemBlock, level: depth, digits: digits, runs: mdInline(c, src, base)}
				if first {
					b.marker = marker
				}
				*out = append(*out, b)
			case *ast.List:
				mdList(out, c, src, base, depth+1, quoted)
			default:
				mdBlocks(out, c, src, base, depth, quoted)
			}
			first = false
		}
	}
}

// linkStyle makes st a link to addr when addr is one a reader may follow
// (briefing.SafeLink); any other address stays plain text.
func linkStyle(st style, addr string) style {
	if briefing.SafeLink(addr) {
		st.link = addr
		st.color = linkColor
	}
	return st
}

// pointMarks begin the points of a Korean report (개조식), level by level.
const pointMarks = "□■○●◦◎◇◆▶▷-–·•※*>"

// startsPoint reports whether the inline node n (the start of a line) opens
// with a point mark followed by a space.
func startsPoint(n ast.Node, src []byte) bool {
	t, ok := n.(*ast.Text)
	if !ok {
		return false
	}
	line := strings.TrimLeft(string(t.Segment.Value(src)), " \t")
	r, size := utf8.DecodeRuneInString(line)
	return size > 0 && strings.ContainsRune(pointMarks, r) && strings.HasPrefix(line[size:], " ")
}

// mdInline returns the runs of a block's inline content: strong text is
// bold, emphasis is set in the other typeface (Nanum has no italics), links
// are underlined and clickable.
func mdInline(n ast.Node, src []byte, base style) []run {
	var runs []run
	var walk func(n ast.Node, st style)
	walk = func(n ast.Node, st style) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				// A hard line break stays a line break (without its
				// backslash); a soft one is a space, unless the next line
				// starts a point of a Korean report (개조식: □, ○, ※ ...),
				// which goes on a line of its own.
				t := string(c.Segment.Value(src))
				switch {
				case c.HardLineBreak():
					t = strings.TrimSuffix(t, "\\") + "\n"
				case c.SoftLineBreak() && startsPoint(c.NextSibling(), src):
					t += "\n"
				case c.SoftLineBreak():
					t += " "
				}
				runs = append(runs, run{t, st})
			case *ast.String:
				runs = append(runs, run{string(c.Value), st})
			case *ast.CodeSpan:
				walk(c, st)
			case *ast.Emphasis:
				s := st
				if c.Level >= 2 {
					s.bold = true
				} else if s.family == sans {
					s.family = serif
				} else {
					s.family = sans
				}
				walk(c, s)
			case *ast.Link:
				walk(c, linkStyle(st, string(c.Destination)))
			case *ast.AutoLink:
				runs = append(runs, run{string(c.Label(src)), linkStyle(st, string(c.URL(src)))})
			case *ast.Image:
				walk(c, st)
			case *ast.RawHTML:
				segs := c.Segments
				for i := 0; i < segs.Len(); i++ {
					seg := segs.At(i)
					runs = append(runs, run{string(seg.Value(src)), st})
				}
			default:
				walk(c, st)
			}
		}
	}
	walk(n, base)
	return runs
}
