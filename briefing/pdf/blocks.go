package pdf

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/handout"
)

// Heading sizes of the analyst's Markdown, by level.
var headingSizes = map[int]float64{1: 13, 2: 12, 3: 11}

// headingLead is the line height of headings: display type is set tighter
// than body text.
const headingLead = 1.3

// pointIndent is the indent of each level of a Korean report's points.
const pointIndent = 12

var (
	quoteBar  = [3]int{120, 140, 175}
	quoteText = [3]int{55, 60, 72}
)

// drawBlocks draws the analyst's Markdown (a summary or a commentary);
// scope makes its footnote anchors unique in the document, and level is the
// bookmark level of its headings (-1 for none).
func (d *doc) drawBlocks(blocks []block, scope string, level int) {
	width := d.right - d.left
	justify := d.justified()
	var numbers [2]int // of the headings of a report: 1., 2. and 가., 나.
	// Bookmarks nest from level, the text's highest heading first, never
	// skipping a level.
	top, mark := 7, level-1
	for _, b := range blocks {
		if b.kind == headingBlock {
			top = min(top, b.level)
		}
	}
	for i, b := range blocks {
		switch b.kind {
		case headingBlock:
			size := headingSizes[b.level]
			if size == 0 {
				size = bodySize
			}
			runs := restyle(b.runs, size, true)
			if d.isReport() && b.level <= 2 {
				numbers[b.level-1]++
				if b.level == 1 {
					numbers[1] = 0
				}
				st := style{family: sans, size: size, bold: true, color: black}
				if len(runs) > 0 {
					st = runs[0].st
				}
				runs = append([]run{{handout.ReportNumber(b.level, numbers[b.level-1]) + " ", st}}, runs...)
			}
			bx := box{x: d.left, width: width, lead: headingLead}
			lines := d.lines(runs, bx)
			d.space(6)
			// A heading keeps at least two lines of what follows.
			d.ensure(float64(len(lines))*size*headingLead + 2*bodySize*leading + 3)
			if lv := min(level+b.level-top, mark+1); level >= 0 && lv <= level+1 {
				d.pdf.Bookmark(d.fonts.sanitize(plain(b.runs), &d.report), lv, d.y)
				mark = lv
			}
			d.flowLines(lines, bx, size)
			d.space(3)
		case itemBlock:
			// The marker ends 4 pt before the text, which starts where the
			// list's widest number ("10.", "100.") leaves room.
			st := style{family: sans, size: bodySize, color: black}
			if len(b.runs) > 0 {
				st = b.runs[0].st
				st.bold, st.italic, st.underline, st.link, st.anchor, st.rise = false, false, false, "", "", 0
			}
			col := 14.0
			if b.digits > 0 {
				col = max(col, d.measure(strings.Repeat("0", b.digits)+".", st)+6)
			}
			indent := 14*float64(b.level-1) + col
			d.marked(b.runs, b.marker, st, indent, indent-4, true, justify)
			d.space(2)
			if b.last {
				d.space(bodySize * 0.5)
			}
		case pointBlock:
			st := style{family: sans, size: bodySize, color: black}
			if len(b.runs) > 0 {
				st.family = b.runs[0].st.family
			}
			x := pointIndent * float64(max(b.level, 1)-1)
			if b.level == 1 && i > 0 {
				d.space(bodySize * 0.5)
			}
			d.marked(b.runs, b.marker, st, x+d.measure(b.marker+" ", st), x, false, justify)
			d.space(bodySize * 0.25)
		case quoteBlock:
			// The analyst's quotation: set in from a thin bar, unshaded
			// (source excerpts are shaded bands in the serif face).
			bx := box{x: d.left + 16, width: width - 32, justify: justify}
			lines := d.lines(recolor(b.runs, quoteText), bx)
			d.space(2)
			d.flowSplit(lines, bx, bodySize, func(n int, more bool) {
				d.pdf.SetFillColor(quoteBar[0], quoteBar[1], quoteBar[2])
				d.pdf.Rect(d.left+6, d.y, 1.6, float64(n)*bodySize*leading, "F")
			})
			d.space(bodySize * 0.6)
		case codeBlock:
			d.flow(b.runs, box{x: d.left + 10, width: width - 20}, bodySize-1)
		case ruleBlock:
			d.space(6)
			d.pdf.SetDrawColor(gray[0], gray[1], gray[2])
			d.pdf.SetLineWidth(0.5)
			d.pdf.Line(d.left, d.y, d.right, d.y)
			d.space(8)
		case tableBlock:
			d.space(4)
			d.drawTable(b.table)
			d.space(bodySize * 0.8)
		case noteBlock:
			if i == 0 || blocks[i-1].kind != noteBlock {
				d.space(4)
				d.ensure(2 * 9 * leading)
				d.pdf.SetDrawColor(gray[0], gray[1], gray[2])
				d.pdf.SetLineWidth(0.5)
				d.pdf.Line(d.left, d.y, d.left+80, d.y)
				d.space(4)
			}
			d.anchor(scope+"-"+noteAnchor(atoiPrefix(b.marker)), "", 0)
			st := style{family: sans, size: 9, color: gray}
			d.marked(resize(recolor(b.runs, gray), 9), b.marker, st, 16, 13, true, false)
		default:
			d.flow(b.runs, box{x: d.left, width: width, justify: justify}, bodySize)
			d.space(bodySize * 0.6)
		}
	}
}

// marked draws a paragraph with a hanging indent: every line of the text
// from indent, and the marker on the first line, starting at markX or, when
// right is set, ending there.
func (d *doc) marked(runs []run, marker string, st style, indent, markX float64, right, justify bool) {
	width := d.right - d.left
	size := st.size
	bx := box{x: d.left + indent, width: width - indent, justify: justify}
	lines := d.lines(runs, bx)
	first := true
	d.flowSplit(lines, bx, size, func(n int, more bool) {
		if !first || marker == "" {
			return
		}
		first = false
		x := d.left + markX
		if right {
			x -= d.measure(marker, st)
		}
		d.text(x, d.baseline(size, bx.lineHeight(size)), marker, st)
	})
}

// justified reports whether paragraphs are justified: in Korean handouts,
// as official reports are.
func (d *doc) justified() bool { return d.b.Details.Language != "en" }

// restyle returns runs with a different size and boldness.
func restyle(runs []run, size float64, bold bool) []run {
	out := resize(runs, size)
	for i := range out {
		out[i].st.bold = out[i].st.bold || bold
	}
	return out
}

// resize returns runs at another size.
func resize(runs []run, size float64) []run {
	out := make([]run, len(runs))
	for i, r := range runs {
		if r.st.rise > 0 {
			r.st.rise = size * 0.35
			r.st.size = size * 0.7
		} else {
			r.st.size = size
		}
		out[i] = r
	}
	return out
}

// recolor returns runs in another colour, links excepted.
func recolor(runs []run, c [3]int) []run {
	out := make([]run, len(runs))
	for i, r := range runs {
		if r.st.link == "" {
			r.st.color = c
		}
		out[i] = r
	}
	return out
}

// plain returns the text of runs.
func plain(runs []run) string {
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.text)
	}
	return strings.TrimSpace(b.String())
}

// atoiPrefix returns the number a footnote marker ("3)") starts with.
func atoiPrefix(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}
