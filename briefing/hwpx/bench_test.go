package hwpx

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
)

// bigBriefing returns a briefing of about 150 A4 pages as the PDF writer
// lays it out: the sample's excerpts repeated from many copies of its
// articles (the PDF benchmark's briefing).
func bigBriefing(tb testing.TB) *briefing.Briefing {
	base := sampleBriefing(tb, "ko")
	big := base.Clone()
	big.Articles = nil
	for i := range big.Topics {
		big.Topics[i].Excerpts = nil
	}
	for copyN := 0; copyN < 46; copyN++ {
		for _, a := range base.Articles {
			a.Title = fmt.Sprintf("%s (%d)", a.Title, copyN+1)
			secs := append([]briefing.Section{}, a.Sections...)
			secs[0].Paragraphs = append([]string{fmt.Sprintf("사본 %d.", copyN+1)}, secs[0].Paragraphs...)
			a.Sections = secs
			if a.URL != "" {
				a.URL = fmt.Sprintf("%s?copy=%d", a.URL, copyN+1)
			}
			a.AssignID()
			big.AddArticle(a)
		}
	}
	_, c, err := bundle.Classifier(briefing.DefaultTemplate)
	if err != nil {
		tb.Fatal(err)
	}
	big.AutoAssemble(c)
	return big
}

func BenchmarkExport150Pages(b *testing.B) {
	big := bigBriefing(b)
	for _, style := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		b.Run(style, func(b *testing.B) {
			var buf bytes.Buffer
			for i := 0; i < b.N; i++ {
				buf.Reset()
				if err := Write(&buf, big, Options{Style: style}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(big.ExcerptCount()), "excerpts")
			b.ReportMetric(float64(buf.Len()), "bytes")
		})
	}
}
