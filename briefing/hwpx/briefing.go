package hwpx

import (
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
)

// renderBriefing writes the briefing style: a cover, the summary, one
// numbered section per topic with its excerpts, and the source list.
// Hancom Office builds a table of contents with page numbers from the
// outline levels (도구 › 차례 만들기); the document has none of its own,
// since only the application that lays out the pages knows them.
func (d *doc) renderBriefing() {
	d.cover()
	first := true // the first section starts a new page, after the cover
	if !blank(d.b.Summary) {
		d.sectionHeading(d.lbl.Summary, true)
		first = false
		body, notes := d.blocks(d.b.Summary, flow{})
		d.add(body...)
		d.add(notes...)
	}
	for _, i := range d.shown {
		d.topic(i, first || d.b.Details.TopicPages)
		first = false
	}
	d.sectionHeading(d.lbl.Sources, first || d.b.Details.TopicPages)
	d.sources()
}

// cover writes the title page: title, subtitle, date, author and
// organisation, the marking in a frame and the declassification notice.
func (d *doc) cover() {
	det := d.b.Details
	title := d.styles[stTitle]
	tp := title.para
	tp.before = d.page.height / 5
	sub := strings.TrimSpace(det.Subtitle) != ""
	if !sub {
		tp.after = d.styles[stSubtitle].para.after
	}
	d.add(d.styled(stTitle, tp, d.run(title.char, det.Title)))
	if sub {
		d.add(d.inStyle(stSubtitle, d.run(d.styles[stSubtitle].char, det.Subtitle)))
	}
	label := charStyle{font: sans, size: bodySize, bold: true, color: gray}
	value := charStyle{font: sans, size: bodySize, color: black}
	for _, f := range [][2]string{{d.lbl.Date, d.lbl.DateOf(det.Date)}, {d.lbl.Author, det.Author}, {d.lbl.Organization, det.Organization}} {
		if strings.TrimSpace(f[1]) == "" {
			continue
		}
		d.add(d.styled(stBody, paraStyle{align: "LEFT", after: 200}, d.run(label, f[0]), d.run(value, "   "+f[1])))
	}
	if m := strings.TrimSpace(det.Marking); m != "" {
		d.add(d.markingBox(m))
	}
	d.declassify()
}

// markingBox is the marking in a red frame, as wide as the marking.
func (d *doc) markingBox(m string) *para {
	c := charStyle{font: sans, size: 1200, bold: true, color: markRed}
	w := textWidthOf(clean(m), c.size) + 2*1200
	p := paraStyle{align: "CENTER", before: 2400, after: 600, right: max(0, d.textWidth()-w),
		border: bfMarking, borderPad: 500, line: 130}
	return d.styled(stMarking, p, d.run(c, m))
}

// declassify writes the declassification notice (예고문) of a marked
// handout that has one, in a frame.
func (d *doc) declassify() {
	det := d.b.Details
	if strings.TrimSpace(det.Marking) == "" || strings.TrimSpace(det.Declassify) == "" {
		return
	}
	c := charStyle{font: sans, size: smallSize, color: black}
	p := paraStyle{align: "LEFT", before: 1600, after: 600, left: 600, right: 600, border: bfNotice, borderPad: 500, line: 150}
	d.add(d.styled(stBody, p, d.run(c, d.lbl.Declassify+": "+det.Declassify)))
}

// sectionHeading writes a heading of the first outline level, on a new
// page when newPage is set.
func (d *doc) sectionHeading(title string, newPage bool) {
	def := d.styles[stOutline1]
	p := d.inStyle(stOutline1, d.run(def.char, title))
	if newPage {
		p.PageBreak = 1
	}
	d.add(p)
}

// topicNumber is the printed number of topic i: its place among the
// topics shown.
func (d *doc) topicNumber(i int) string {
	for n, j := range d.shown {
		if j == i {
			return handout.TopicNumber(n+1, d.report)
		}
	}
	return ""
}

// topic writes one numbered section: the commentary, the excerpts with
// their source lines, and the commentary's footnotes.
func (d *doc) topic(i int, newPage bool) {
	t := d.b.Topics[i]
	d.sectionHeading(d.topicNumber(i)+" "+t.Title, newPage)
	var notes []*para
	if !blank(t.Commentary) {
		var body []*para
		body, notes = d.blocks(t.Commentary, flow{outlined: true})
		d.add(body...)
	}
	if handout.EmptyTopic(t) {
		d.add(d.inStyle(stBody, d.run(charStyle{font: sans, size: bodySize, color: gray}, d.lbl.Nothing)))
		return
	}
	for _, e := range t.Excerpts {
		d.excerpt(e)
	}
	d.add(notes...)
}

// excerpt writes an excerpt's paragraphs in the shaded band of the
// excerpt style, and its source line under it.
func (d *doc) excerpt(e briefing.Excerpt) {
	def := d.styles[stExcerpt]
	for i, p := range handout.ExcerptParagraphs(e.Text) {
		if i == 0 {
			d.add(d.inStyle(stExcerpt, d.run(def.char, p)))
			continue
		}
		d.add(d.styled(stExcerpt, d.excerptPara(true), d.run(def.char, p)))
	}
	d.add(d.inStyle(stSourceLine, d.sourceLine(e)...))
}

// sourceLine is "— site · author · date · [n]" under an excerpt; the title
// is in the source list under [n].
func (d *doc) sourceLine(e briefing.Excerpt) []*run {
	c := d.styles[stSourceLine].char
	n, ok := d.cites[e.Article]
	a := d.b.Article(e.Article)
	if !ok || a == nil {
		return []*run{d.run(c, "—")}
	}
	parts := d.lbl.SourceFacts(a)
	if len(parts) == 0 {
		parts = []string{a.Title}
	}
	line := "— " + strings.Join(parts, " · ")
	if e.Edited() {
		line += " · " + d.lbl.Edited
	}
	cite := c
	cite.bold, cite.color = true, accent
	return []*run{d.run(c, line+" · "), d.run(cite, "["+strconv.Itoa(n)+"]")}
}

// sources writes the numbered list of cited articles: title, site,
// author, date, when it was retrieved, and the address as a link.
func (d *doc) sources() {
	cited := d.b.Cited()
	if len(cited) == 0 {
		d.add(d.inStyle(stBody, d.run(charStyle{font: sans, size: bodySize, color: gray}, d.lbl.NoExcerpts)))
		return
	}
	def := d.styles[stSources]
	num := def.char
	num.color = accent
	facts := charStyle{font: sans, size: smallSize, color: gray}
	under := paraStyle{align: "LEFT", left: sourceHang, line: 150, breakWord: true}
	for i, a := range cited {
		// The number hangs in the indent; Hancom Office lines the title up
		// after it.
		d.add(d.inStyle(stSources, d.run(num, "["+strconv.Itoa(i+1)+"]  "), d.run(def.char, a.Title)))
		fs := d.lbl.SourceFacts(a)
		if a.Retrieved != "" {
			fs = append(fs, d.lbl.Retrieved+" "+d.lbl.DateOf(a.Retrieved))
		}
		if len(fs) > 0 {
			d.add(d.styled(stSources, under, d.run(facts, strings.Join(fs, " · "))))
		}
		if a.URL != "" {
			var runs []*run
			if briefing.SafeLink(a.URL) {
				runs = d.link(facts, a.URL, a.URL)
			} else {
				runs = []*run{d.run(facts, a.URL)}
			}
			d.add(d.styled(stSources, under, runs...))
		}
	}
}
