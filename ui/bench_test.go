package ui

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// library1000 holds 1,000 distinct articles made from the samples.
func library1000(b *testing.B) *library {
	samples, err := bundle.Samples()
	if err != nil {
		b.Fatal(err)
	}
	l := newLibrary("")
	for i := 0; len(l.articles) < 1000; i++ {
		s := samples[i%len(samples)]
		a, err := importer.Parse(s.Data, importer.Source{Name: s.Name})
		if err != nil {
			b.Fatal(err)
		}
		a.Title = fmt.Sprintf("%s %d", a.Title, i)
		a.URL = fmt.Sprintf("https://example.org/%d", i)
		a.Sections[0].Paragraphs = append([]string{fmt.Sprintf("기사 번호 %d.", i)}, a.Sections[0].Paragraphs...)
		a.AssignID()
		l.add(a)
	}
	return l
}

// BenchmarkSearch1000 searches a library of 1,000 articles as the user
// types: Hangul, English and two-word queries.
func BenchmarkSearch1000(b *testing.B) {
	l := library1000(b)
	queries := []string{"연합연습", "shipyard", "함정 정비", "확장억제 ncg", "없는단어"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, q := range queries {
			l.find(q)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(queries))/1000, "ms/search")
}

// BenchmarkEditLargeBriefing moves one excerpt in a briefing of 300 articles
// with every confidently classified paragraph placed, and redraws the
// window's panels, as a drag in the outline does.
func BenchmarkEditLargeBriefing(b *testing.B) {
	a := test.NewTempApp(b)
	u := newApp(a, func() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) })
	u.win.Resize(fyne.NewSize(1400, 860))
	u.Start("")
	arts := library1000(b).articles[:300]
	u.assemble(arts)
	br := u.briefing()
	excerpts := 0
	for _, t := range br.Topics {
		excerpts += len(t.Excerpts)
	}
	ti := 0
	for i, t := range br.Topics {
		if len(t.Excerpts) > len(br.Topics[ti].Excerpts) {
			ti = i
		}
	}
	topic := br.Topics[ti].ID
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id := u.briefing().Topics[ti].Excerpts[0].ID
		u.change(func(br *briefing.Briefing) error { return br.MoveExcerpt(id, topic, 1) })
	}
	b.ReportMetric(float64(excerpts), "excerpts")
}
