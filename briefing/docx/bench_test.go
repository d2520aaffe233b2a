package docx

import (
	"bytes"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout/handouttest"
)

// sampleHandout is the bundled sample articles assembled into a briefing,
// with a summary and a commentary, as the PDF's tests make it.
func sampleHandout(t testing.TB) (*briefing.Briefing, *briefing.Classifier) {
	t.Helper()
	b, c := handouttest.Samples(t, "ko"), handouttest.Classifier(t)
	b.Summary = "**핵심:** 한미 양국은 *확장억제* 실행력을 높이기로 했다.\n\n- 함정 정비 협력이 가장 구체적인 성과다\n- 전작권 전환은 조건 평가를 계속한다"
	b.Topics[0].Commentary = "## 평가\n\n동맹 현황은 안정적이다. 다만 방위비 분담 문제가\n다시 부각될 수 있다.\n\n1. 정상 간 합의 이행 점검\n2. 의회 동향 관찰"
	return b, c
}

// bigBriefing is the PDF benchmark's briefing of about 150 A4 pages: the
// sample's excerpts from 46 copies of its articles.
func bigBriefing(t testing.TB) *briefing.Briefing {
	base, _ := sampleHandout(t)
	return handouttest.Big(t, base)
}

func BenchmarkWrite150Pages(b *testing.B) {
	big := bigBriefing(b)
	if n := big.ExcerptCount(); n < 600 {
		b.Fatalf("the benchmark briefing has %d excerpts, not the PDF's 150 pages' worth", n)
	}
	for _, st := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		b.Run(st, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := Write(&buf, big, Options{Style: st}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes")
		})
	}
}
