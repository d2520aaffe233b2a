package pdf

import (
	"strconv"
	"strings"
)

// newPage starts a page and puts the pen at the top of the text area.
func (d *doc) newPage() {
	d.pdf.AddPage()
	// gofpdf restores the font and colours of the previous page after the
	// header, behind the back of the caches that skip repeated operators.
	d.curFont, d.curColor = fontState{}, colorState{}
	d.y = d.top
}

// ensure starts a new page unless h more points fit on this one.
func (d *doc) ensure(h float64) {
	if d.y+h > d.bottom {
		d.newPage()
	}
}

// box describes how a paragraph is set: its place on the line and, for
// excerpts, the shaded band and rule that set it apart.
type box struct {
	x, width float64
	shaded   bool
}

// flow lays out runs in the box and draws them line by line, breaking pages
// as needed. size is the font size that sets the line height.
func (d *doc) flow(runs []run, bx box, size float64) {
	d.flowLines(d.lines(runs, bx.width), bx, size)
}

// flowLines draws lines already laid out, breaking pages as needed. A
// shaded box gets one band per page rather than one per line.
func (d *doc) flowLines(lines []lineOf, bx box, size float64) {
	lh := size * leading
	for len(lines) > 0 {
		d.ensure(lh)
		n := max(1, min(len(lines), int((d.bottom-d.y)/lh+1e-9)))
		if bx.shaded {
			d.shade(bx, d.y, float64(n)*lh)
		}
		for _, l := range lines[:n] {
			d.drawLine(l, bx.x, d.baseline(size))
			d.y += lh
		}
		lines = lines[n:]
	}
}

// lines lays runs out in lines of the given width, or replays the lines the
// layout pass found for the same paragraph.
func (d *doc) lines(runs []run, width float64) []lineOf {
	if len(d.replay) > 0 {
		l := d.replay[0]
		d.replay = d.replay[1:]
		return l
	}
	l := d.breakLines(d.words(runs), width)
	d.laidOut = append(d.laidOut, l)
	return l
}

// baseline returns where text of the given size sits in the line at d.y.
func (d *doc) baseline(size float64) float64 {
	return d.y + size*leading/2 + size*0.35
}

// shade draws the band and rule of an excerpt behind one line.
func (d *doc) shade(bx box, y, h float64) {
	d.pdf.SetFillColor(quoteFill[0], quoteFill[1], quoteFill[2])
	d.pdf.Rect(bx.x-12, y, bx.width+22, h, "F")
	d.pdf.SetFillColor(quoteRule[0], quoteRule[1], quoteRule[2])
	d.pdf.Rect(bx.x-12, y, 2.2, h, "F")
	// Text in the fill colour needs no colour state of its own in gofpdf.
	d.pdf.SetFillColor(black[0], black[1], black[2])
}

// space adds vertical space, without carrying it over to a new page.
func (d *doc) space(h float64) {
	d.y += h
	if d.y > d.bottom {
		d.newPage()
	}
}

// text returns a run in the body style with the given size, boldness and colour.
func textRun(s, family string, size float64, bold bool, color [3]int) run {
	return run{s, style{family: family, size: size, bold: bold, color: color}}
}

// drawBlocks draws the analyst's Markdown.
func (d *doc) drawBlocks(blocks []block) {
	width := d.right - d.left
	for _, b := range blocks {
		switch b.kind {
		case headingBlock:
			size := map[int]float64{1: 13, 2: 12, 3: 11}[b.level]
			if size == 0 {
				size = bodySize
			}
			d.space(6)
			d.ensure(size*leading*2 + 10)
			d.flow(restyle(b.runs, size, true), box{x: d.left, width: width}, size)
			d.space(3)
		case itemBlock:
			// The marker ends 4 pt before the text, which starts where the
			// list's widest number ("10.", "100.") leaves room.
			st := style{family: sans, size: bodySize}
			col := 14.0
			if b.digits > 0 {
				col = max(col, d.measure(strings.Repeat("0", b.digits)+".", st)+6)
			}
			indent := 14*float64(b.level-1) + col
			if b.marker != "" {
				d.ensure(bodySize * leading)
				d.setFont(st)
				d.setTextColor(black)
				d.pdf.Text(d.left+indent-4-d.measure(b.marker, st), d.baseline(bodySize), b.marker)
			}
			d.flow(b.runs, box{x: d.left + indent, width: width - indent}, bodySize)
			d.space(2)
		case quoteBlock:
			d.flow(b.runs, box{x: d.left + 14, width: width - 28, shaded: true}, bodySize)
			d.space(6)
		case codeBlock:
			d.flow(b.runs, box{x: d.left + 10, width: width - 20}, bodySize-1)
		case ruleBlock:
			d.space(6)
			d.pdf.SetDrawColor(gray[0], gray[1], gray[2])
			d.pdf.SetLineWidth(0.5)
			d.pdf.Line(d.left, d.y, d.right, d.y)
			d.space(8)
		default:
			d.flow(b.runs, box{x: d.left, width: width}, bodySize)
			d.space(bodySize * 0.6)
		}
	}
}

// restyle returns runs with a different size and boldness.
func restyle(runs []run, size float64, bold bool) []run {
	out := make([]run, len(runs))
	for i, r := range runs {
		r.st.size = size
		r.st.bold = r.st.bold || bold
		out[i] = r
	}
	return out
}

// anchor marks the start of a section: it records the page for the
// contents, points the contents' link here and adds a bookmark.
func (d *doc) anchor(key, title string) {
	d.anchors[key] = d.pdf.PageNo()
	if id, ok := d.links[key]; ok {
		d.pdf.SetLink(id, d.y, -1)
	}
	d.pdf.Bookmark(d.fonts.sanitize(title, &d.report), 0, d.y)
}

// pageOf returns the page number of an anchor found in the previous pass.
func (d *doc) pageOf(key string) string {
	if n, ok := d.pages[key]; ok {
		return strconv.Itoa(n)
	}
	return "0"
}
