package briefing_test

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// BenchmarkClassify500 classifies every paragraph of 500 articles.
func BenchmarkClassify500(b *testing.B) {
	c := classifier(b)
	samples, err := bundle.Samples()
	if err != nil {
		b.Fatal(err)
	}
	var arts []*briefing.Article
	for i := 0; len(arts) < 500; i++ {
		s := samples[i%len(samples)]
		a, err := importer.Parse(s.Data, importer.Source{Name: s.Name})
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	paras := 0
	for _, a := range arts {
		paras += a.ParagraphCount()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			c.ClassifyArticle(a)
		}
	}
	b.ReportMetric(float64(paras), "paragraphs/op")
}

// BenchmarkAddArticles500 adds 500 distinct articles to an empty briefing.
func BenchmarkAddArticles500(b *testing.B) {
	arts := distinctArticles(500)
	for i := 0; i < b.N; i++ {
		br := &briefing.Briefing{}
		if _, added := br.AddArticles(arts...); added != 500 {
			b.Fatalf("added %d of 500", added)
		}
	}
}
