package briefing_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
)

// defenseNews returns articles about combined exercises and ship repair,
// one of them carrying the same agency paragraph as another, lightly edited.
func defenseNews() []briefing.Article {
	agency := "한미 양국 군은 다음 달 연합연습에서 확장억제 실행력을 점검하고 연합방위태세를 강화하기로 합의했다고 국방부가 밝혔다."
	arts := []briefing.Article{
		{Title: "연합연습 확대", URL: "https://a.example/1", Language: "ko", Sections: []briefing.Section{{Paragraphs: []string{
			agency,
			"합참은 이번 연합연습에 미 해병대와 우리 해병대가 참가해 상륙작전 연합훈련을 실시한다고 설명했다.",
			"국방부는 연합훈련 규모를 지난해보다 늘리고 연합지휘소연습도 함께 진행한다고 덧붙였다.",
			"한편 이날 서울의 낮 기온은 영상 5도로 평년보다 높았다.",
		}}}},
		{Title: "연합연습 점검", URL: "https://b.example/2", Language: "ko", Sections: []briefing.Section{{Paragraphs: []string{
			"[속보] " + agency,
			"함정 정비 분야에서는 미 해군 함정의 MRO 사업을 국내 조선소가 수주했다.",
		}}}},
	}
	for i := range arts {
		arts[i].AssignID()
	}
	return arts
}

func newDefault(t testing.TB) (*briefing.Briefing, *briefing.Classifier) {
	t.Helper()
	tmpl, c, err := bundle.Classifier(briefing.DefaultTemplate)
	if err != nil {
		t.Fatal(err)
	}
	return briefing.New(tmpl, "ko", time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)), c
}

func TestProposeRanksDeduplicatesAndLimits(t *testing.T) {
	b, c := newDefault(t)
	arts := defenseNews()
	all := b.Propose(c, arts, 0, nil)
	byTopic := map[string][]briefing.Proposal{}
	for _, p := range all {
		byTopic[p.Topic] = append(byTopic[p.Topic], p)
	}
	def := byTopic["defense"]
	if len(def) < 2 {
		t.Fatalf("combined defense got %d proposals: %+v", len(def), all)
	}
	agencyCopies := 0
	for _, p := range def {
		if p.Section == 0 && p.Paragraph == 0 {
			agencyCopies++
			if p.Duplicates != 1 {
				t.Errorf("the kept agency paragraph counts %d duplicates, want 1", p.Duplicates)
			}
		}
	}
	if agencyCopies != 1 {
		t.Errorf("the agency paragraph is proposed %d times, want once", agencyCopies)
	}
	for i := 1; i < len(def); i++ {
		if def[i].Rank > def[i-1].Rank {
			t.Errorf("proposals not best first: %v after %v", def[i].Rank, def[i-1].Rank)
		}
	}
	for _, p := range all {
		if p.Text == arts[0].Sections[0].Paragraphs[3] {
			t.Error("the weather paragraph was proposed")
		}
	}
	stopped := 0
	if got := b.Propose(c, arts, 0, func(done int) bool { stopped = done; return done < 1 }); got != nil || stopped != 1 {
		t.Errorf("stopped after %d articles, with %d proposals", stopped, len(got))
	}
	if got := b.Propose(c, arts, 1, nil); len(got) != len(byTopic) {
		t.Errorf("with one per topic: %d proposals for %d topics", len(got), len(byTopic))
	}
}

func TestAcceptPlacesInReadingOrderAndSkipsQuoted(t *testing.T) {
	b, c := newDefault(t)
	arts := defenseNews()
	props := b.Propose(c, arts, 0, nil)
	n, err := b.Accept(arts, props)
	if err != nil || n != len(props) {
		t.Fatalf("accepted %d of %d: %v", n, len(props), err)
	}
	ex := b.Topics[b.Topic("defense")].Excerpts
	for i := 1; i < len(ex); i++ {
		prev, cur := ex[i-1], ex[i]
		if prev.Article == cur.Article && prev.Paragraph > cur.Paragraph {
			t.Errorf("excerpts of one article out of reading order: %d before %d", prev.Paragraph, cur.Paragraph)
		}
	}
	// Proposed again, nothing already quoted (or nearly) comes back.
	if again := b.Propose(c, arts, 0, nil); len(again) != 0 {
		t.Errorf("%d proposals after accepting everything: %+v", len(again), again)
	}
}

func BenchmarkPropose1000(b *testing.B) {
	br, c := newDefault(b)
	var arts []briefing.Article
	for i := 0; i < 1000; i++ {
		for _, a := range defenseNews() {
			a.URL = fmt.Sprintf("%s?%d", a.URL, i)
			a.ID = ""
			a.Sections = []briefing.Section{{Paragraphs: append([]string{fmt.Sprintf("기사 %d: 연합연습 일정과 함정 정비 계획.", i)}, a.Sections[0].Paragraphs...)}}
			arts = append(arts, a)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		br.Propose(c, arts, 8, nil)
	}
}
