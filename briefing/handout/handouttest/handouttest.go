// Package handouttest makes the briefings the handout writers' tests and
// benchmarks share: the bundled sample articles assembled into a briefing,
// and a briefing of about 150 pages made from many copies of them.
package handouttest

import (
	"fmt"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// Date is the date of the briefings made here.
var Date = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)

// Classifier returns the default template's classifier.
func Classifier(tb testing.TB) *briefing.Classifier {
	tb.Helper()
	_, c, err := bundle.Classifier(briefing.DefaultTemplate)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// Samples returns the bundled sample articles assembled into a briefing of
// the default template in lang, with a subtitle, an author, an
// organisation and a marking, and no summary or commentary yet.
func Samples(tb testing.TB, lang string) *briefing.Briefing {
	tb.Helper()
	ts, err := bundle.Templates()
	if err != nil {
		tb.Fatal(err)
	}
	tmpl, err := ts.Get(briefing.DefaultTemplate)
	if err != nil {
		tb.Fatal(err)
	}
	b := briefing.New(tmpl, lang, Date)
	b.Details.Subtitle = "11월 넷째 주 동향"
	b.Details.Author = "김분석"
	b.Details.Organization = "국방정책연구팀"
	b.Details.Marking = "대외비"
	samples, err := bundle.Samples()
	if err != nil {
		tb.Fatal(err)
	}
	for _, s := range samples {
		a, err := importer.Parse(s.Data, importer.Source{Name: s.Name})
		if err != nil {
			tb.Fatal(err)
		}
		b.AddArticle(*a)
	}
	b.AutoAssemble(Classifier(tb))
	return b
}

// Big returns a briefing of about 150 A4 pages as the PDF writer lays it
// out: base's articles copied 46 times, each copy with a text of its own
// (or the briefing would keep one), assembled anew.
func Big(tb testing.TB, base *briefing.Briefing) *briefing.Briefing {
	tb.Helper()
	big := base.Clone()
	big.Articles = nil
	for i := range big.Topics {
		big.Topics[i].Excerpts = nil
	}
	for n := 1; n <= 46; n++ {
		for _, a := range base.Articles {
			a.Title = fmt.Sprintf("%s (%d)", a.Title, n)
			secs := append([]briefing.Section{}, a.Sections...)
			secs[0].Paragraphs = append([]string{fmt.Sprintf("사본 %d.", n)}, secs[0].Paragraphs...)
			a.Sections = secs
			if a.URL != "" {
				a.URL = fmt.Sprintf("%s?copy=%d", a.URL, n)
			}
			a.AssignID()
			big.AddArticle(a)
		}
	}
	big.AutoAssemble(Classifier(tb))
	return big
}
