package handout_test

import (
	"slices"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
)

func TestSubjectAndKeywords(t *testing.T) {
	b := &briefing.Briefing{Topics: []briefing.Topic{{Title: "동맹 현황"}, {Title: "연합 방위"}}}
	if got := handout.Subject(b); got != "동맹 현황 · 연합 방위" {
		t.Errorf("subject without a subtitle: %q", got)
	}
	b.Details.Subtitle, b.Details.Marking, b.Details.Declassify = "11월 넷째 주", "대외비", "2027. 12. 31.까지"
	if got := handout.Subject(b); got != "11월 넷째 주" {
		t.Errorf("subject: %q", got)
	}
	if got := handout.Keywords(b); !slices.Equal(got, []string{"대외비", "동맹 현황", "연합 방위", "2027. 12. 31.까지"}) {
		t.Errorf("keywords: %q", got)
	}
}
