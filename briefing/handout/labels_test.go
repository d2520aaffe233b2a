package handout_test

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/handout"
)

func TestDatesInTheHandoutsLanguage(t *testing.T) {
	for lang, want := range map[string]string{"ko": "2026. 11. 5.", "en": "5 November 2026"} {
		if got := handout.For(lang).DateOf("2026-11-05"); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	if got := handout.For("ko").DateOf("2026-11-05T09:30:00+09:00"); got != "2026. 11. 5." {
		t.Errorf("a retrieval time gave %q", got)
	}
	if got := handout.For("en").DateOf("지난주"); got != "지난주" {
		t.Errorf("a date that is not one gave %q", got)
	}
}

func TestAnnexPointerWithoutPage(t *testing.T) {
	for lang, want := range map[string]string{"ko": "관련 발췌 3건: 붙임 참조", "en": "3 excerpts in the annex"} {
		if got := handout.For(lang).ExcerptsInAnnex(3); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	if got := handout.For("en").ExcerptsInAnnex(1); got != "1 excerpt in the annex" {
		t.Errorf("one excerpt: %q", got)
	}
}
