// Package richtext reads the analyst's Markdown (a briefing's summary and
// commentary) into blocks of styled runs that every document writer shares:
// the PDF handout, the Word and the Hancom documents. It decides what the
// text is — a heading, a list item, a point of a Korean report (개조식), a
// quote, a table, a footnote — and leaves how it looks to each writer.
//
// Tables and footnotes are GitHub's; raw HTML is kept as text, never
// interpreted; a link survives only to an address a reader may safely
// follow (briefing.SafeLink).
package richtext

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/briefdesk/briefdesk/briefing"
)

// Kind is what a block is.
type Kind int

// The kinds of block.
const (
	Para    Kind = iota
	Heading      // Level is the heading level
	Item         // a list item: Level is the list depth, Marker its bullet or number
	Point        // a line of a Korean report (개조식), opened by Marker, at Level (briefing.PointLevel)
	Quote        // a paragraph of a block quote
	Code         // one line of a code block
	Rule         // a thematic break
	Table        // Table holds it
	Note         // a footnote: Marker is its number and ")"
)

// Block is a paragraph-level element.
type Block struct {
	Kind   Kind
	Level  int    // heading level, list depth, or 개조식 level
	Marker string // list bullet ("•", or "-" as written) or number ("3."), point mark, note number
	Digits int    // of an ordered list's widest number, which sets the indent
	Last   bool   // the last item of a list: space follows
	Runs   []Run
	Table  *TableData
}

// Run is text in one style. A "\n" in Text is a line break within the block.
type Run struct {
	Text   string
	Bold   bool
	Italic bool // emphasis
	Strike bool
	Code   bool
	Link   string // an address a reader may follow (briefing.SafeLink); "" for none
	Note   int    // > 0: a reference to footnote Note of the same text; Text is "n)"
}

// Align is a table column's alignment.
type Align int

// Column alignments.
const (
	AlignNone Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

// TableData is a GitHub table: its header row, alignments and rows of
// cells, each cell a list of runs.
type TableData struct {
	Align  []Align
	Header [][]Run
	Rows   [][][]Run
}

// The East Asian line-break option of goldmark's CJK extension would join
// Korean words across soft line breaks, so it is not enabled and soft breaks
// become spaces.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote, extension.Strikethrough)).Parser()

// Parse reads Markdown (bounded by briefing.BoundMarkdown) into blocks.
func Parse(src string) []Block {
	source := []byte(briefing.BoundMarkdown(src))
	doc := markdown.Parse(text.NewReader(source))
	var out []Block
	blocks(&out, doc, source, 0, false)
	// A dash list under the points of a report is their next level (개조식),
	// not a list of its own; the points written on the lines after a dash
	// (· under it, a note ※) are points of their own, not lines of the
	// dash's text.
	for i := 1; i < len(out); i++ {
		if b := &out[i]; b.Kind == Item && b.Marker == "-" && b.Level == 1 && out[i-1].Kind == Point {
			b.Kind, b.Level = Point, briefing.DashLevel
			split := points(Block{Kind: Point, Level: briefing.DashLevel, Runs: b.Runs})
			if len(split) > 1 && split[0].Marker == "" {
				split[0].Marker = "-"
				split[len(split)-1].Last = b.Last
				out = append(out[:i], append(split, out[i+1:]...)...)
				i += len(split) - 1
			}
		}
	}
	return out
}

// Plain returns the text of runs without their styles.
func Plain(runs []Run) string {
	var sb strings.Builder
	for _, r := range runs {
		sb.WriteString(r.Text)
	}
	return sb.String()
}

func blocks(out *[]Block, n ast.Node, src []byte, depth int, quoted bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			*out = append(*out, Block{Kind: Heading, Level: c.Level, Runs: inline(c, src)})
		case *ast.Paragraph, *ast.TextBlock:
			k := Para
			if quoted {
				k = Quote
			}
			*out = append(*out, points(Block{Kind: k, Level: depth, Runs: inline(c, src)})...)
		case *ast.List:
			list(out, c, src, depth+1, quoted)
		case *ast.Blockquote:
			blocks(out, c, src, depth, true)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := c.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				line := strings.TrimRight(string(seg.Value(src)), "\n")
				*out = append(*out, Block{Kind: Code, Runs: []Run{{Text: line, Code: true}}})
			}
		case *ast.ThematicBreak:
			*out = append(*out, Block{Kind: Rule})
		case *ast.HTMLBlock:
			lines := c.Lines()
			var sb strings.Builder
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				sb.Write(seg.Value(src))
			}
			if c.HasClosure() {
				sb.Write(c.ClosureLine.Value(src))
			}
			*out = append(*out, Block{Kind: Para, Runs: []Run{{Text: strings.TrimSpace(sb.String())}}})
		case *east.Table:
			*out = append(*out, Block{Kind: Table, Table: table(c, src)})
		case *east.FootnoteList:
			for f := c.FirstChild(); f != nil; f = f.NextSibling() {
				fn, ok := f.(*east.Footnote)
				if !ok {
					continue
				}
				var runs []Run
				for p := fn.FirstChild(); p != nil; p = p.NextSibling() {
					if len(runs) > 0 {
						runs = append(runs, Run{Text: "\n"})
					}
					runs = append(runs, inline(p, src)...)
				}
				*out = append(*out, Block{Kind: Note, Marker: strconv.Itoa(fn.Index) + ")", Runs: runs})
			}
		default:
			blocks(out, c, src, depth, quoted)
		}
	}
}

func list(out *[]Block, l *ast.List, src []byte, depth int, quoted bool) {
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
			marker = strconv.Itoa(num) + string(l.Marker)
			num++
		}
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				b := Block{Kind: Item, Level: depth, Digits: digits, Runs: inline(c, src)}
				if first {
					b.Marker = marker
				}
				*out = append(*out, b)
			case *ast.List:
				list(out, c, src, depth+1, quoted)
			default:
				blocks(out, c, src, depth, quoted)
			}
			first = false
		}
	}
	if len(*out) > 0 {
		(*out)[len(*out)-1].Last = true
	}
}

// table reads a GitHub table: its header row, alignments and rows.
func table(t *east.Table, src []byte) *TableData {
	tb := &TableData{}
	for _, a := range t.Alignments {
		switch a {
		case east.AlignLeft:
			tb.Align = append(tb.Align, AlignLeft)
		case east.AlignCenter:
			tb.Align = append(tb.Align, AlignCenter)
		case east.AlignRight:
			tb.Align = append(tb.Align, AlignRight)
		default:
			tb.Align = append(tb.Align, AlignNone)
		}
	}
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var row [][]Run
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			row = append(row, inline(c, src))
		}
		if _, ok := r.(*east.TableHeader); ok {
			tb.Header = row
		} else {
			tb.Rows = append(tb.Rows, row)
		}
	}
	return tb
}

// startsPoint reports whether the inline node n (the start of a line) opens
// with a point mark followed by a space.
func startsPoint(n ast.Node, src []byte) bool {
	t, ok := n.(*ast.Text)
	return ok && briefing.PointMark(string(t.Segment.Value(src))) != ""
}

// points splits a paragraph written as a Korean report into one block per
// point, each with its mark and level; a line without a mark goes on the
// point before it. A paragraph with no point is returned as it is.
func points(b Block) []Block {
	var lines [][]Run
	var cur []Run
	for _, r := range b.Runs {
		for i, part := range strings.Split(r.Text, "\n") {
			if i > 0 {
				lines = append(lines, cur)
				cur = nil
			}
			if part != "" {
				p := r
				p.Text = part
				cur = append(cur, p)
			}
		}
	}
	lines = append(lines, cur)
	any := false
	for _, l := range lines {
		if len(l) > 0 && briefing.PointMark(l[0].Text) != "" {
			any = true
		}
	}
	if !any {
		return []Block{b}
	}
	var out []Block
	level := 1
	for _, l := range lines {
		if len(l) == 0 {
			continue
		}
		mark := briefing.PointMark(l[0].Text)
		if mark == "" {
			if len(out) > 0 {
				p := &out[len(out)-1]
				br := l[0]
				br.Text, br.Note = "\n", 0
				p.Runs = append(append(p.Runs, br), l...)
				continue
			}
			out = append(out, Block{Kind: b.Kind, Level: b.Level, Runs: l})
			continue
		}
		first := strings.TrimLeft(l[0].Text, briefing.LineIndent)
		head := l[0]
		head.Text = strings.TrimLeft(first[len(mark):], " ")
		l = append([]Run{head}, l[1:]...)
		if lv, _ := briefing.PointLevel(mark + " "); lv > 0 {
			level = lv
		}
		out = append(out, Block{Kind: Point, Level: level, Marker: mark, Runs: l})
	}
	return out
}

// inline returns the runs of a block's inline content.
func inline(n ast.Node, src []byte) []Run {
	var runs []Run
	var walk func(n ast.Node, st Run)
	walk = func(n ast.Node, st Run) {
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
					t = strings.TrimRight(strings.TrimSuffix(t, "\\"), " ") + "\n"
				case c.SoftLineBreak() && startsPoint(c.NextSibling(), src):
					t += "\n"
				case c.SoftLineBreak():
					t += " "
				}
				r := st
				r.Text = t
				runs = append(runs, r)
			case *ast.String:
				r := st
				r.Text = string(c.Value)
				runs = append(runs, r)
			case *ast.CodeSpan:
				s := st
				s.Code = true
				walk(c, s)
			case *ast.Emphasis:
				s := st
				if c.Level >= 2 {
					s.Bold = true
				} else {
					s.Italic = true
				}
				walk(c, s)
			case *east.Strikethrough:
				s := st
				s.Strike = true
				walk(c, s)
			case *ast.Link:
				walk(c, linked(st, string(c.Destination)))
			case *ast.AutoLink:
				r := linked(st, string(c.URL(src)))
				r.Text = string(c.Label(src))
				runs = append(runs, r)
			case *ast.Image:
				walk(c, st)
			case *ast.RawHTML:
				segs := c.Segments
				for i := 0; i < segs.Len(); i++ {
					seg := segs.At(i)
					r := st
					r.Text = string(seg.Value(src))
					runs = append(runs, r)
				}
			case *east.FootnoteLink:
				r := st
				r.Text = strconv.Itoa(c.Index) + ")"
				r.Note = c.Index
				runs = append(runs, r)
			case *east.FootnoteBacklink:
			default:
				walk(c, st)
			}
		}
	}
	walk(n, Run{})
	return runs
}

// linked makes st a link to addr when addr is one a reader may follow; any
// other address stays plain text.
func linked(st Run, addr string) Run {
	if briefing.SafeLink(addr) {
		st.Link = addr
	}
	return st
}
