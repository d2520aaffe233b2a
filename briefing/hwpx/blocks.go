package hwpx

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
	"github.com/briefdesk/briefdesk/briefing/richtext"
)

// flow says where the analyst's Markdown goes.
type flow struct {
	box      bool // inside the summary box
	outlined bool // headings are outline levels (in a topic)
}

// blocks writes the analyst's Markdown (a summary or a commentary) as
// paragraphs in the handout's styles. Footnotes are returned apart: the
// caller puts them at the end of the topic, as the PDF does.
func (d *doc) blocks(src string, f flow) (body, notes []*para) {
	base := d.styles[stBody].char
	var numbers [2]int // of a report's headings: 1., 2. and 가., 나.
	for _, b := range richtext.Parse(src) {
		var ps []*para
		switch b.Kind {
		case richtext.Heading:
			ps = append(ps, d.headingBlock(b, f, &numbers))
		case richtext.Point:
			ps = append(ps, d.pointBlock(b, f))
		case richtext.Item:
			ps = append(ps, d.itemBlock(b, f))
		case richtext.Quote:
			st := d.styles[stQuote]
			ps = append(ps, d.boxed(stQuote, st.para, f, d.runsOf(b.Runs, st.char)...))
		case richtext.Code:
			c := base
			c.font, c.size = mono, base.size-100
			p := paraStyle{align: "LEFT", left: 1000, line: 130, breakWord: true}
			ps = append(ps, d.boxed(stBody, p, f, d.runsOf(b.Runs, c)...))
		case richtext.Rule:
			p := paraStyle{align: "LEFT", before: 300, after: 600, border: bfRunning, line: 50}
			ps = append(ps, d.boxed(stBody, p, f))
		case richtext.Table:
			ps = append(ps, d.tableBlock(b.Table, f))
		case richtext.Note:
			st := d.styles[stNote]
			runs := append([]*run{d.run(st.char, b.Marker+" ")}, d.runsOf(b.Runs, st.char)...)
			notes = append(notes, d.boxed(stNote, st.para, f, runs...))
			continue
		default:
			ps = append(ps, d.boxed(stBody, d.styles[stBody].para, f, d.runsOf(b.Runs, base)...))
		}
		body = append(body, ps...)
	}
	return body, notes
}

// boxed returns a paragraph in style st and shape p, in the summary box
// when the flow is.
func (d *doc) boxed(st int, p paraStyle, f flow, runs ...*run) *para {
	if f.box {
		p.left += boxInset
		p.right += boxInset
		if p.border == 0 || p.border == bfBox {
			p = d.boxPara(p)
		}
	}
	if len(runs) == 0 {
		runs = []*run{{CharPr: d.styles[st].charID}}
	}
	return d.styled(st, p, runs...)
}

// headingBlock is one of the analyst's headings: an outline level under
// the topic's, numbered 1. / 가. in a report.
func (d *doc) headingBlock(b richtext.Block, f flow, numbers *[2]int) *para {
	st := stOutline2
	if b.Level >= 2 {
		st = stOutline3
	}
	def := d.styles[st]
	p := def.para
	p.headLevel = min(b.Level, 6)
	if !f.outlined {
		p.head, p.headLevel = "NONE", 0
	}
	runs := d.runsOf(b.Runs, def.char)
	if d.report && b.Level <= 2 {
		numbers[b.Level-1]++
		if b.Level == 1 {
			numbers[1] = 0
		}
		runs = append([]*run{d.run(def.char, handout.ReportNumber(b.Level, numbers[b.Level-1])+" ")}, runs...)
	}
	return d.boxed(st, p, f, runs...)
}

// pointStyles are the styles of the levels of a report's points.
var pointStyles = map[int]int{1: stPoint1, 2: stPoint2, 3: stPoint3, 4: stPoint4}

// pointBlock is a point of a report (개조식): its style gives the level's
// indent, and its bullet is the mark the analyst wrote (□, ○, -, ※ ...),
// drawn by Hancom Office with the text hanging after it.
func (d *doc) pointBlock(b richtext.Block, f flow) *para {
	st, ok := pointStyles[b.Level]
	if !ok {
		st = stPoint4
	}
	level := max(b.Level, 1)
	if lv, _ := briefing.PointLevel(b.Marker + " "); lv == 0 {
		st = stPointNote
	}
	def := d.styles[st]
	p := def.para
	p.left = (min(level, 4) - 1) * pointStep
	p.headID = d.sh.bullet(b.Marker)
	base := def.char
	if len(b.Runs) > 0 && b.Runs[0].Code {
		base.font = mono
	}
	return d.boxed(st, p, f, d.runsOf(b.Runs, base)...)
}

// itemBlock is an item of a Markdown list: a bullet from the style, or the
// item's number hanging before its text.
func (d *doc) itemBlock(b richtext.Block, f flow) *para {
	def := d.styles[stList]
	p := def.para
	p.left = listStep * max(b.Level, 1)
	p.after = 200
	if b.Last {
		p.after = 600
	}
	runs := d.runsOf(b.Runs, def.char)
	switch {
	case b.Marker == "":
		// A further paragraph of the item: under its text.
		p.head, p.headID = "NONE", 0
	case b.Digits > 0:
		// An ordered list keeps the analyst's numbers (a list may start at
		// any number), hanging in a column as wide as its widest number.
		hang := 300 + (b.Digits+1)*def.char.size*55/100
		p.head, p.headID, p.indent = "NONE", 0, -hang
		runs = append([]*run{d.run(def.char, b.Marker+" ")}, runs...)
	default:
		p.headID = d.sh.bullet(bulletOf(b.Marker))
	}
	return d.boxed(stList, p, f, runs...)
}

// bulletOf is the bullet of a list item: its dash as written, a round
// bullet otherwise.
func bulletOf(marker string) string {
	if marker == "-" {
		return "-"
	}
	return "•"
}

// tableBlock is a GitHub table as a Hancom table: a header row shaded and
// repeated on every page, columns of equal width aligned as written.
func (d *doc) tableBlock(t *richtext.TableData, f flow) *para {
	cols := len(t.Header)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	width := d.textWidth()
	if f.box {
		width -= 2 * boxInset
	}
	if cols == 0 {
		return d.boxed(stBody, d.styles[stBody].para, f)
	}
	colW := width / cols
	tb := table{ID: d.nextID(), NumberingTyp: "TABLE", TextWrap: "TOP_AND_BOTTOM", TextFlow: "BOTH_SIDES",
		DropCap: "None", PageBreak: "CELL", RepeatHeader: 1, ColCnt: cols, BorderFill: bfCell,
		Pos: objPos{TreatAsChar: 1, AffectLSpacing: 0, FlowWithText: 1, VertRelTo: "PARA", HorzRelTo: "COLUMN",
			VertAlign: "TOP", HorzAlign: "LEFT"},
		OutMargin: sideMargin{283, 283, 283, 283}, InMargin: sideMargin{510, 510, 141, 141}}
	rows := [][][]richtext.Run{}
	if len(t.Header) > 0 {
		rows = append(rows, t.Header)
	}
	rows = append(rows, t.Rows...)
	rowH := 2000
	for ri, row := range rows {
		header := ri == 0 && len(t.Header) > 0
		var tr tableRow
		for ci := 0; ci < cols; ci++ {
			var cell []richtext.Run
			if ci < len(row) {
				cell = row[ci]
			}
			tr.Cells = append(tr.Cells, d.tableCell(cell, header, alignOf(t.Align, ci), ri, ci, colW, rowH))
		}
		tb.Rows = append(tb.Rows, tr)
	}
	tb.RowCnt = len(tb.Rows)
	tb.Sz = objSize{Width: colW * cols, WidthRelTo: "ABSOLUTE", Height: rowH * len(tb.Rows), HeightRelTo: "ABSOLUTE"}
	p := paraStyle{align: "LEFT", before: 300, after: 600, line: 100}
	par := d.boxed(stTable, p, f)
	par.Runs = []*run{{CharPr: d.styles[stTable].charID, Items: []any{tb, text{}}}}
	return par
}

func (d *doc) tableCell(rs []richtext.Run, header bool, align string, row, col, w, h int) tableCell {
	def := d.styles[stTable]
	c := def.char
	bf := bfCell
	if header {
		c.bold, bf = true, bfCellHead
	}
	p := def.para
	p.align = align
	runs := d.runsOf(rs, c)
	if len(runs) == 0 {
		runs = []*run{{CharPr: d.sh.char(c)}}
	}
	cellPara := d.styled(stTable, p, runs...)
	return tableCell{Header: boolInt(header), HasMargin: 0, BorderFill: bf,
		SubList: subList{TextDirection: "HORIZONTAL", LineWrap: "BREAK", VertAlign: "CENTER", Paras: []*para{cellPara}},
		Addr:    cellAddr{Col: col, Row: row}, Span: cellSpan{1, 1}, Size: cellSize{w, h},
		Margin: sideMargin{510, 510, 141, 141}}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func alignOf(aligns []richtext.Align, i int) string {
	if i < len(aligns) {
		switch aligns[i] {
		case richtext.AlignCenter:
			return "CENTER"
		case richtext.AlignRight:
			return "RIGHT"
		}
	}
	return "LEFT"
}

// textWidthOf estimates the width of s at size (HWPUNIT): full width for
// Hangul and Hanja, about half for Latin letters and digits.
func textWidthOf(s string, size int) int {
	w := 0
	for _, r := range s {
		if r < 0x1100 {
			w += size * 55 / 100
		} else {
			w += size
		}
	}
	return w
}

// blank reports whether Markdown has nothing to print.
func blank(s string) bool { return strings.TrimSpace(s) == "" }
