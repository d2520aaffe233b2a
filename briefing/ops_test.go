package briefing_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// sampleBriefing returns a briefing with two small articles and no excerpts.
func sampleBriefing(t *testing.T) *briefing.Briefing {
	t.Helper()
	ts := briefing.Templates{}
	tmpl, err := briefing.ParseTemplate([]byte(`{"id":"t","names":{"ko":"시험","en":"Test"},"topics":[
		{"id":"a","names":{"ko":"가","en":"A"},"terms":{"ko":{"연합연습":2}}},
		{"id":"b","names":{"ko":"나","en":"B"},"terms":{"ko":{"정비":2}}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	ts[tmpl.ID] = tmpl
	b := briefing.New(tmpl, "ko", time.Date(2026, 11, 25, 15, 0, 0, 0, time.UTC))
	for _, a := range []briefing.Article{
		{Title: "첫 기사", Language: "ko", Sections: []briefing.Section{{Paragraphs: []string{"연합연습 일정 발표. 연합연습은 다음 달.", "날씨 이야기."}}, {Heading: "정비", Paragraphs: []string{"함정 정비 계약 체결. 정비 물량 증가."}}}},
		{Title: "둘째 기사", Language: "ko", Sections: []briefing.Section{{Paragraphs: []string{"정비 협력 확대. 정비 기간 단축."}}}},
	} {
		a.AssignID()
		if !b.AddArticle(a) {
			t.Fatal("article not added")
		}
	}
	return b
}

func order(b *briefing.Briefing) string {
	var parts []string
	for _, t := range b.Topics {
		var ex []string
		for _, e := range t.Excerpts {
			r := []rune(e.Text)
			ex = append(ex, string(r[:4]))
		}
		parts = append(parts, t.ID+":"+strings.Join(ex, ","))
	}
	return strings.Join(parts, " ")
}

func TestNewFromTemplate(t *testing.T) {
	b := sampleBriefing(t)
	if b.Details.Title != "시험" || b.Details.Date != "2026-11-25" || b.Details.Paper != "a4" || len(b.Topics) != 2 || b.Topics[1].Title != "나" {
		t.Errorf("new briefing: %+v", b)
	}
	if b.AddArticle(b.Articles[0]) {
		t.Error("the same article was added twice")
	}
}

func TestExcerptOperations(t *testing.T) {
	b := sampleBriefing(t)
	a1, a2 := b.Articles[0].ID, b.Articles[1].ID
	e1, err := b.AddExcerpt("a", a1, 0, 0, -1)
	if err != nil {
		t.Fatal(err)
	}
	e2, _ := b.AddExcerpt("a", a1, 1, 0, -1)
	e3, _ := b.AddExcerpt("b", a2, 0, 0, -1)
	if _, err := b.AddExcerpt("a", a1, 0, 0, -1); !errors.Is(err, briefing.ErrAlreadyPlaced) {
		t.Errorf("second placement of a paragraph: %v", err)
	}
	if _, err := b.AddExcerpt("a", a1, 5, 0, -1); !errors.Is(err, briefing.ErrNotFound) {
		t.Errorf("missing paragraph: %v", err)
	}
	if got := order(b); got != "a:연합연습,함정 정 b:정비 협" {
		t.Fatalf("after adding: %s", got)
	}
	must(t, b.MoveExcerpt(e2, "b", 0))
	if got := order(b); got != "a:연합연습 b:함정 정,정비 협" {
		t.Errorf("after moving: %s", got)
	}
	must(t, b.MoveExcerpt(e3, "b", 0))
	if got := order(b); got != "a:연합연습 b:정비 협,함정 정" {
		t.Errorf("after reordering: %s", got)
	}
	must(t, b.EditExcerpt(e1, "  연합연습 일정 발표.  "))
	ti, pos := b.Find(e1)
	ex := b.Topics[ti].Excerpts[pos]
	if ex.Text != "연합연습 일정 발표." || ex.Original != "연합연습 일정 발표. 연합연습은 다음 달." || !ex.Edited() {
		t.Errorf("edited excerpt: %+v", ex)
	}
	must(t, b.RestoreExcerpt(e1))
	if ex := b.Topics[ti].Excerpts[pos]; ex.Edited() || ex.Text != "연합연습 일정 발표. 연합연습은 다음 달." {
		t.Errorf("restored excerpt: %+v", ex)
	}
	must(t, b.RemoveExcerpt(e2))
	if b.Placed(a1, 1, 0) != "" || b.ExcerptCount() != 2 {
		t.Errorf("removed excerpt still placed: %s", order(b))
	}
	if err := b.Validate(); err != nil {
		t.Error(err)
	}
}

func TestTopicOperations(t *testing.T) {
	b := sampleBriefing(t)
	id := b.AddTopic(" 전망 ")
	must(t, b.RenameTopic("a", "동맹"))
	must(t, b.MoveTopic(id, 0))
	must(t, b.SetCommentary(id, "**평가**"))
	if b.Topics[0].Title != "전망" || b.Topics[0].Commentary != "**평가**" || b.Topics[1].Title != "동맹" {
		t.Errorf("topics: %+v", b.Topics)
	}
	must(t, b.RemoveTopic("b"))
	if len(b.Topics) != 2 || b.Topic("b") != -1 {
		t.Errorf("after removal: %+v", b.Topics)
	}
	if err := b.RenameTopic("nope", "x"); !errors.Is(err, briefing.ErrNotFound) {
		t.Errorf("renaming a missing topic: %v", err)
	}
}

func TestAutoAssemble(t *testing.T) {
	b := sampleBriefing(t)
	tmpl, _ := briefing.ParseTemplate([]byte(`{"id":"t","topics":[{"id":"a","terms":{"ko":{"연합연습":2}}},{"id":"b","terms":{"ko":{"정비":2}}}]}`))
	c := briefing.NewClassifier(tmpl)
	if n := b.AutoAssemble(c, b.Articles[0].ID); n != 2 {
		t.Errorf("placed %d, want 2", n)
	}
	if got := order(b); got != "a:연합연습 b:함정 정" {
		t.Errorf("after assembling one article: %s", got)
	}
	if n := b.AutoAssemble(c); n != 1 {
		t.Errorf("second run placed %d, want only the other article's paragraph", n)
	}
}

func TestHistoryUndoRedo(t *testing.T) {
	h := briefing.NewHistory(sampleBriefing(t), 100)
	a1 := h.Current().Articles[0].ID
	var id string
	must(t, h.Do("add", func(b *briefing.Briefing) (err error) { id, err = b.AddExcerpt("a", a1, 0, 0, -1); return }))
	must(t, h.Do("edit", func(b *briefing.Briefing) error { return b.EditExcerpt(id, "고친 글") }))
	must(t, h.Do("move", func(b *briefing.Briefing) error { return b.MoveExcerpt(id, "b", -1) }))
	if err := h.Do("step", func(b *briefing.Briefing) error { return b.RemoveTopic("zz") }); err == nil {
		t.Error("failed change reported no error")
	}
	if got := order(h.Current()); got != "a: b:고친 글" {
		t.Fatalf("current: %s", got)
	}
	if h.UndoName() != "move" || h.RedoName() != "" {
		t.Errorf("undo names %q, redo names %q", h.UndoName(), h.RedoName())
	}
	h.Undo()
	if got := order(h.Current()); got != "a:고친 글 b:" {
		t.Errorf("after one undo: %s", got)
	}
	if h.UndoName() != "edit" || h.RedoName() != "move" {
		t.Errorf("after one undo, undo names %q, redo names %q", h.UndoName(), h.RedoName())
	}
	h.Undo()
	if got := order(h.Current()); got != "a:연합연습 b:" {
		t.Errorf("after two undos: %s", got)
	}
	h.Redo()
	if got := order(h.Current()); got != "a:고친 글 b:" {
		t.Errorf("after redo: %s", got)
	}
	must(t, h.Do("rename", func(b *briefing.Briefing) error { return b.RenameTopic("a", "새 이름") }))
	if h.CanRedo() {
		t.Error("a new change must clear redo")
	}
	for h.Undo() {
	}
	if got := order(h.Current()); got != "a: b:" || h.Current().Topics[0].Title != "가" {
		t.Errorf("after undoing everything: %s", got)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestHistoryAmendJoinsSteps(t *testing.T) {
	h := briefing.NewHistory(sampleBriefing(t), 10)
	must(t, h.Amend("typing", func(b *briefing.Briefing) error { b.Summary = "가"; return nil }))
	must(t, h.Amend("typing", func(b *briefing.Briefing) error { b.Summary = "가나"; return nil }))
	must(t, h.Amend("typing", func(b *briefing.Briefing) error { b.Summary = "가나다"; return nil }))
	if !h.Undo() || h.Current().Summary != "" || h.CanUndo() {
		t.Errorf("typing was not one step: summary %q after undo", h.Current().Summary)
	}
}

// distinctArticles returns n articles with different addresses and texts.
func distinctArticles(n int) []briefing.Article {
	var arts []briefing.Article
	for i := 0; i < n; i++ {
		a := briefing.Article{Title: fmt.Sprintf("기사 %d", i), URL: fmt.Sprintf("https://news.example/%d", i), Language: "ko"}
		for s := 0; s < 3; s++ {
			a.Sections = append(a.Sections, briefing.Section{Paragraphs: []string{
				fmt.Sprintf("한미 연합연습 %d-%d 관련 문단. 정비 협력도 논의됐다.", i, s),
				fmt.Sprintf("둘째 문단 %d-%d.", i, s),
			}})
		}
		a.AssignID()
		arts = append(arts, a)
	}
	return arts
}

func TestAddArticles(t *testing.T) {
	b := sampleBriefing(t)
	before := len(b.Articles)
	arts := distinctArticles(3)
	// The same text from another address, a repeat within the batch, and
	// an article the briefing already has (respaced: still the same text).
	mirror := arts[0]
	mirror.URL = "https://mirror.example/0"
	mirror.AssignID()
	old := b.Articles[1]
	old.ID = ""
	old.URL = "https://elsewhere.example/x"
	old.Sections = []briefing.Section{{Paragraphs: []string{"  정비 협력   확대. 정비 기간\n단축. "}}}
	ids, added := b.AddArticles(arts[0], arts[1], mirror, arts[1], old, arts[2])
	if added != 3 || len(b.Articles) != before+3 {
		t.Fatalf("added %d, briefing has %d articles (had %d)", added, len(b.Articles), before)
	}
	want := []string{arts[0].ID, arts[1].ID, arts[0].ID, arts[1].ID, b.Articles[1].ID, arts[2].ID}
	for i := range want {
		if ids[i] != want[i] {
			t.Errorf("article %d: id %q, want %q", i, ids[i], want[i])
		}
	}
	if ids, added := b.AddArticles(); len(ids) != 0 || added != 0 {
		t.Errorf("adding nothing: %v, %d", ids, added)
	}
}

func TestArticleIndex(t *testing.T) {
	arts := distinctArticles(2)
	x := briefing.NewArticleIndex[int]()
	x.Put(&arts[0], 7)
	if v, ok := x.Find(&arts[0]); !ok || v != 7 {
		t.Errorf("find the article put: %d, %v", v, ok)
	}
	copyOf := arts[0]
	copyOf.ID = "other"
	if v, ok := x.Find(&copyOf); !ok || v != 7 {
		t.Errorf("find the same text under another id: %d, %v", v, ok)
	}
	if _, ok := x.Find(&arts[1]); ok {
		t.Error("found an article never put")
	}
	x.Delete(&arts[0])
	if _, ok := x.Find(&arts[0]); ok {
		t.Error("found a deleted article")
	}
}

func TestValidateDetails(t *testing.T) {
	cases := []struct {
		name   string
		change func(d *briefing.Details)
		field  string // "" when the details are valid
	}{
		{"defaults", func(d *briefing.Details) {}, ""},
		{"report style", func(d *briefing.Details) { d.Style = briefing.StyleReport }, ""},
		{"briefing style", func(d *briefing.Details) { d.Style = briefing.StyleBriefing }, ""},
		{"empty topics left out", func(d *briefing.Details) { d.EmptyTopics = briefing.EmptyTopicOmit }, ""},
		{"empty topics on a line", func(d *briefing.Details) { d.EmptyTopics = briefing.EmptyTopicLine }, ""},
		{"unknown style", func(d *briefing.Details) { d.Style = "memo" }, "details.style"},
		{"style in capitals", func(d *briefing.Details) { d.Style = "Report" }, "details.style"},
		{"unknown empty topics", func(d *briefing.Details) { d.EmptyTopics = "hide" }, "details.emptyTopics"},
		{"paper", func(d *briefing.Details) { d.Paper = "a3" }, "details.paper"},
	}
	for _, tc := range cases {
		b := sampleBriefing(t)
		tc.change(&b.Details)
		err := b.Validate()
		switch {
		case tc.field == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.field != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.field+": ")):
			t.Errorf("%s: error %v, want one naming %s", tc.name, err, tc.field)
		}
	}
}
