package docx

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/handout"
	"github.com/briefdesk/briefdesk/briefing/richtext"
)

// markdown returns the paragraphs and tables of the analyst's Markdown (a
// summary or a commentary). Its headings are Heading 2 and 3 under the
// section's Heading 1, numbered 1. and 가. in a report; its footnotes become
// Word footnotes.
func (x *builder) markdown(src string) []any {
	blocks := richtext.Parse(src)
	notes := map[int][]richtext.Run{}
	top := 7
	for _, b := range blocks {
		switch b.Kind {
		case richtext.Note:
			notes[atoiPrefix(b.Marker)] = b.Runs
		case richtext.Heading:
			top = min(top, b.Level)
		}
	}
	var out []any
	var lists listState
	var numbers [2]int // of a report's headings: 1., 2. and 가., 나.
	for _, b := range blocks {
		if b.Kind != richtext.Item {
			lists.reset()
		}
		switch b.Kind {
		case richtext.Heading:
			content := x.runs(b.Runs, nil, notes)
			if x.report && b.Level <= 2 {
				numbers[b.Level-1]++
				if b.Level == 1 {
					numbers[1] = 0
				}
				content = append([]any{textRun(handout.ReportNumber(b.Level, numbers[b.Level-1])+" ", nil)}, content...)
			}
			out = append(out, para(stHeading+itoa(min(3, 2+b.Level-top)), content...))
		case richtext.Item:
			out = append(out, x.item(b, &lists, notes))
		case richtext.Point:
			lv := min(max(b.Level, 1), 4)
			content := append([]any{textRun(b.Marker+"\t", nil)}, x.runs(b.Runs, nil, notes)...)
			out = append(out, para(stPoint+itoa(lv), content...))
		case richtext.Quote:
			out = append(out, para(stQuote, x.runs(b.Runs, nil, notes)...))
		case richtext.Code:
			out = append(out, para(stCode, textRun(richtext.Plain(b.Runs), nil)))
		case richtext.Rule:
			out = append(out, para(stRule))
		case richtext.Table:
			if b.Table != nil {
				out = append(out, x.table(b.Table, notes), para(stNormal))
			}
		case richtext.Note:
			// Footnotes go with their references; one nobody refers to
			// would be lost, so it stays where it is.
			if !referenced(blocks, atoiPrefix(b.Marker)) {
				out = append(out, para(stFootnote, append([]any{textRun(b.Marker+" ", nil)}, x.runs(b.Runs, nil, nil)...)...))
			}
		default:
			out = append(out, para(stNormal, x.runs(b.Runs, nil, notes)...))
		}
	}
	return out
}

// referenced reports whether a block refers to footnote n.
func referenced(blocks []richtext.Block, n int) bool {
	for _, b := range blocks {
		runs := b.Runs
		if b.Table != nil {
			for _, c := range b.Table.Header {
				runs = append(runs, c...)
			}
			for _, r := range b.Table.Rows {
				for _, c := range r {
					runs = append(runs, c...)
				}
			}
		}
		for _, r := range runs {
			if r.Note == n {
				return true
			}
		}
	}
	return false
}

// listState follows the lists of a text: the open list at each depth.
type listState struct {
	open []openList
}

type openList struct {
	level int
	kind  int // abstract numbering: bulletList, dashList, ...
	numID int
}

func (l *listState) reset() { l.open = l.open[:0] }

// The list definitions of numbering.xml.
const (
	bulletList = iota
	dashList
	decimalDot
	decimalParen
	listKinds
)

// listKind tells a list item's kind and, for a numbered one, its number.
func listKind(marker string) (kind, start int) {
	switch {
	case marker == "-":
		return dashList, 0
	case marker != "" && marker[0] >= '0' && marker[0] <= '9':
		n := atoiPrefix(marker)
		if strings.HasSuffix(marker, ")") {
			return decimalParen, n
		}
		return decimalDot, n
	}
	return bulletList, 0
}

// item returns a list item: numbered through numbering.xml, each list its
// own numbering that starts where the Markdown starts it; a further
// paragraph of an item sits under its text.
func (x *builder) item(b richtext.Block, lists *listState, notes map[int][]richtext.Run) *paragraph {
	lv := max(b.Level, 1)
	ilvl := min(lv-1, 8)
	p := para(stList, x.runs(b.Runs, nil, notes)...)
	if b.Marker == "" {
		p.PPr.Ind = &ind{Left: listIndent(ilvl)}
	} else {
		kind, start := listKind(b.Marker)
		// Lists deeper than this item have ended; one at its depth goes
		// on if it is of the same kind.
		open := lists.open
		for len(open) > 0 && open[len(open)-1].level > lv {
			open = open[:len(open)-1]
		}
		if len(open) == 0 || open[len(open)-1].level != lv || open[len(open)-1].kind != kind {
			if len(open) > 0 && open[len(open)-1].level == lv {
				open = open[:len(open)-1]
			}
			open = append(open, openList{level: lv, kind: kind, numID: x.newList(kind, ilvl, start)})
		}
		lists.open = open
		p.PPr.NumPr = &numPr{Ilvl: wInt{ilvl}, NumID: wInt{open[len(open)-1].numID}}
	}
	if b.Last {
		p.PPr.Spacing = &spacing{After: twips(126)}
		for len(lists.open) > 0 && lists.open[len(lists.open)-1].level >= lv {
			lists.open = lists.open[:len(lists.open)-1]
		}
	}
	return p
}

// newList adds a list of a kind to numbering.xml and returns its id; a
// numbered list starts at start.
func (x *builder) newList(kind, ilvl, start int) int {
	id := len(x.nums) + 1
	n := num{ID: id, Abstract: wInt{kind}}
	if kind == decimalDot || kind == decimalParen {
		n.Override = []lvlOverride{{Ilvl: ilvl, StartOverride: wInt{max(start, 0)}}}
	}
	x.nums = append(x.nums, n)
	return id
}

// listIndent is where the text of a list item at ilvl starts.
func listIndent(ilvl int) int { return 360 + 280*ilvl }

// numberingPart returns numbering.xml: a definition for each kind of list,
// then every list of the document.
func (x *builder) numberingPart() numbering {
	n := numbering{W: nsW, Nums: x.nums}
	for kind := range listKinds {
		a := abstractNum{ID: kind, MultiType: wVal{"hybridMultilevel"}}
		for i := range 9 {
			l := lvl{Ilvl: i, Start: wInt{1}, LvlJc: wVal{"left"},
				PPr: pPr{Ind: &ind{Left: listIndent(i), Hanging: 360}}}
			switch kind {
			case bulletList:
				l.NumFmt, l.LvlText = wVal{"bullet"}, wVal{"•"}
				l.RPr = &rPr{RFonts: &rFonts{ASCII: sansLatin, HAnsi: sansLatin, EastAsia: sansKorean, Hint: "default"}}
			case dashList:
				l.NumFmt, l.LvlText = wVal{"bullet"}, wVal{"-"}
				l.RPr = &rPr{RFonts: &rFonts{ASCII: sansLatin, HAnsi: sansLatin, EastAsia: sansKorean, Hint: "default"}}
			case decimalDot:
				l.NumFmt, l.LvlText = wVal{"decimal"}, wVal{"%" + itoa(i+1) + "."}
			case decimalParen:
				l.NumFmt, l.LvlText = wVal{"decimal"}, wVal{"%" + itoa(i+1) + ")"}
			}
			a.Levels = append(a.Levels, l)
		}
		n.Abstract = append(n.Abstract, a)
	}
	return n
}

// table returns a GitHub table: the header row repeated on every page it
// spans, each column aligned as the Markdown says.
func (x *builder) table(t *richtext.TableData, notes map[int][]richtext.Run) *table {
	n := max(len(t.Align), len(t.Header))
	for _, r := range t.Rows {
		n = max(n, len(r))
	}
	n = max(n, 1)
	tb := &table{TblPr: tblPr{TblStyle: val(tbGrid), TblW: &width{5000, "pct"},
		TblLook: &tblLook{Val: "04A0", FirstRow: "1", LastRow: "0", FirstColumn: "0", LastColumn: "0", NoHBand: "1", NoVBand: "1"}}}
	for range n {
		tb.Grid.Cols = append(tb.Grid.Cols, wWidth{x.geo.textWidth / n})
	}
	mkRow := func(cells [][]richtext.Run, head bool) row {
		r := row{}
		if head {
			r.TrPr = &trPr{TblHeader: on}
		}
		for i := range n {
			var runs []richtext.Run
			if i < len(cells) {
				runs = cells[i]
			}
			var props *rPr
			if head {
				props = &rPr{B: on, BCs: on}
			}
			p := para(stTableText, x.runs(runs, props, notes)...)
			if i < len(t.Align) {
				switch t.Align[i] {
				case richtext.AlignCenter:
					p.PPr.Jc = val("center")
				case richtext.AlignRight:
					p.PPr.Jc = val("right")
				}
			}
			c := cell{TcPr: &tcPr{TcW: &width{x.geo.textWidth / n, "dxa"}}, Content: []any{p}}
			if head {
				c.TcPr.Shd = fill(tableHead)
			}
			r.Cells = append(r.Cells, c)
		}
		return r
	}
	tb.Rows = append(tb.Rows, mkRow(t.Header, true))
	for _, r := range t.Rows {
		tb.Rows = append(tb.Rows, mkRow(r, false))
	}
	return tb
}

// atoiPrefix returns the number a marker ("3)", "12.") starts with.
func atoiPrefix(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' || n > 1e8 {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}
