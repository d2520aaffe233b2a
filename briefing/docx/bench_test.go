package docx

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// sampleHandout is the bundled sample articles assembled into a briefing,
// with a summary and a commentary, as the PDF's tests make it.
func sampleHandout(t testing.TB) (*briefing.Briefing, *briefing.Classifier) {
	t.Helper()
	tmpl, c, err := bundle.Classifier(briefing.DefaultTemplate)
	if err != nil {
		t.Fatal(err)
	}
	b := briefing.New(tmpl, "ko", time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	b.Details.Subtitle, b.Details.Author, b.Details.Organization, b.Details.Marking = "11월 넷째 주 동향", "김분석", "국방정책연구팀", "대외비"
	samples, err := bundle.Samples()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range samples {
		a, err := importer.Parse(s.Data, importer.Source{Name: s.Name})
		if err != nil {
			t.Fatal(err)
		}
		b.AddArticle(*a)
	}
	b.AutoAssemble(c)
	b.Summary = "**핵심:** 한미 양국은 *확장억제* 실행력을 높이기로 했다.\n\n- 함정 정비 협력이 가장 구체적인 성과다\n- 전작권 전환은 조건 평가를 계속한다"
	b.Topics[0].Commentary = "## 평가\n\n동맹 현황은 안정적이다. 다만 방위비 분담 문제가\n다시 부각될 수 있다.\n\n1. 정상 간 합의 이행 점검\n2. 의회 동향 관찰"
	return b, c
}

// bigBriefing is the PDF benchmark's briefing of about 150 A4 pages: the
// sample's excerpts from 46 copies of its articles.
func bigBriefing(t testing.TB) *briefing.Briefing {
	base, c := sampleHandout(t)
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
	big.AutoAssemble(c)
	return big
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
