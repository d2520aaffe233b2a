package pdf

import (
	"fmt"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

const (
	excerptSize = 10
	sourceSize  = 8
)

// drawTopic draws one numbered section: the analyst's commentary, then the
// excerpts, each shaded apart and followed by its source and citation number.
func (d *doc) drawTopic(i int) {
	t := d.b.Topics[i]
	d.sectionHeading(fmt.Sprintf("topic-%d", i), topicTitle(i, t.Title))
	if strings.TrimSpace(t.Commentary) != "" {
		d.drawBlocks(parseMarkdown(t.Commentary, style{family: sans, size: bodySize, color: black}))
		d.space(8)
	}
	if len(t.Excerpts) == 0 {
		d.flow([]run{textRun(d.lbl.noExcerpts, sans, bodySize, false, gray)}, box{x: d.left, width: d.right - d.left}, bodySize)
		return
	}
	for _, e := range t.Excerpts {
		d.drawExcerpt(e)
	}
}

// drawExcerpt draws an excerpt with its source line. A short excerpt that
// does not fit on the rest of the page starts on the next one, so that it
// is not split from its source; a long one is split between lines.
func (d *doc) drawExcerpt(e briefing.Excerpt) {
	bx := box{x: d.left + 14, width: d.right - d.left - 28, shaded: true}
	pad := 6.0
	text := d.lines([]run{textRun(e.Text, serif, excerptSize, false, black)}, bx.width)
	source := d.lines(d.sourceLine(e, bx.width), bx.width)
	height := 2*pad + 3 + float64(len(text))*excerptSize*leading + float64(len(source))*sourceSize*leading
	if height < (d.bottom-d.top)/3 {
		d.ensure(height)
	} else {
		d.ensure(pad + excerptSize*leading*2)
	}
	lh := excerptSize * leading
	if int((d.bottom-d.y-pad)/lh+1e-9) >= len(text) {
		// The whole excerpt fits here: one band behind it.
		d.shade(bx, d.y, 2*pad+float64(len(text))*lh)
		d.y += pad
		d.flowLines(text, box{x: bx.x, width: bx.width}, excerptSize)
	} else {
		d.shade(bx, d.y, pad)
		d.y += pad
		d.flowLines(text, bx, excerptSize)
		d.shade(bx, d.y, pad)
	}
	d.y += pad + 3
	d.ensure(sourceSize * leading)
	d.flowLines(source, box{x: bx.x, width: bx.width}, sourceSize)
	d.space(12)
}

// sourceLine is "— site · author, “title”, date [n]" under an excerpt, on
// one line of the given width: the title, which the source list gives in
// full, is cut to the room the rest leaves, or left out when there is
// hardly any, so that the citation number never sits alone on a line.
func (d *doc) sourceLine(e briefing.Excerpt, width float64) []run {
	a := d.b.Article(e.Article)
	st := style{family: sans, size: sourceSize, color: gray}
	if a == nil {
		return []run{{"—", st}}
	}
	cite := st
	cite.bold = true
	cite.color = accent
	num := fmt.Sprintf("[%d]", d.cites[e.Article])
	var scratch Report // what cannot be drawn is reported when it is drawn
	clean := func(s string) string { return d.fonts.sanitize(s, &scratch) }
	build := func(title string) string {
		parts := nonEmpty(strings.Join(nonEmpty(clean(a.Site), clean(a.Author)), " · "), title, a.Published)
		text := "— " + strings.Join(parts, ", ")
		if e.Edited() {
			text += " · " + d.lbl.edited
		}
		return text + " "
	}
	title := clean(a.Title)
	quoted := d.quoteTitle(title)
	room := width - d.measure(build(d.quoteTitle("")), st) - d.measure(num, cite) - 2
	switch {
	case d.measure(quoted, st) <= room:
		title = quoted
	case room > 80:
		title = d.quoteTitle(d.fit(title, st, room-d.measure(d.quoteTitle(""), st)))
	default:
		title = ""
	}
	return []run{{build(title), st}, {num, cite}}
}

// quoteTitle puts an article title in the quotation marks of the language.
func (d *doc) quoteTitle(title string) string {
	if d.b.Details.Language == "en" {
		return "“" + title + "”"
	}
	return "「" + title + "」"
}

// drawSources draws the numbered list of cited articles.
func (d *doc) drawSources() {
	d.sectionHeading("sources", d.lbl.sources)
	width := d.right - d.left
	cited := d.b.Cited()
	if len(cited) == 0 {
		d.flow([]run{textRun(d.lbl.noExcerpts, sans, bodySize, false, gray)}, box{x: d.left, width: width}, bodySize)
	}
	for i, a := range cited {
		num := fmt.Sprintf("[%d]", i+1)
		d.ensure(bodySize * leading * 3)
		d.setFont(style{family: sans, size: bodySize, bold: true})
		d.setTextColor(accent)
		d.pdf.Text(d.left, d.baseline(bodySize), num)
		bx := box{x: d.left + 30, width: width - 30}
		d.flow([]run{textRun(a.Title, sans, bodySize, true, black)}, bx, bodySize)
		if facts := nonEmpty(a.Site, a.Author, a.Published); len(facts) > 0 {
			d.flow([]run{textRun(strings.Join(facts, " · "), sans, 9, false, gray)}, bx, 9)
		}
		if a.URL != "" {
			d.flow([]run{{a.URL, linkStyle(style{family: sans, size: 9, color: gray}, a.URL)}}, bx, 9)
		}
		d.space(8)
	}
}
