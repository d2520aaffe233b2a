package briefing_test

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestAddParagraphAtPosition(t *testing.T) {
	b := sampleBriefing(t)
	a := b.Articles[0]
	_, err := b.AddParagraph("a", a, 0, 0, -1)
	must(t, err)
	_, err = b.AddParagraph("a", a, 1, 0, 0) // dropped above the first
	must(t, err)
	if got := order(b); got != "a:함정 정,연합연습 b:" {
		t.Errorf("order %s", got)
	}
	if _, err := b.AddParagraph("zz", a, 0, 1, 0); err == nil {
		t.Error("a missing topic gave no error")
	}
	if len(b.Topics[0].Excerpts) != 2 {
		t.Error("a failed add changed the briefing")
	}
}

func TestPlaceSectionKeepsOrderAndSkipsPlaced(t *testing.T) {
	b := sampleBriefing(t)
	first, second := b.Articles[0], b.Articles[1]
	_, err := b.AddParagraph("b", second, 0, 0, -1)
	must(t, err)
	_, err = b.AddParagraph("a", first, 0, 1, -1) // "날씨 이야기." is already placed
	must(t, err)
	n, err := b.PlaceSection(first, 0, "b", 0)
	must(t, err)
	if n != 1 {
		t.Errorf("placed %d, want the one paragraph not yet in the briefing", n)
	}
	if got := order(b); got != "a:날씨 이 b:연합연습,정비 협" {
		t.Errorf("order %s", got)
	}
	if _, err := b.PlaceSection(first, 5, "b", 0); err == nil {
		t.Error("a missing section gave no error")
	}
}

func TestHistoryRecordsNoStepForNoChange(t *testing.T) {
	h := briefing.NewHistory(sampleBriefing(t), 10)
	a := h.Current().Articles[0].ID
	var id string
	must(t, h.Do("add", func(b *briefing.Briefing) (err error) { id, err = b.AddExcerpt("a", a, 0, 0, -1); return }))
	before := h.Current()
	must(t, h.Do("move", func(b *briefing.Briefing) error { return b.DropExcerpt(id, "a", 0) }))
	if h.Current() != before || h.UndoName() != "add" {
		t.Errorf("dropping an excerpt where it is recorded a step (undo names %q)", h.UndoName())
	}
	must(t, h.Do("rename", func(b *briefing.Briefing) error { return b.RenameTopic("a", b.Topics[0].Title) }))
	if h.Current() != before {
		t.Error("renaming a topic to its own title recorded a step")
	}
	must(t, h.Do("move", func(b *briefing.Briefing) error { return b.DropExcerpt(id, "b", 0) }))
	if h.Current() == before || h.UndoName() != "move" {
		t.Error("a real move recorded no step")
	}
}

func TestDropTopicLandsBeforeTarget(t *testing.T) {
	b := sampleBriefing(t)
	b.AddTopic("다")
	ids := func() string {
		var out []string
		for _, tp := range b.Topics {
			out = append(out, tp.Title)
		}
		return strings.Join(out, ",")
	}
	must(t, b.DropTopic("a", b.Topics[2].ID)) // down: before the third
	if got := ids(); got != "나,가,다" {
		t.Errorf("dropped down onto the third: %s", got)
	}
	must(t, b.DropTopic(b.Topics[2].ID, b.Topics[0].ID)) // up: before the first
	if got := ids(); got != "다,나,가" {
		t.Errorf("dropped up onto the first: %s", got)
	}
	must(t, b.DropTopic(b.Topics[0].ID, "")) // to the end
	if got := ids(); got != "나,가,다" {
		t.Errorf("dropped at the end: %s", got)
	}
}

func TestTypingTakenBackIsNoStep(t *testing.T) {
	h := briefing.NewHistory(sampleBriefing(t), 10)
	start := h.Current()
	must(t, h.Amend("typing", func(b *briefing.Briefing) error { b.Summary = "가"; return nil }))
	must(t, h.Amend("typing", func(b *briefing.Briefing) error { b.Summary = ""; return nil }))
	if h.CanUndo() || h.Current() != start {
		t.Error("typing a letter and deleting it left an undo step")
	}
}

func TestAcceptLeavesOutRemovedTopics(t *testing.T) {
	b, c := newDefault(t)
	arts := defenseNews()
	props := b.Propose(c, arts, 0, nil)
	must(t, b.RemoveTopic("defense"))
	n, err := b.Accept(arts, props)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, p := range props {
		if p.Topic != "defense" {
			want++
		}
	}
	if n != want || want == len(props) {
		t.Errorf("placed %d of %d proposals, want the %d whose topic is still there", n, len(props), want)
	}
}

// TestCloneSharesWhatAChangeLeaves checks that an undo step shares the
// excerpts of the topics it did not change, and that changing a clone in
// every way leaves the original as it was.
func TestCloneSharesWhatAChangeLeaves(t *testing.T) {
	b := sampleBriefing(t)
	a := b.Articles[0]
	for _, p := range [][3]int{{0, 0, 0}, {0, 1, 0}, {1, 0, 1}} {
		topic := b.Topics[p[2]].ID
		if _, err := b.AddParagraph(topic, a, p[0], p[1], -1); err != nil {
			t.Fatal(err)
		}
	}
	before := order(b)
	first := b.Topics[0].Excerpts[0].ID
	c := b.Clone()
	must(t, c.EditExcerpt(first, "고친 글"))
	if &c.Topics[1].Excerpts[0] != &b.Topics[1].Excerpts[0] {
		t.Error("an untouched topic's excerpts were copied")
	}
	if &c.Topics[0].Excerpts[0] == &b.Topics[0].Excerpts[0] {
		t.Error("an edited topic still shares its excerpts")
	}
	for _, change := range []func(x *briefing.Briefing) error{
		func(x *briefing.Briefing) error { return x.MoveExcerpt(first, "b", 0) },
		func(x *briefing.Briefing) error { return x.RemoveExcerpt(first) },
		func(x *briefing.Briefing) error { return x.RestoreExcerpt(first) },
		func(x *briefing.Briefing) error { _, err := x.AddParagraph("a", b.Articles[1], 0, 0, 0); return err },
		func(x *briefing.Briefing) error { return x.DropExcerpt(first, "a", 2) },
		func(x *briefing.Briefing) error { x.AddTopic("다"); return nil },
	} {
		c := b.Clone()
		must(t, change(c))
		if got := order(b); got != before || len(b.Articles) != 2 || len(b.Topics) != 2 {
			t.Fatalf("changing a clone changed the original: %s, want %s", got, before)
		}
	}
}
