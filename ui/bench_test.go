package ui

import (
	"fmt"
	"testing"

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
