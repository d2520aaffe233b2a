package pdf

import (
	"strconv"
	"strings"
)

// header draws the handling marking and, after the first page, the running
// header.
func (d *doc) header() {
	// gofpdf calls this from AddPage after restoring the font and colours of
	// before the previous page's footer, behind the back of the caches that
	// skip repeated operators.
	d.curFont, d.curColor = fontState{}, colorState{}
	if m := d.b.Details.Marking; m != "" {
		d.banner(m, markingInset)
	}
	if d.pdf.PageNo() == 1 {
		return
	}
	st := style{family: sans, size: 8, color: gray}
	y := d.top - 26
	date := d.lbl.DateOf(d.b.Details.Date)
	dateW := d.measure(date, st)
	title := d.fit(d.fonts.sanitize(d.b.Details.Title, &d.report), st, d.right-d.left-dateW-20)
	d.text(d.left, y, title, st)
	d.text(d.right-dateW, y, date, st)
	d.pdf.SetDrawColor(200, 200, 200)
	d.pdf.SetLineWidth(0.5)
	d.pdf.Line(d.left, y+6, d.right, y+6)
}

// footer draws the handling marking at the foot of a page; its number, "X
// of Y", is drawn when the total is known (pageNumbers).
func (d *doc) footer() {
	if m := d.b.Details.Marking; m != "" {
		d.banner(m, d.pageH-markingInset+4)
	}
}

// pageNumbers draws "page X of Y" at the foot of every page but the first,
// once every page is drawn, and the page numbers of the contents; gofpdf's
// page-count alias would upset text extraction of the line it is in.
func (d *doc) pageNumbers() {
	if d.out == nil {
		return
	}
	total := strconv.Itoa(d.pdf.PageNo())
	st := style{family: sans, size: 8, color: gray}
	for p := 2; p <= d.pdf.PageNo(); p++ {
		d.out.AppendToPage(p, func() {
			d.curFont, d.curColor = fontState{}, colorState{}
			label := d.lbl.PageOf(strconv.Itoa(p), total)
			d.text((d.pageW-d.measure(label, st))/2, d.pageH-48, label, st)
		})
	}
	for _, e := range d.contents {
		d.out.AppendToPage(e.page, func() {
			d.curFont, d.curColor = fontState{}, colorState{}
			page := strconv.Itoa(d.anchors[e.key])
			pageW := d.measure(page, e.st)
			d.leader(e.x, d.right-pageW-6, e.y)
			d.text(d.right-pageW, e.y, page, e.st)
		})
	}
	d.curFont, d.curColor = fontState{}, colorState{}
}

// contentsNumber is where a contents entry's page number goes, drawn once
// it is known (pageNumbers).
type contentsNumber struct {
	key  string  // the anchor of the section
	page int     // the contents page
	x, y float64 // where the leader starts, and the baseline
	st   style
}

// markingInset is the baseline of the top marking below the top edge (and,
// less the descent, of the bottom one above the bottom edge): its letters
// keep 10 mm from the edge, where no printer clips them.
const markingInset = 36

// banner draws the handling marking centred at baseline y.
func (d *doc) banner(m string, y float64) {
	st := style{family: sans, size: 9, bold: true, color: markRed}
	m = d.fonts.sanitize(m, &d.report)
	d.text((d.pageW-d.measure(m, st))/2, y, m, st)
}

// Display type of the cover.
const (
	coverTitleSize    = 24
	coverSubtitleSize = 14
	displayLead       = 1.22
)

// drawCover draws the title page.
func (d *doc) drawCover() {
	d.newPage()
	det := d.b.Details
	width := d.right - d.left
	d.y = d.pageH * 0.26
	d.pdf.SetFillColor(accent[0], accent[1], accent[2])
	d.pdf.Rect(d.left, d.y-18, 48, 4, "F")
	d.flow([]run{textRun(det.Title, sans, coverTitleSize, true, accent)}, box{x: d.left, width: width, lead: displayLead}, coverTitleSize)
	if det.Subtitle != "" {
		d.space(10)
		d.flow([]run{textRun(det.Subtitle, sans, coverSubtitleSize, false, gray)}, box{x: d.left, width: width, lead: 1.35}, coverSubtitleSize)
	}
	d.space(28)
	for _, f := range [][2]string{{d.lbl.Date, d.lbl.DateOf(det.Date)}, {d.lbl.Author, det.Author}, {d.lbl.Organization, det.Organization}} {
		if f[1] == "" {
			continue
		}
		d.flow([]run{textRun(f[0], sans, 10.5, true, gray), textRun("   "+f[1], sans, 10.5, false, black)}, box{x: d.left, width: width}, 10.5)
	}
	if det.Marking != "" {
		d.space(24)
		d.markingBox(d.left)
	}
	d.declassify()
}

// markingBox draws the marking in a red frame at x, at the pen.
func (d *doc) markingBox(x float64) {
	st := style{family: sans, size: 12, bold: true, color: markRed}
	m := d.fonts.sanitize(d.b.Details.Marking, &d.report)
	w := d.measure(m, st) + 24
	d.pdf.SetDrawColor(markRed[0], markRed[1], markRed[2])
	d.pdf.SetLineWidth(1.2)
	d.pdf.Rect(x, d.y, w, 26, "D")
	d.text(x+12, d.y+17.5, m, st)
	d.y += 26
}

// declassify draws the declassification notice (예고문) at the foot of the
// first page, when the handout is marked and has one, and keeps the text of
// the page above it.
func (d *doc) declassify() {
	det := d.b.Details
	if det.Marking == "" || strings.TrimSpace(det.Declassify) == "" {
		return
	}
	st := style{family: sans, size: 9, color: black}
	bx := box{x: d.left + 8, width: d.right - d.left - 16}
	lines := d.lines([]run{{d.lbl.Declassify + ": " + det.Declassify, st}}, bx)
	h := float64(len(lines))*9*leading + 10
	y := d.bottom - h
	if d.y+8 > y {
		return // no room: the notice is also in the document's keywords
	}
	save := d.y
	d.y = y
	d.pdf.SetDrawColor(gray[0], gray[1], gray[2])
	d.pdf.SetLineWidth(0.6)
	d.pdf.Rect(d.left, d.y, d.right-d.left, h, "D")
	d.y += 5
	d.flowLines(lines, bx, 9)
	d.y = save
	d.bottom = y - 12
}

// sectionGap is the space above a section that follows another on its page.
const sectionGap = 26

// sectionHeading starts a section, on a new page when newPage is set and
// otherwise below what came before with space above, with a bookmark and
// anchor. The heading keeps keep points of what follows (at least two lines).
func (d *doc) sectionHeading(key, title string, newPage bool, keep float64) {
	size := 16.0
	bx := box{x: d.left, width: d.right - d.left, lead: headingLead}
	lines := d.lines([]run{textRun(title, sans, size, true, accent)}, bx)
	h := float64(len(lines))*size*headingLead + 16 + max(keep, 2*bodySize*leading)
	switch {
	case newPage:
		d.newPage()
	case d.y > d.top:
		d.y += sectionGap
		d.ensure(h)
	}
	d.anchor(key, title, 0)
	d.flowLines(lines, bx, size)
	d.pdf.SetDrawColor(accent[0], accent[1], accent[2])
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(d.left, d.y+2, d.right, d.y+2)
	d.space(14)
}

// drawSummary draws the executive summary (BLUF), if there is one.
func (d *doc) drawSummary() {
	if strings.TrimSpace(d.b.Summary) == "" {
		return
	}
	d.sectionHeading("summary", d.lbl.Summary, false, 0)
	d.drawBlocks(parseMarkdown(d.b.Summary, style{family: sans, size: bodySize, color: black}, "summary"), "summary", 1)
}

// drawContents draws the table of contents with page numbers and links.
func (d *doc) drawContents() {
	d.sectionHeading("contents", d.lbl.Contents, true, 0)
	if strings.TrimSpace(d.b.Summary) != "" {
		d.contentsEntry("summary", "", d.lbl.Summary)
	}
	for _, i := range d.shown {
		d.contentsEntry(topicKey(i), d.topicNumber(i), d.b.Topics[i].Title)
	}
	d.contentsEntry("sources", "", d.lbl.Sources)
}

// contentsEntry draws one line of the contents: the number, the title
// (wrapped lines hang under the title, not the number), a dotted leader and
// the page, all one link.
func (d *doc) contentsEntry(key, num, title string) {
	size := 11.0
	bx := box{x: d.left + 22, width: d.right - d.left - 22 - 40, lead: 1.45}
	lh := bx.lineHeight(size)
	st := style{family: sans, size: size, color: black}
	lines := d.lines([]run{{title, st}}, bx)
	d.ensure(float64(len(lines))*lh + 4)
	top := d.y
	if num != "" {
		d.text(d.left, d.baseline(size, lh), num, st)
	} else {
		bx.x = d.left
	}
	for i, l := range lines {
		d.drawLine(l, bx.x, d.baseline(size, lh), bx.width)
		if i == len(lines)-1 {
			d.contents = append(d.contents, contentsNumber{key: key, page: d.pdf.PageNo(), x: bx.x + l.width + 6, y: d.baseline(size, lh), st: st})
		}
		d.y += lh
	}
	d.pdf.Link(d.left, top, d.right-d.left, d.y-top, d.anchorLink(key))
	d.y += 4
}

// leader draws the dotted line between a contents entry and its page number.
func (d *doc) leader(x1, x2, y float64) {
	if x2-x1 < 6 || d.out == nil {
		return
	}
	d.pdf.SetDrawColor(160, 160, 160)
	d.pdf.SetLineWidth(0.6)
	d.pdf.SetDashPattern([]float64{0.6, 2.4}, 0)
	d.pdf.Line(x1, y-1, x2, y-1)
	d.pdf.SetDashPattern([]float64{}, 0)
}

// fit shortens text with an ellipsis so that it is at most width wide.
func (d *doc) fit(text string, st style, width float64) string {
	if d.measure(text, st) <= width {
		return text
	}
	limit := width - d.measure("…", st)
	w := 0.0
	for i, r := range text {
		w += d.measure(string(r), st)
		if w > limit {
			return text[:i] + "…"
		}
	}
	return text
}
