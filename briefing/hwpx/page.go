package hwpx

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// pageSize is the paper, in HWPUNIT (1/7200 inch).
type pageSize struct{ width, height int }

func pageSizeOf(paper string) pageSize {
	if paper == briefing.PaperLetter {
		return pageSize{61200, 79200} // 8.5 × 11 in
	}
	return pageSize{59528, 84188} // 210 × 297 mm
}

// Page margins, in HWPUNIT. The header and footer areas lie inside the
// top and bottom margins' distance from the edge, so that the marking
// stands 10 mm from the paper's edge, where no printer clips it, as in
// the PDF.
const (
	marginSide   = 6200 // 62 pt, the PDF's
	marginEdge   = 2835 // 10 mm: the edge to the header and the footer
	headerHeight = 4252 // 15 mm
	footerHeight = 4252
	englishWidth = 38000 // an English handout's measure: about 70 characters
)

// textWidth is the width of the text column.
func (d *doc) textWidth() int {
	return d.page.width - 2*d.sideMargin()
}

// sideMargin is the left and right margin: wider in English, which reads
// best at 60 to 80 characters a line.
func (d *doc) sideMargin() int {
	if d.en {
		return max(marginSide, (d.page.width-englishWidth)/2)
	}
	return marginSide
}

// setupPara is the section's first paragraph, which carries the page
// setup (hp:secPr), the single column and the header and footer of every
// page.
func (d *doc) setupPara() *para {
	sp := secPr{
		TextDirection: "HORIZONTAL", SpaceColumns: 1134, TabStop: 8000, TabStopVal: 4000, TabStopUnit: "HWPUNIT",
		OutlineShape: 1, // the sheet's first numbering: outline levels without numbers
		Grid:         grid{},
		StartNum:     startNum{PageStartsOn: "BOTH"},
		Visibility:   visibility{Border: "SHOW_ALL", Fill: "SHOW_ALL"},
		PagePr: pagePr{Landscape: "WIDELY", Width: d.page.width, Height: d.page.height, GutterType: "LEFT_ONLY",
			Margin: pageMargin{Header: headerHeight, Footer: footerHeight, Left: d.sideMargin(), Right: d.sideMargin(),
				Top: marginEdge, Bottom: marginEdge}},
		FootNotePr: notePr{
			AutoNumFormat: autoNumFormat{Type: "DIGIT", SuffixChar: ")"},
			NoteLine:      noteLine{Length: -1, Type: "SOLID", Width: "0.12 mm", Color: "#000000"},
			NoteSpacing:   noteSpacing{BetweenNotes: 283, BelowLine: 567, AboveLine: 850},
			Numbering:     noteNumbering{Type: "CONTINUOUS", NewNum: 1},
			Placement:     notePlacement{Place: "EACH_COLUMN"},
		},
		EndNotePr: notePr{
			AutoNumFormat: autoNumFormat{Type: "DIGIT", SuffixChar: ")"},
			NoteLine:      noteLine{Length: 14692344, Type: "SOLID", Width: "0.12 mm", Color: "#000000"},
			NoteSpacing:   noteSpacing{BelowLine: 567, AboveLine: 850},
			Numbering:     noteNumbering{Type: "CONTINUOUS", NewNum: 1},
			Placement:     notePlacement{Place: "END_OF_DOCUMENT"},
		},
	}
	for _, t := range []string{"BOTH", "EVEN", "ODD"} {
		sp.PageBorderFill = append(sp.PageBorderFill, pageBorderFill{Type: t, BorderFill: bfNone, TextBorder: "PAPER",
			FillArea: "PAPER", Offset: sideMargin{1417, 1417, 1417, 1417}})
	}
	items := []any{sp, ctrl{Item: colPr{Type: "NEWSPAPER", Layout: "LEFT", ColCount: 1, SameSz: 1}}}
	if hp := d.headerParas(); len(hp) > 0 {
		items = append(items, ctrl{Item: d.headFoot("hp:header", 1, "TOP", headerHeight, hp)})
	}
	items = append(items, ctrl{Item: d.headFoot("hp:footer", 2, "BOTTOM", footerHeight, d.footerParas())}, text{})
	return &para{ParaPr: d.styles[stNormal].paraID, Style: stNormal,
		Runs: []*run{{CharPr: d.styles[stNormal].charID, Items: items}}}
}

func (d *doc) headFoot(name string, id int, valign string, height int, paras []*para) headFoot {
	h := headFoot{ID: id, ApplyPage: "BOTH", SubList: subList{TextDirection: "HORIZONTAL", LineWrap: "BREAK",
		VertAlign: valign, TextWidth: d.textWidth(), TextHeight: height, Paras: paras}}
	h.XMLName.Local = name
	return h
}

// headerParas are the header of every page: the marking, and in the
// briefing style the running header (title · date) above a rule.
func (d *doc) headerParas() []*para {
	var out []*para
	if m := strings.TrimSpace(d.b.Details.Marking); m != "" {
		out = append(out, d.inStyle(stMarking, d.run(d.styles[stMarking].char, m)))
	}
	if !d.report {
		line := strings.Join(nonEmpty(d.b.Details.Title, d.lbl.DateOf(d.b.Details.Date)), "  ·  ")
		ps := d.styles[stHeader].para
		ps.align, ps.border, ps.borderPad, ps.before = "LEFT", bfRunning, 200, 300
		out = append(out, d.styled(stHeader, ps, d.run(d.styles[stHeader].char, line)))
	}
	return out
}

// footerParas are the footer of every page: the page number as "X / Y 쪽"
// or "page X of Y", which Hancom Office counts as it lays the pages out,
// and the marking.
func (d *doc) footerParas() []*para {
	st := d.styles[stFooter].char
	cid := d.sh.char(st)
	// The label's words around the two numbers, in the handout's language.
	const pageMark, totalMark = "\x00P\x00", "\x00T\x00"
	label := d.lbl.PageOf(pageMark, totalMark)
	r := &run{CharPr: cid}
	for _, part := range splitKeep(label, pageMark, totalMark) {
		switch part {
		case pageMark:
			r.Items = append(r.Items, ctrl{Item: pageNumber("PAGE")})
		case totalMark:
			r.Items = append(r.Items, ctrl{Item: pageNumber("TOTAL_PAGE")})
		default:
			r.Items = append(r.Items, textOf(part))
		}
	}
	out := []*para{d.inStyle(stFooter, r)}
	if m := strings.TrimSpace(d.b.Details.Marking); m != "" {
		out = append(out, d.inStyle(stMarking, d.run(d.styles[stMarking].char, m)))
	}
	return out
}

func pageNumber(kind string) autoNum {
	return autoNum{Num: 1, NumType: kind, Format: autoNumFormat{Type: "DIGIT"}}
}

// splitKeep splits s around the marks, keeping them.
func splitKeep(s string, marks ...string) []string {
	var out []string
	for s != "" {
		at, mark := len(s), ""
		for _, m := range marks {
			if i := strings.Index(s, m); i >= 0 && i < at {
				at, mark = i, m
			}
		}
		if at > 0 {
			out = append(out, s[:at])
		}
		if mark == "" {
			break
		}
		out = append(out, mark)
		s = s[at+len(mark):]
	}
	return out
}
