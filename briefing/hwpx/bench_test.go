package hwpx

import (
	"bytes"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout/handouttest"
)

// bigBriefing returns a briefing of about 150 A4 pages as the PDF writer
// lays it out: the sample's excerpts repeated from many copies of its
// articles (the PDF benchmark's briefing).
func bigBriefing(tb testing.TB) *briefing.Briefing {
	return handouttest.Big(tb, sampleBriefing(tb, "ko"))
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
