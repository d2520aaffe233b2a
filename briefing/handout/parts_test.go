package handout_test

import (
	"slices"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
)

func TestShownTopicsLeaveOutEmptyOnesWhenAsked(t *testing.T) {
	b := &briefing.Briefing{Topics: []briefing.Topic{
		{Title: "동맹 현황", Commentary: "평가"},
		{Title: "연합방위"},
		{Title: "MRO", Excerpts: []briefing.Excerpt{{Text: "발췌"}}},
	}}
	if got := handout.ShownTopics(b); !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("all topics: %v", got)
	}
	b.Details.EmptyTopics = briefing.EmptyTopicOmit
	if got := handout.ShownTopics(b); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("empty topics left out: %v", got)
	}
}

func TestNumbers(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{handout.TopicNumber(3, false), "3."},
		{handout.TopicNumber(3, true), "Ⅲ."},
		{handout.TopicNumber(14, true), "XIV."},
		{handout.ReportNumber(1, 2), "2."},
		{handout.ReportNumber(2, 2), "나."},
		{handout.ReportNumber(2, 15), "15."},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}

func TestExcerptParagraphsAndSourceFacts(t *testing.T) {
	if got := handout.ExcerptParagraphs("첫 문단\r\n\r\n 둘째 문단 \n\n\n"); !slices.Equal(got, []string{"첫 문단", "둘째 문단"}) {
		t.Errorf("paragraphs: %q", got)
	}
	if got := handout.ExcerptParagraphs("  "); !slices.Equal(got, []string{""}) {
		t.Errorf("an empty excerpt: %q", got)
	}
	a := &briefing.Article{Site: "연합뉴스", Author: " ", Published: "2026-11-05"}
	if got := handout.For("ko").SourceFacts(a); !slices.Equal(got, []string{"연합뉴스", "2026. 11. 5."}) {
		t.Errorf("facts: %q", got)
	}
}
