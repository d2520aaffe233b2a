package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
)

const (
	excerptSize = 10
	sourceSize  = 8
	excerptPad  = 6
)

func topicKey(i int) string { return "topic-" + strconv.Itoa(i) }

// topicNumber returns the printed number of topic i: its place among the
// topics shown.
func (d *doc) topicNumber(i int) string {
	for n, j := range d.shown {
		if j == i {
			return handout.TopicNumber(n+1, d.isReport())
		}
	}
	return ""
}

// drawTopic draws one numbered section: the analyst's commentary, then the
// excerpts, each shaded apart and followed by its source line.
func (d *doc) drawTopic(i int) {
	t := d.b.Topics[i]
	d.sectionHeading(topicKey(i), d.topicNumber(i)+" "+t.Title, d.b.Details.TopicPages, d.keepExcerpt(t))
	// The commentary's footnotes are notes at the end of the topic.
	var notes []block
	if strings.TrimSpace(t.Commentary) != "" {
		var body []block
		for _, b := range parseMarkdown(t.Commentary, style{family: sans, size: bodySize, color: black}, topicKey(i)) {
			if b.kind == noteBlock {
				notes = append(notes, b)
			} else {
				body = append(body, b)
			}
		}
		d.drawBlocks(body, topicKey(i), 1)
		d.space(6)
	}
	if handout.EmptyTopic(t) {
		d.flow([]run{textRun(d.lbl.Nothing, sans, bodySize, false, gray)}, box{x: d.left, width: d.right - d.left}, bodySize)
		return
	}
	for _, e := range t.Excerpts {
		d.drawExcerpt(e)
	}
	d.drawBlocks(notes, topicKey(i), -1)
}

// drawExcerpt draws an excerpt in a shaded band with its source line under
// it. An excerpt that goes on to the next page keeps two lines on each side
// and says so at the foot of the first part; a short one that does not fit
// moves whole to the next page, so that it stays with its source.
func (d *doc) drawExcerpt(e briefing.Excerpt) {
	d.takeAhead()
	bx := d.excerptBox()
	lh := excerptSize * leading
	var lines []lineOf
	for i, p := range handout.ExcerptParagraphs(e.Text) {
		// The lines are copied before the gap is set: the paragraph's lines
		// are shared with the other pass and with a paragraph of the same
		// text elsewhere.
		start := len(lines)
		lines = append(lines, d.lines([]run{textRun(p, serif, excerptSize, false, black)}, bx)...)
		if i > 0 && len(lines) > start {
			lines[start].gapAbove = excerptSize * 0.6
		}
	}
	source := d.lines(d.sourceLine(e), box{x: bx.x, width: bx.width})
	srcH := float64(len(source)) * sourceSize * leading
	height := 2*excerptPad + 3 + heightOf(lines, lh) + srcH
	if height <= (d.bottom-d.top)/3 {
		d.ensure(height)
	}
	for len(lines) > 0 {
		avail := d.bottom - d.y - 2*excerptPad
		fit := 0
		h := 0.0
		for fit < len(lines) && h+lines[fit].gapAbove+lh <= avail+1e-6 {
			h += lines[fit].gapAbove + lh
			fit++
		}
		n := split(len(lines), fit, d.y <= d.top)
		if n == len(lines) && d.y+2*excerptPad+h+3+srcH > d.bottom && len(lines) > 2*minLines && d.y > d.top {
			// The last lines fit but the source line does not: carry two
			// lines over with it.
			n = len(lines) - minLines
		}
		if n == 0 {
			d.newPage()
			continue
		}
		partH := heightOf(lines[:n], lh)
		more := n < len(lines)
		d.shade(bx, d.y, 2*excerptPad+partH)
		d.y += excerptPad
		for _, l := range lines[:n] {
			d.y += l.gapAbove
			d.drawLine(l, bx.x, d.baseline(excerptSize, lh), bx.width)
			d.y += lh
		}
		lines = lines[n:]
		if more {
			st := style{family: sans, size: 7.5, color: gray}
			d.text(bx.x+bx.width-d.measure(d.lbl.Continued, st), d.y+excerptPad+4, d.lbl.Continued, st)
			d.newPage()
			lines[0].gapAbove = 0
			continue
		}
		d.y += excerptPad
	}
	d.y += 3
	d.ensure(srcH)
	if _, ok := d.cites[e.Article]; ok {
		d.citedHere(d.cites[e.Article])
	}
	d.flowLines(source, box{x: bx.x, width: bx.width}, sourceSize)
	d.space(12)
}

// keepExcerpt returns how much of a topic's first excerpt its heading keeps
// with it, when the topic opens with one: all of a short one (which would
// not be split), the first two lines of a long one.
func (d *doc) keepExcerpt(t briefing.Topic) float64 {
	if strings.TrimSpace(t.Commentary) != "" || len(t.Excerpts) == 0 {
		return 0
	}
	h := d.excerptHeight(t.Excerpts[0])
	if h <= (d.bottom-d.top)/3 {
		return h
	}
	return 2*excerptPad + minLines*excerptSize*leading
}

// excerptBox is where an excerpt's text goes: set in from both sides of
// the column, inside its shaded band.
func (d *doc) excerptBox() box {
	return box{x: d.left + 14, width: d.right - d.left - 28, justify: d.justified()}
}

// excerptLines breaks the lines of an excerpt's paragraphs as drawExcerpt
// will ask for them.
func (d *doc) excerptLines(e briefing.Excerpt) {
	bx := d.excerptBox()
	for _, p := range handout.ExcerptParagraphs(e.Text) {
		d.lines([]run{textRun(p, serif, excerptSize, false, black)}, bx)
	}
}

// excerptHeight returns the height an excerpt and its source line take
// when they are not split.
func (d *doc) excerptHeight(e briefing.Excerpt) float64 {
	bx := d.excerptBox()
	h := 2*excerptPad + 3 + float64(len(d.lines(d.sourceLine(e), box{x: bx.x, width: bx.width})))*sourceSize*leading
	for i, p := range handout.ExcerptParagraphs(e.Text) {
		if i > 0 {
			h += excerptSize * 0.6
		}
		h += float64(len(d.lines([]run{textRun(p, serif, excerptSize, false, black)}, bx))) * excerptSize * leading
	}
	return h
}

// heightOf returns the height of lines of height lh with their gaps.
func heightOf(lines []lineOf, lh float64) float64 {
	h := 0.0
	for _, l := range lines {
		h += l.gapAbove + lh
	}
	return h
}

// shade draws the band and rule of an excerpt.
func (d *doc) shade(bx box, y, h float64) {
	d.pdf.SetFillColor(quoteFill[0], quoteFill[1], quoteFill[2])
	d.pdf.Rect(bx.x-12, y, bx.width+22, h, "F")
	d.pdf.SetFillColor(quoteRule[0], quoteRule[1], quoteRule[2])
	d.pdf.Rect(bx.x-12, y, 2.2, h, "F")
	// Text in the fill colour needs no colour state of its own in gofpdf.
	d.pdf.SetFillColor(black[0], black[1], black[2])
}

// sourceLine is "— site · author · date · [n]" under an excerpt: short,
// since the title is in the source list, where [n] links to. The runs of
// each article's line are made once per pass.
func (d *doc) sourceLine(e briefing.Excerpt) []run {
	key := sourceRunsKey{e.Article, e.Edited()}
	if runs, ok := d.sources[key]; ok {
		return runs
	}
	runs := d.makeSourceLine(e)
	d.sources[key] = runs
	return runs
}

// sourceRunsKey names a source line: the article, and whether the excerpt
// was edited.
type sourceRunsKey struct {
	article string
	edited  bool
}

func (d *doc) makeSourceLine(e briefing.Excerpt) []run {
	st := style{family: sans, size: sourceSize, color: gray}
	n, ok := d.cites[e.Article]
	a := d.b.Article(e.Article)
	if !ok || a == nil {
		return []run{{"—", st}}
	}
	cite := st
	cite.bold = true
	cite.color = accent
	cite.anchor = sourceKey(n)
	parts := d.lbl.SourceFacts(a)
	if len(parts) == 0 {
		parts = []string{d.fit(a.Title, st, 200)}
	}
	text := "— " + strings.Join(parts, " · ")
	if e.Edited() {
		text += " · " + d.lbl.Edited
	}
	return []run{{text + " · ", st}, {"[" + strconv.Itoa(n) + "]", cite}}
}

func sourceKey(n int) string { return "source-" + strconv.Itoa(n) }

// citedHere records that source n is cited on the current page.
func (d *doc) citedHere(n int) {
	p := d.pdf.PageNo()
	if pages := d.citedOn[n]; len(pages) == 0 || pages[len(pages)-1] != p {
		d.citedOn[n] = append(pages, p)
	}
}

// drawSources draws the numbered list of cited articles: title, site,
// author, date, address, when it was retrieved, and the pages citing it.
func (d *doc) drawSources() {
	d.sectionHeading("sources", d.lbl.Sources, d.b.Details.TopicPages, 3*bodySize*leading)
	width := d.right - d.left
	cited := d.b.Cited()
	if len(cited) == 0 {
		d.flow([]run{textRun(d.lbl.NoExcerpts, sans, bodySize, false, gray)}, box{x: d.left, width: width}, bodySize)
	}
	for i, a := range cited {
		num := fmt.Sprintf("[%d]", i+1)
		bx := box{x: d.left + 30, width: width - 30}
		title := d.lines([]run{textRun(a.Title, sans, bodySize, true, black)}, bx)
		d.ensure(float64(len(title))*bodySize*leading + 9*leading*2)
		d.anchor(sourceKey(i+1), "", 0)
		d.text(d.left, d.baseline(bodySize, bodySize*leading), num, style{family: sans, size: bodySize, bold: true, color: accent})
		d.flowLines(title, bx, bodySize)
		facts := d.lbl.SourceFacts(a)
		if a.Retrieved != "" {
			facts = append(facts, d.lbl.Retrieved+" "+d.lbl.DateOf(a.Retrieved))
		}
		// The sources come last: the layout pass has seen every citation
		// by now, so both passes print the same pages.
		cites := d.prevCited
		if cites == nil {
			cites = d.citedOn
		}
		if pages := cites[i+1]; len(pages) > 0 {
			var ps []string
			for _, p := range pages {
				ps = append(ps, strconv.Itoa(p))
			}
			facts = append(facts, d.lbl.CitedOn(ps))
		}
		if len(facts) > 0 {
			d.flow([]run{textRun(strings.Join(facts, " · "), sans, 9, false, gray)}, bx, 9)
		}
		if a.URL != "" {
			d.flow([]run{{a.URL, linkStyle(style{family: sans, size: 9, color: gray}, a.URL)}}, bx, 9)
		}
		d.space(8)
	}
}
