package docx

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
)

// The briefing style: a cover, the contents, the executive summary, one
// numbered section per topic with its excerpts, and the source list.

// Bookmarks the contents and the citations link to.
const (
	bmSummary = "_TocSummary"
	bmSources = "_TocSources"
	bmAnnex   = "_TocAnnex"
)

func topicMark(i int) string  { return "_TocTopic" + itoa(i+1) }
func sourceMark(n int) string { return "source_" + itoa(n) }
func annexMark(i int) string  { return "annex_" + itoa(i+1) }

func (x *builder) briefingBody() {
	x.cover()
	x.contents()
	x.summary()
	for n, i := range x.shown {
		x.topic(i, n+1)
	}
	x.sources()
}

// cover writes the title page: title, subtitle, date, author and
// organisation and the marking in a frame (the declassification notice is
// in the first page's footer).
func (x *builder) cover() {
	det := x.b.Details
	// The title stands about a quarter down the page, as on the PDF's cover.
	gap := x.geo.pageH*26/100 - x.geo.top - 400
	x.add(&paragraph{PPr: &pPr{Spacing: &spacing{Before: twips(0), After: twips(0), Line: max(gap, 240), LineRule: "exact"}}})
	x.add(para(stTitle, textRun(det.Title, nil)))
	if strings.TrimSpace(det.Subtitle) != "" {
		x.add(para(stSubtitle, textRun(det.Subtitle, nil)))
	} else {
		x.add(&paragraph{PPr: &pPr{PStyle: val(stSubtitle), Spacing: &spacing{After: twips(0)}}})
	}
	for _, f := range [][2]string{{x.lbl.Date, x.lbl.DateOf(det.Date)}, {x.lbl.Author, det.Author}, {x.lbl.Organization, det.Organization}} {
		if strings.TrimSpace(f[1]) == "" {
			continue
		}
		x.add(para(stCoverFact, plainText(f[0], chLabel), textRun("   "+f[1], nil)))
	}
	if det.Marking != "" {
		x.add(para(stMarkingBox, textRun("\u00a0"+det.Marking+"\u00a0", nil)))
	}
}

// contents writes the table of contents as a TOC field over the sections'
// headings. Its entries are written out, each a link to its section, so
// that it reads before any reader updates the field; they carry no page
// numbers, which only the reader's layout knows: Word fills them in when
// it updates the fields on opening (settings ask it to), LibreOffice when
// the user updates the index. (LibreOffice keeps a TOC field's entries as
// text, so a PAGEREF inside would stay as written.)
func (x *builder) contents() {
	h := para(stTOCHeading, textRun(x.lbl.Contents, nil))
	h.PPr.PageBreakBefore = on
	x.add(h)
	type entry struct{ mark, title string }
	var entries []entry
	if strings.TrimSpace(x.b.Summary) != "" {
		entries = append(entries, entry{bmSummary, x.lbl.Summary})
	}
	for n, i := range x.shown {
		entries = append(entries, entry{topicMark(i), x.topicTitle(i, n+1)})
	}
	entries = append(entries, entry{bmSources, x.lbl.Sources})
	for k, e := range entries {
		link := internalLink(e.mark, textRun(e.title, nil))
		p := para(stTOC1)
		if k == 0 {
			p.Content = append(p.Content,
				&run{Content: []any{fldChar{Type: "begin"}}},
				&run{Content: []any{instrText{Space: "preserve", Text: ` TOC \o "1-1" \h \z \u `}}},
				&run{Content: []any{fldChar{Type: "separate"}}})
		}
		p.Content = append(p.Content, link)
		if k == len(entries)-1 {
			p.Content = append(p.Content, &run{Content: []any{fldChar{Type: "end"}}})
		}
		x.add(p)
	}
}

// heading1 writes a section's heading with the bookmark its contents entry
// and links point at.
func (x *builder) heading1(mark, title string, newPage bool) {
	p := para(stHeading+"1", x.bookmark(mark, textRun(title, nil))...)
	if newPage {
		p.PPr.PageBreakBefore = on
	}
	x.add(p)
}

func (x *builder) summary() {
	if strings.TrimSpace(x.b.Summary) == "" {
		return
	}
	x.heading1(bmSummary, x.lbl.Summary, false)
	x.add(x.markdown(x.b.Summary)...)
}

// topicTitle is a topic's heading: its number and title.
func (x *builder) topicTitle(i, n int) string {
	return handout.TopicNumber(n, x.report) + " " + x.b.Topics[i].Title
}

// topic writes one numbered section: the commentary, then each excerpt
// shaded apart with its source line.
func (x *builder) topic(i, n int) {
	t := x.b.Topics[i]
	x.heading1(topicMark(i), x.topicTitle(i, n), x.b.Details.TopicPages)
	if strings.TrimSpace(t.Commentary) != "" {
		x.add(x.markdown(t.Commentary)...)
	}
	if handout.EmptyTopic(t) {
		x.add(para(stNothing, textRun(x.lbl.Nothing, nil)))
		return
	}
	for _, e := range t.Excerpts {
		x.excerpt(e)
	}
}

// excerpt writes an excerpt's paragraphs in the Excerpt style, the last
// kept with its source line.
func (x *builder) excerpt(e briefing.Excerpt) {
	paras := handout.ExcerptParagraphs(e.Text)
	for k, text := range paras {
		p := para(stExcerpt, textRun(text, nil))
		if k > 0 {
			p.PPr.Spacing = &spacing{Before: twips(120)}
		}
		if k == len(paras)-1 {
			p.PPr.KeepNext = on
		}
		x.add(p)
	}
	x.add(para(stSource, x.sourceLine(e)...))
}

// sourceLine is "— site · author · date · [n]", [n] linking to the entry
// in the source list.
func (x *builder) sourceLine(e briefing.Excerpt) []any {
	n, ok := x.cites[e.Article]
	a := x.b.Article(e.Article)
	if !ok || a == nil {
		return []any{textRun("—", nil)}
	}
	parts := x.lbl.SourceFacts(a)
	if len(parts) == 0 {
		parts = []string{a.Title}
	}
	s := "— " + strings.Join(parts, " · ")
	if e.Edited() {
		s += " · " + x.lbl.Edited
	}
	return []any{textRun(s+" · ", nil), internalLink(sourceMark(n), plainText("["+itoa(n)+"]", chCitation))}
}

// sources writes the numbered list of cited articles: title, site, author,
// date, when it was retrieved, and its address.
func (x *builder) sources() {
	x.heading1(bmSources, x.lbl.Sources, x.b.Details.TopicPages)
	cited := x.b.Cited()
	if len(cited) == 0 {
		x.add(para(stNothing, textRun(x.lbl.NoExcerpts, nil)))
	}
	for i, a := range cited {
		num := "[" + itoa(i+1) + "]"
		p := para(stSourceEntry, x.bookmark(sourceMark(i+1), plainText(num, chCitation))...)
		p.Content = append(p.Content, textRun("\t", nil), textRun(a.Title, &rPr{B: on, BCs: on}))
		x.add(p)
		facts := x.lbl.SourceFacts(a)
		if a.Retrieved != "" {
			facts = append(facts, x.lbl.Retrieved+" "+x.lbl.DateOf(a.Retrieved))
		}
		if len(facts) > 0 {
			x.add(para(stSourceFacts, textRun(strings.Join(facts, " · "), nil)))
		}
		if a.URL != "" {
			x.add(para(stSourceFacts, x.address(a.URL)))
		}
	}
}

// address is an article's address: a link when a reader may safely follow
// it, text otherwise.
func (x *builder) address(url string) any {
	if !briefing.SafeLink(url) {
		return textRun(url, nil)
	}
	return &hyperlink{ID: x.rels.link(url), History: "1", Content: []any{plainText(url, chHyperlink)}}
}
