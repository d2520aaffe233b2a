package hwpx

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/handout"
)

// renderReport writes the report style (보고서), as Korean government and
// military offices write: a title block instead of a cover, the summary
// first in a box (두괄식), topics as numbered headings (Ⅰ. / 1. / 가.) with
// the analyst's points in 개조식, and the excerpts gathered in an annex
// (붙임) with their sources.
func (d *doc) renderReport() {
	d.titleBlock()
	d.declassify()
	d.summaryBox()
	for _, i := range d.shown {
		d.reportTopic(i)
	}
	d.annex()
}

// titleBlock writes the title and subtitle between rules, and under them,
// to the right, the date and the authoring unit.
func (d *doc) titleBlock() {
	det := d.b.Details
	rules := paraStyle{align: "CENTER", border: bfTitleRules, borderPad: 600, connect: true, line: 125, keepNext: true}
	title := charStyle{font: sans, size: 1800, bold: true, color: black}
	if det.Marking != "" {
		rules.before = 400
	}
	d.add(d.styled(stTitle, rules, d.run(title, det.Title)))
	if strings.TrimSpace(det.Subtitle) != "" {
		rules.before = 200
		d.add(d.styled(stSubtitle, rules, d.run(charStyle{font: sans, size: 1200, color: gray}, det.Subtitle)))
	}
	c := charStyle{font: sans, size: 1000, color: black}
	facts := handout.NonEmpty(d.lbl.DateOf(det.Date), strings.Join(handout.NonEmpty(det.Organization, det.Author), " "))
	for i, s := range facts {
		p := paraStyle{align: "RIGHT", line: 150}
		if i == 0 {
			p.before = 800
		}
		if i == len(facts)-1 {
			p.after = 1400
		}
		d.add(d.styled(stBody, p, d.run(c, s)))
	}
}

// summaryBox writes the summary in a frame headed 요약.
func (d *doc) summaryBox() {
	if blank(d.b.Summary) {
		return
	}
	label := d.lbl.Summary
	if !d.en {
		label = "요  약"
	}
	head := paraStyle{align: "CENTER", after: 400, line: 130, keepNext: true,
		border: bfBoxHead, connect: true, ignoreMargin: true}
	d.add(d.styled(stSummary, head, d.run(charStyle{font: sans, size: 1100, bold: true, color: black}, label)))
	body, notes := d.blocks(d.b.Summary, flow{box: true})
	d.add(body...)
	d.add(notes...)
	// Space after the box, outside it.
	d.add(d.styled(stBody, paraStyle{align: "LEFT", after: 600, line: 100}))
}

// reportTopic writes a topic as a numbered heading, the analyst's points
// and a line pointing to its excerpts in the annex.
func (d *doc) reportTopic(i int) {
	t := d.b.Topics[i]
	d.sectionHeading(d.topicNumber(i)+" "+t.Title, d.b.Details.TopicPages && i != d.shown[0])
	if !blank(t.Commentary) {
		body, notes := d.blocks(t.Commentary, flow{outlined: true})
		d.add(body...)
		d.add(notes...)
	}
	switch {
	case len(t.Excerpts) > 0:
		c := charStyle{font: sans, size: smallSize, color: gray}
		p := paraStyle{align: "LEFT", before: 200, after: 800, line: 150}
		d.add(d.styled(stBody, p, d.run(c, "※ "+d.lbl.ExcerptsInAnnex(len(t.Excerpts)))))
	case handout.EmptyTopic(t):
		d.add(d.inStyle(stBody, d.run(charStyle{font: serif, size: reportSize, color: gray}, d.lbl.Nothing)))
	}
}

// annex writes the excerpts of every topic under its heading, then the
// source list.
func (d *doc) annex() {
	any := false
	for _, i := range d.shown {
		if len(d.b.Topics[i].Excerpts) > 0 {
			any = true
		}
	}
	if any {
		d.sectionHeading(d.lbl.AnnexTitle, true)
		for _, i := range d.shown {
			t := d.b.Topics[i]
			if len(t.Excerpts) == 0 {
				continue
			}
			def := d.styles[stOutline2]
			p := def.para
			p.headLevel = 1
			c := charStyle{font: sans, size: 1150, bold: true, color: accent}
			d.add(d.styled(stOutline2, p, d.run(c, d.topicNumber(i)+" "+t.Title)))
			for _, e := range t.Excerpts {
				d.excerpt(e)
			}
		}
	}
	d.sectionHeading(d.lbl.Sources, d.b.Details.TopicPages)
	d.sources()
}
