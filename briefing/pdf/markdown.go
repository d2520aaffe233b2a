package pdf

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

// block is a paragraph-level element of the analyst's Markdown.
type block struct {
	kind   blockKind
	level  int    // heading level, list depth, or 개조식 level
	marker string // list bullet or number, or the point mark as written
	digits int    // of an ordered list's widest number, which sets the indent
	last   bool   // the last item of a list: space follows
	runs   []run
	table  *table
}

type blockKind int

const (
	paraBlock blockKind = iota
	headingBlock
	itemBlock
	pointBlock // a line of a Korean report (개조식), opened by its mark
	quoteBlock
	codeBlock
	ruleBlock
	tableBlock
	noteBlock // a footnote: marker is its number
)

// The East Asian line-break option of goldmark's CJK extension would join
// Korean words across soft line breaks, so it is not enabled and soft breaks
// become spaces. Tables and footnotes are GitHub's; raw HTML is shown as
// text, never interpreted.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote, extension.Strikethrough)).Parser()

// parseMarkdown turns Markdown into blocks whose runs start from base;
// scope names the text in the document (its footnotes link within it).
func parseMarkdown(src string, base style, scope string) []block {
	source := []byte(briefing.BoundMarkdown(src))
	doc := markdown.Parse(text.NewReader(source))
	var out []block
	mdBlocks(&out, doc, source, base, 0, false)
	// A dash list under the points of a report is their next level (개조식),
	// not a list of its own.
	for i := 1; i < len(out); i++ {
		if b := &out[i]; b.kind == itemBlock && b.marker == "-" && b.level == 1 && out[i-1].kind == pointBlock {
			b.kind, b.level = pointBlock, briefing.DashLevel
		}
	}
	scoped := func(runs []run) {
		for i := range runs {
			if runs[i].st.anchor != "" {
				runs[i].st.anchor = scope + "-" + runs[i].st.anchor
			}
		}
	}
	for _, b := range out {
		scoped(b.runs)
		if b.table != nil {
			for _, c := range b.table.header {
				scoped(c)
			}
			for _, r := range b.table.rows {
				for _, c := range r {
					scoped(c)
				}
			}
		}
	}
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
			*out = append(*out, points(block{kind: k, level: depth, runs: mdInline(c, src, base)})...)
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
			if c.HasClosure() {
				sb.Write(c.ClosureLine.Value(src))
			}
			*out = append(*out, block{kind: paraBlock, runs: []run{{strings.TrimSpace(sb.String()), base}}})
		case *east.Table:
			*out = append(*out, block{kind: tableBlock, table: mdTable(c, src, base)})
		case *east.FootnoteList:
			for f := c.FirstChild(); f != nil; f = f.NextSibling() {
				fn, ok := f.(*east.Footnote)
				if !ok {
					continue
				}
				var runs []run
				for p := fn.FirstChild(); p != nil; p = p.NextSibling() {
					if len(runs) > 0 {
						runs = append(runs, run{"\n", base})
					}
					runs = append(runs, mdInline(p, src, base)...)
				}
				*out = append(*out, block{kind: noteBlock, marker: strconv.Itoa(fn.Index) + ")", runs: runs})
			}
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
			marker = strconv.Itoa(num) + string(l.Marker)
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
	if len(*out) > 0 {
		(*out)[len(*out)-1].last = true
	}
}

// mdTable reads a GitHub table: its header row, alignments and rows.
func mdTable(t *east.Table, src []byte, base style) *table {
	tb := &table{}
	tb.align = append(tb.align, t.Alignments...)
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var row [][]run
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			row = append(row, mdInline(c, src, base))
		}
		if _, ok := r.(*east.TableHeader); ok {
			tb.header = row
		} else {
			tb.rows = append(tb.rows, row)
		}
	}
	return tb
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

// pointMark returns the mark a line of a report opens with (followed by a
// space), or "" when it opens none (briefing.PointLevel).
func pointMark(line string) string { return briefing.PointMark(line) }

// startsPoint reports whether the inline node n (the start of a line) opens
// with a point mark followed by a space.
func startsPoint(n ast.Node, src []byte) bool {
	t, ok := n.(*ast.Text)
	return ok && pointMark(string(t.Segment.Value(src))) != ""
}

// points splits a paragraph written as a Korean report into one block per
// point, each with its mark and level; a line without a mark goes on the
// point before it. A paragraph with no point is returned as it is.
func points(b block) []block {
	var lines [][]run
	var cur []run
	for _, r := range b.runs {
		for i, part := range strings.Split(r.text, "\n") {
			if i > 0 {
				lines = append(lines, cur)
				cur = nil
			}
			if part != "" {
				cur = append(cur, run{part, r.st})
			}
		}
	}
	lines = append(lines, cur)
	any := false
	for _, l := range lines {
		if len(l) > 0 && pointMark(l[0].text) != "" {
			any = true
		}
	}
	if !any {
		return []block{b}
	}
	var out []block
	level := 1
	for _, l := range lines {
		if len(l) == 0 {
			continue
		}
		mark := pointMark(l[0].text)
		if mark == "" {
			if len(out) > 0 {
				p := &out[len(out)-1]
				p.runs = append(append(p.runs, run{"\n", l[0].st}), l...)
				continue
			}
			out = append(out, block{kind: b.kind, level: b.level, runs: l})
			continue
		}
		first := strings.TrimLeft(l[0].text, briefing.LineIndent)
		rest := strings.TrimLeft(first[len(mark):], " ")
		l = append([]run{{rest, l[0].st}}, l[1:]...)
		if lv, _ := briefing.PointLevel(mark + " "); lv > 0 {
			level = lv
		}
		out = append(out, block{kind: pointBlock, level: level, marker: mark, runs: l})
	}
	return out
}

// mdInline returns the runs of a block's inline content: strong text is
// bold, emphasis is italic (and underlined where the script has no
// italics), links are underlined and clickable, footnote references are
// small raised numbers linked to their note.
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
					t = strings.TrimRight(strings.TrimSuffix(t, "\\"), " ") + "\n"
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
				} else {
					s.italic = true
				}
				walk(c, s)
			case *east.Strikethrough:
				walk(c, st)
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
			case *east.FootnoteLink:
				s := st
				s.size = st.size * 0.7
				s.rise = st.size * 0.35
				s.anchor = noteAnchor(c.Index)
				runs = append(runs, run{strconv.Itoa(c.Index) + ")", s})
			case *east.FootnoteBacklink:
			default:
				walk(c, st)
			}
		}
	}
	walk(n, base)
	return runs
}

// noteAnchor is the anchor of footnote i of the text being drawn; drawBlocks
// makes it unique in the document.
func noteAnchor(i int) string { return "note-" + strconv.Itoa(i) }
