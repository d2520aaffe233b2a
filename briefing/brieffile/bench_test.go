package brieffile

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// largeBriefing has 300 articles of 20 paragraphs and 1,200 excerpts.
func largeBriefing(b *testing.B) *briefing.Briefing {
	br := testBriefing(b)
	for i := 0; i < 300; i++ {
		a := briefing.Article{Title: fmt.Sprintf("기사 %d", i), Language: "ko", URL: fmt.Sprintf("https://example.org/%d", i)}
		var paras []string
		for j := 0; j < 20; j++ {
			paras = append(paras, fmt.Sprintf("%d번 기사의 %d번째 문단입니다. 한미 양국은 연합연습과 함정 정비 협력, 첨단기술 분야의 공동연구를 계속 논의하고 있다.", i, j))
		}
		a.Sections = []briefing.Section{{Paragraphs: paras}}
		a.AssignID()
		br.AddArticle(a)
		for j := 0; j < 4; j++ {
			if _, err := br.AddExcerpt(br.Topics[j%2].ID, a.ID, 0, j, -1); err != nil {
				b.Fatal(err)
			}
		}
	}
	return br
}

func BenchmarkSaveLoad(b *testing.B) {
	br := largeBriefing(b)
	path := filepath.Join(b.TempDir(), "large.brief")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Save(path, br); err != nil {
			b.Fatal(err)
		}
		if _, err := Load(path); err != nil {
			b.Fatal(err)
		}
	}
}
