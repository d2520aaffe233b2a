package pdf

import (
	"fmt"
	"strconv"
	"strings"
)

// header draws the handling marking and, after the cover, the running header.
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
	dateW := d.measure(d.b.Details.Date, st)
	title := d.fit(d.fonts.sanitize(d.b.Details.Title, &d.report), st, d.right-d.left-dateW-20)
	d.setFont(st)
	d.setTextColor(gray)
	d.pdf.Text(d.left, y, title)
	d.pdf.Text(d.right-dateW, y, d.b.Details.Date)
	d.pdf.SetDrawColor(200, 200, 200)
	d.pdf.SetLineWidth(0.5)
	d.pdf.Line(d.left, y+6, d.right, y+6)
}

// footer draws "page X of Y" and the handling marking.
func (d *doc) footer() {
	if d.pdf.PageNo() > 1 {
		st := style{family: sans, size: 8, color: gray}
		// The total comes from the first pass; gofpdf's page-count alias
		// upsets text extraction of the line it is in.
		label := d.lbl.pageOf(strconv.Itoa(d.pdf.PageNo()), d.pageOf("total"))
		d.setFont(st)
		d.setTextColor(gray)
		d.pdf.Text((d.pageW-d.measure(label, st))/2, d.pageH-48, label)
	}
	if m := d.b.Details.Marking; m != "" {
		d.banner(m, d.pageH-markingInset+4)
	}
}

// markingInset is the baseline of the top marking below the top edge (and,
// less the descent, of the bottom one above the bottom edge): its letters
// keep 10 mm from the edge, where no printer clips them.
const markingInset = 36

// banner draws the handling marking centred at baseline y.
func (d *doc) banner(m string, y float64) {
	st := style{family: sans, size: 9, bold: true, color: markRed}
	m = d.fonts.sanitize(m, &d.report)
	d.setFont(st)
	d.setTextColor(markRed)
	d.pdf.Text((d.pageW-d.measure(m, st))/2, y, m)
}

// drawCover draws the title page.
func (d *doc) drawCover() {
	d.newPage()
	det := d.b.Details
	width := d.right - d.left
	d.y = d.pageH * 0.28
	d.pdf.SetFillColor(accent[0], accent[1], accent[2])
	d.pdf.Rect(d.left, d.y-18, 48, 4, "F")
	d.flow([]run{textRun(det.Title, sans, 24, true, accent)}, box{x: d.left, width: width}, 24)
	if det.Subtitle != "" {
		d.space(4)
		d.flow([]run{textRun(det.Subtitle, sans, 14, false, gray)}, box{x: d.left, width: width}, 14)
	}
	d.space(28)
	for _, f := range [][2]string{{d.lbl.date, det.Date}, {d.lbl.author, det.Author}, {d.lbl.organization, det.Organization}} {
		if f[1] == "" {
			continue
		}
		d.flow([]run{textRun(f[0], sans, 10.5, true, gray), textRun("   "+f[1], sans, 10.5, false, black)}, box{x: d.left, width: width}, 10.5)
	}
	if det.Marking != "" {
		d.space(24)
		st := style{family: sans, size: 12, bold: true, color: markRed}
		m := d.fonts.sanitize(det.Marking, &d.report)
		w := d.measure(m, st) + 24
		d.pdf.SetDrawColor(markRed[0], markRed[1], markRed[2])
		d.pdf.SetLineWidth(1.2)
		d.pdf.Rect(d.left, d.y, w, 26, "D")
		d.setFont(st)
		d.setTextColor(markRed)
		d.pdf.Text(d.left+12, d.y+17.5, m)
	}
}

// sectionHeading starts a section on a new page with a bookmark and anchor.
func (d *doc) sectionHeading(key, title string) {
	d.newPage()
	d.anchor(key, title)
	d.flow([]run{textRun(title, sans, 16, true, accent)}, box{x: d.left, width: d.right - d.left}, 16)
	d.pdf.SetDrawColor(accent[0], accent[1], accent[2])
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(d.left, d.y+2, d.right, d.y+2)
	d.space(16)
}

// drawSummary draws the executive summary (BLUF); a briefing without one
// goes straight to the contents rather than print an empty page.
func (d *doc) drawSummary() {
	if strings.TrimSpace(d.b.Summary) == "" {
		return
	}
	d.sectionHeading("summary", d.lbl.summary)
	d.drawBlocks(parseMarkdown(d.b.Summary, style{family: sans, size: bodySize, color: black}))
}

// drawContents draws the table of contents with page numbers and links.
func (d *doc) drawContents() {
	d.sectionHeading("contents", d.lbl.contents)
	for i, t := range d.b.Topics {
		d.contentsEntry(fmt.Sprintf("topic-%d", i), topicTitle(i, t.Title))
	}
	d.contentsEntry("sources", d.lbl.sources)
}

func (d *doc) contentsEntry(key, title string) {
	size := 11.0
	lh := size * leading
	d.ensure(lh + 4)
	num := d.pageOf(key)
	st := style{family: sans, size: size, color: black}
	numW := d.measure(num, st)
	avail := d.right - d.left - numW - 24
	lines := d.lines([]run{{title, st}}, avail)
	link := d.pdf.AddLink()
	d.links[key] = link
	top := d.y
	for i, l := range lines {
		d.drawLine(l, d.left, d.baseline(size))
		if i == len(lines)-1 {
			d.leader(d.left+l.width+6, d.right-numW-6, d.baseline(size))
			d.setFont(st)
			d.setTextColor(black)
			d.pdf.Text(d.right-numW, d.baseline(size), num)
		}
		d.y += lh
	}
	d.pdf.Link(d.left, top, d.right-d.left, d.y-top, link)
	d.y += 4
}

// leader draws the dotted line between a contents entry and its page number.
func (d *doc) leader(x1, x2, y float64) {
	if x2-x1 < 6 {
		return
	}
	d.pdf.SetDrawColor(160, 160, 160)
	d.pdf.SetLineWidth(0.6)
	d.pdf.SetDashPattern([]float64{0.6, 2.4}, 0)
	d.pdf.Line(x1, y-1, x2, y-1)
	d.pdf.SetDashPattern([]float64{}, 0)
}

func topicTitle(i int, title string) string {
	return fmt.Sprintf("%d. %s", i+1, title)
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
