package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// library1000 holds 1,000 distinct articles made from the samples.
func library1000(b *testing.B) *desk.Library {
	samples, err := desk.Samples()
	if err != nil {
		b.Fatal(err)
	}
	l := desk.NewLibrary("")
	for i := 0; l.Len() < 1000; i++ {
		a := *samples[i%len(samples)]
		a.Title = fmt.Sprintf("%s %d", a.Title, i)
		a.URL = fmt.Sprintf("https://example.org/%d", i)
		a.Sections = append([]briefing.Section{}, a.Sections...)
		a.Sections[0].Paragraphs = append([]string{fmt.Sprintf("기사 번호 %d.", i)}, a.Sections[0].Paragraphs...)
		a.AssignID()
		l.Add(&a)
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
			l.Find(q)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(queries))/1000, "ms/search")
}

// BenchmarkEditLargeBriefing moves one excerpt in a briefing of 300 articles
// with every confidently classified paragraph placed, and redraws the
// window's panels, as a drag in the outline does.
func BenchmarkEditLargeBriefing(b *testing.B) {
	a := test.NewTempApp(b)
	u := newApp(a, options{now: fixedNow, queued: true, dir: b.TempDir()})
	u.Start("")
	u.sh.jobs.wait()
	u.assemble(library1000(b).Articles()[:300])
	br := u.session.Briefing()
	ti := 0
	for i, t := range br.Topics {
		if len(t.Excerpts) > len(br.Topics[ti].Excerpts) {
			ti = i
		}
	}
	topic := br.Topics[ti].ID
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id := u.session.Briefing().Topics[ti].Excerpts[0].ID
		if err := u.session.DropExcerpt(id, topic, 2); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(br.ExcerptCount()), "excerpts")
}
