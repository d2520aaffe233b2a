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

func TestCitationsAndOptions(t *testing.T) {
	b := &briefing.Briefing{Details: briefing.Details{Paper: briefing.PaperLetter, Style: briefing.StyleReport}}
	if got := handout.Citations(b); len(got) != 0 {
		t.Errorf("citations of an empty briefing: %v", got)
	}
	if paper, style := (handout.Options{}).Resolve(b); paper != briefing.PaperLetter || style != briefing.StyleReport {
		t.Errorf("the briefing's own: %s %s", paper, style)
	}
	if paper, style := (handout.Options{Paper: briefing.PaperA4, Style: briefing.StyleBriefing}).Resolve(b); paper != briefing.PaperA4 || style != briefing.StyleBriefing {
		t.Errorf("chosen: %s %s", paper, style)
	}
}
