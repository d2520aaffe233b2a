package pdf

import (
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
)

// The report style (보고서) is how Korean government and military offices
// write: a title block instead of a cover, the summary first in a box
// (두괄식), topics as numbered headings (Ⅰ. / 1. / 가.), the analyst's
// points in 개조식, and the excerpts gathered in an annex (붙임) with their
// sources.

// report reports whether the handout is in the report style.
func (d *doc) isReport() bool { return d.style == briefing.StyleReport }

// renderReport draws the whole document in the report style.
func (d *doc) renderReport() {
	d.newPage()
	d.anchor("cover", d.b.Details.Title, 0)
	d.titleBlock()
	d.declassify()
	d.summaryBox()
	for _, i := range d.shown {
		d.reportTopic(i)
	}
	d.annex()
}

// titleBlock draws the title between rules, and under it, to the right, the
// date and the authoring unit.
func (d *doc) titleBlock() {
	det := d.b.Details
	width := d.right - d.left
	if det.Marking != "" {
		d.y += 4
	}
	d.pdf.SetFillColor(black[0], black[1], black[2])
	d.pdf.Rect(d.left, d.y, width, 2.2, "F")
	d.y += 12
	size := 18.0
	bx := box{x: d.left, width: width, lead: displayLead}
	for _, l := range d.lines([]run{textRun(det.Title, sans, size, true, black)}, bx) {
		d.drawLine(l, d.left+(width-l.width)/2, d.baseline(size, size*displayLead), width)
		d.y += size * displayLead
	}
	if det.Subtitle != "" {
		st := 12.0
		for _, l := range d.lines([]run{textRun(det.Subtitle, sans, st, false, gray)}, bx) {
			d.drawLine(l, d.left+(width-l.width)/2, d.baseline(st, st*1.4), width)
			d.y += st * 1.4
		}
	}
	d.y += 8
	d.pdf.Rect(d.left, d.y, width, 0.6, "F")
	d.y += 8
	st := style{family: sans, size: 10, color: black}
	for _, s := range handout.NonEmpty(d.lbl.DateOf(det.Date), strings.Join(handout.NonEmpty(det.Organization, det.Author), " ")) {
		w := d.measure(s, st)
		d.text(d.right-w, d.baseline(10, 10*leading), s, st)
		d.y += 10 * leading
	}
	d.y += 14
}

// summaryBox draws the summary in a framed box headed 요약.
func (d *doc) summaryBox() {
	if strings.TrimSpace(d.b.Summary) == "" {
		return
	}
	d.anchor("summary", d.lbl.Summary, 0)
	label := d.lbl.Summary
	if d.b.Details.Language != "en" {
		label = "요  약"
	}
	width := d.right - d.left
	top, page := d.y, d.pdf.PageNo()
	d.pdf.SetFillColor(tableHeadBg[0], tableHeadBg[1], tableHeadBg[2])
	d.pdf.Rect(d.left, d.y, width, 20, "F")
	lst := style{family: sans, size: 11, bold: true, color: black}
	d.text(d.left+(width-d.measure(label, lst))/2, d.y+14, label, lst)
	d.y += 28
	left, right := d.left, d.right
	d.left, d.right = left+12, right-12
	d.drawBlocks(parseMarkdown(d.b.Summary, style{family: sans, size: bodySize, color: black}, "summary"), "summary", -1)
	d.left, d.right = left, right
	d.y += 4
	if d.pdf.PageNo() == page {
		d.pdf.SetDrawColor(black[0], black[1], black[2])
		d.pdf.SetLineWidth(0.8)
		d.pdf.Rect(d.left, top, width, d.y-top, "D")
	}
	d.y += 18
}

// reportTopic draws a topic as a numbered heading, the analyst's points and
// a line pointing to its excerpts in the annex.
func (d *doc) reportTopic(i int) {
	t := d.b.Topics[i]
	size := 13.5
	bx := box{x: d.left, width: d.right - d.left, lead: headingLead}
	lines := d.lines([]run{textRun(d.topicNumber(i)+" "+t.Title, sans, size, true, black)}, bx)
	if d.b.Details.TopicPages && d.y > d.top+200 {
		d.newPage()
	}
	d.y += 10
	d.ensure(float64(len(lines))*size*headingLead + 2*bodySize*leading + 6)
	d.anchor(topicKey(i), d.topicNumber(i)+" "+t.Title, 0)
	d.flowLines(lines, bx, size)
	d.y += 6
	if strings.TrimSpace(t.Commentary) != "" {
		d.drawBlocks(parseMarkdown(t.Commentary, style{family: serif, size: reportSize, color: black}, topicKey(i)), topicKey(i), 1)
	}
	switch {
	case len(t.Excerpts) > 0:
		st := style{family: sans, size: 9, color: gray}
		link := st
		link.anchor = annexKey(i)
		link.color = linkColor
		d.y += 2
		d.flow([]run{{"※ ", st}, {d.lbl.ExcerptsIn(len(t.Excerpts), d.pageOf(annexKey(i))), link}}, box{x: d.left, width: d.right - d.left}, 9)
	case handout.EmptyTopic(t):
		d.flow([]run{textRun(d.lbl.Nothing, serif, reportSize, false, gray)}, box{x: d.left, width: d.right - d.left}, reportSize)
	}
	d.y += 8
}

// reportSize is the body size of the report style.
const reportSize = 11

func annexKey(i int) string { return "annex-" + strconv.Itoa(i) }

// annex draws the excerpts of every topic under its heading, then the
// source list.
func (d *doc) annex() {
	any := false
	for _, i := range d.shown {
		if len(d.b.Topics[i].Excerpts) > 0 {
			any = true
		}
	}
	if any {
		d.sectionHeading("annex", d.lbl.AnnexTitle, true, 0)
		for _, i := range d.shown {
			t := d.b.Topics[i]
			if len(t.Excerpts) == 0 {
				continue
			}
			size := 11.5
			d.y += 6
			// The heading stays with its first excerpt, or two lines of it.
			d.ensure(size*headingLead + 4 + min(d.excerptHeight(t.Excerpts[0]), 2*excerptPad+minLines*excerptSize*leading))
			d.anchor(annexKey(i), d.topicNumber(i)+" "+t.Title, 1)
			d.flow([]run{textRun(d.topicNumber(i)+" "+t.Title, sans, size, true, accent)}, box{x: d.left, width: d.right - d.left, lead: headingLead}, size)
			d.y += 4
			for _, e := range t.Excerpts {
				d.drawExcerpt(e)
			}
		}
	}
	d.drawSources()
}
