package docx

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/handout"
)

// The report style (보고서): a title block instead of a cover, the summary
// first in a box headed 요약 (두괄식), topics as Ⅰ. / 1. / 가. headings over
// the analyst's points (개조식), each with a line pointing to its excerpts
// in the annex (붙임), which gathers them with their sources.

func (x *builder) reportBody() {
	x.titleBlock()
	x.summaryBox()
	for n, i := range x.shown {
		x.reportTopic(i, n+1)
	}
	x.annex()
	x.sources()
}

// titleBlock writes the title between a heavy and a light rule, and under
// it, to the right, the date and the authoring unit.
func (x *builder) titleBlock() {
	det := x.b.Details
	rule := line(4, black, 6)
	title := para(stTitle, textRun(det.Title, nil))
	x.add(title)
	if strings.TrimSpace(det.Subtitle) != "" {
		sub := para(stSubtitle, textRun(det.Subtitle, nil))
		sub.PPr.PBdr = &pBdr{Bottom: rule}
		x.add(sub)
	} else {
		title.PPr.PBdr = &pBdr{Top: line(18, black, 8), Bottom: rule}
	}
	facts := handout.NonEmpty(x.lbl.DateOf(det.Date), strings.Join(handout.NonEmpty(det.Organization, det.Author), " "))
	for k, s := range facts {
		p := para(stTitleFacts, textRun(s, nil))
		if k == 0 {
			p.PPr.Spacing = &spacing{Before: twips(160)}
		}
		if k == len(facts)-1 {
			p.PPr.Spacing = &spacing{Before: p.PPr.Spacing.beforeOr(0), After: twips(280)}
		}
		x.add(p)
	}
}

func (s *spacing) beforeOr(n int) *int {
	if s == nil || s.Before == nil {
		return twips(n)
	}
	return s.Before
}

// summaryBox writes the summary in a framed box headed 요  약.
func (x *builder) summaryBox() {
	if strings.TrimSpace(x.b.Summary) == "" {
		return
	}
	label := x.lbl.Summary
	if !x.en {
		label = "요  약"
	}
	content := x.markdown(x.b.Summary)
	if len(content) == 0 {
		return
	}
	if _, ok := content[len(content)-1].(*paragraph); !ok {
		content = append(content, para(stNormal)) // a cell ends with a paragraph
	}
	w := x.geo.textWidth
	tb := &table{
		TblPr: tblPr{TblStyle: val(tbSummary), TblW: &width{w, "dxa"},
			TblLook: &tblLook{Val: "04A0", FirstRow: "1", LastRow: "0", FirstColumn: "0", LastColumn: "0", NoHBand: "1", NoVBand: "1"}},
		Grid: tblGrid{Cols: []wWidth{{w}}},
		Rows: []row{
			{TrPr: &trPr{CantSplit: on}, Cells: []cell{{TcPr: &tcPr{TcW: &width{w, "dxa"}, Shd: fill(tableHead)},
				Content: []any{para(stSummaryHead, x.bookmark(bmSummary, textRun(label, nil))...)}}}},
			{Cells: []cell{{TcPr: &tcPr{TcW: &width{w, "dxa"}}, Content: content}}},
		},
	}
	x.add(tb, &paragraph{PPr: &pPr{Spacing: &spacing{After: twips(200)}}})
}

// reportTopic writes a topic as a numbered heading, the analyst's points
// and a line pointing to its excerpts in the annex, with the annex's page.
func (x *builder) reportTopic(i, n int) {
	t := x.b.Topics[i]
	x.heading1(topicMark(i), x.topicTitle(i, n), x.b.Details.TopicPages)
	if strings.TrimSpace(t.Commentary) != "" {
		x.add(x.markdown(t.Commentary)...)
	}
	switch {
	case len(t.Excerpts) > 0:
		// The pointer's words come from the labels, with the page where
		// the annex's part of this topic starts as a PAGEREF field.
		const page = "\x00"
		before, after, _ := strings.Cut(x.lbl.ExcerptsIn(len(t.Excerpts), page), page)
		link := internalLink(annexMark(i), plainText(before, chHyperlink))
		link.Content = append(link.Content, field("PAGEREF "+annexMark(i)+" \\h", "", &rPr{RStyle: val(chHyperlink)})...)
		link.Content = append(link.Content, plainText(after, chHyperlink))
		x.add(para(stPointer, textRun("※ ", nil), link))
	case handout.EmptyTopic(t):
		x.add(para(stNothing, textRun(x.lbl.Nothing, nil)))
	}
}

// annex writes the excerpts of every topic under its heading, on pages of
// their own.
func (x *builder) annex() {
	any := false
	for _, i := range x.shown {
		if len(x.b.Topics[i].Excerpts) > 0 {
			any = true
		}
	}
	if !any {
		return
	}
	x.heading1(bmAnnex, x.lbl.AnnexTitle, true)
	for n, i := range x.shown {
		t := x.b.Topics[i]
		if len(t.Excerpts) == 0 {
			continue
		}
		x.add(para(stHeading+"2", x.bookmark(annexMark(i), textRun(x.topicTitle(i, n+1), nil))...))
		for _, e := range t.Excerpts {
			x.excerpt(e)
		}
	}
}
