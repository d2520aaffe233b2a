package desk

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// layout describes the outline: "topic:excerpt,excerpt topic:…", each
// excerpt by the paragraph it quotes ("s.p").
func layout(b *briefing.Briefing) string {
	var parts []string
	for _, t := range b.Topics {
		var ex []string
		for _, e := range t.Excerpts {
			ex = append(ex, fmt.Sprintf("%d.%d", e.Section, e.Paragraph))
		}
		parts = append(parts, t.ID+":"+strings.Join(ex, ","))
	}
	return strings.Join(parts, " ")
}

// placedSession returns a session whose briefing holds, from one article
// of three sections of two paragraphs, 0.0 and 0.1 under status and 1.0
// under defense.
func placedSession(t *testing.T) (*Session, *briefing.Article) {
	t.Helper()
	s := newClock().session(t)
	a := &briefing.Article{Title: "시험 기사", Language: "ko"}
	for i := 0; i < 3; i++ {
		a.Sections = append(a.Sections, briefing.Section{Heading: fmt.Sprintf("절 %d", i), Paragraphs: []string{
			fmt.Sprintf("문단 %d-0. 날씨 이야기.", i), fmt.Sprintf("문단 %d-1. 경제 이야기.", i)}})
	}
	a.AssignID()
	for _, p := range []struct {
		topic  string
		si, pi int
	}{{"status", 0, 0}, {"status", 0, 1}, {"defense", 1, 0}} {
		if _, err := s.AddParagraph(p.topic, a, p.si, p.pi); err != nil {
			t.Fatal(err)
		}
	}
	return s, a
}

// excerptAt returns the id of the excerpt quoting paragraph si.pi.
func excerptAt(b *briefing.Briefing, si, pi int) string {
	for _, t := range b.Topics {
		for _, e := range t.Excerpts {
			if e.Section == si && e.Paragraph == pi {
				return e.ID
			}
		}
	}
	return ""
}

func TestMoveStep(t *testing.T) {
	cases := []struct {
		name   string
		item   string // "s.p" of an excerpt, or a topic id
		step   int
		moved  bool
		layout string
	}{
		{"down within a topic", "0.0", +1, true, "status:0.1,0.0 defense:1.0 mro: future:"},
		{"down into the next topic", "0.1", +1, true, "status:0.0 defense:0.1,1.0 mro: future:"},
		{"up into the previous topic", "1.0", -1, true, "status:0.0,0.1,1.0 defense: mro: future:"},
		{"up at the top of the briefing", "0.0", -1, false, "status:0.0,0.1 defense:1.0 mro: future:"},
		{"down past empty topics to the end", "1.0", +1, true, "status:0.0,0.1 defense: mro:1.0 future:"},
		{"a topic down", "status", +1, true, "defense:1.0 status:0.0,0.1 mro: future:"},
		{"a topic up at the top", "status", -1, false, "status:0.0,0.1 defense:1.0 mro: future:"},
		{"the last topic down", "future", +1, false, "status:0.0,0.1 defense:1.0 mro: future:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := placedSession(t)
			id := tc.item
			if strings.Contains(id, ".") {
				var si, pi int
				fmt.Sscanf(id, "%d.%d", &si, &pi)
				id = excerptAt(s.Briefing(), si, pi)
			}
			steps := s.CanUndo()
			before := s.UndoName()
			moved, err := s.MoveStep(id, tc.step)
			if err != nil || moved != tc.moved {
				t.Fatalf("moved %v, %v; want %v", moved, err, tc.moved)
			}
			if got := layout(s.Briefing()); got != tc.layout {
				t.Errorf("layout %s\n          want %s", got, tc.layout)
			}
			if !moved && (s.UndoName() != before || s.CanUndo() != steps) {
				t.Error("a move that did nothing left an undo step")
			}
		})
	}
	s, _ := placedSession(t)
	if _, err := s.MoveStep("e404", 1); err == nil {
		t.Error("moving an excerpt that is not there succeeded")
	}
	if _, err := s.MoveStep("status", 2); err == nil {
		t.Error("a step of 2 was accepted")
	}
}

func TestDrop(t *testing.T) {
	cases := []struct {
		name   string
		item   [2]int
		topic  string
		before int
		layout string
	}{
		{"onto the first of its own topic", [2]int{0, 1}, "status", 0, "status:0.1,0.0 defense:1.0 mro: future:"},
		{"below itself stays", [2]int{0, 0}, "status", 1, "status:0.0,0.1 defense:1.0 mro: future:"},
		{"to the end of its own topic", [2]int{0, 0}, "status", 2, "status:0.1,0.0 defense:1.0 mro: future:"},
		{"onto another topic's heading", [2]int{0, 1}, "defense", 0, "status:0.0 defense:0.1,1.0 mro: future:"},
		{"after another topic's excerpt", [2]int{0, 0}, "defense", 1, "status:0.1 defense:1.0,0.0 mro: future:"},
		{"into an empty topic", [2]int{1, 0}, "future", -1, "status:0.0,0.1 defense: mro: future:1.0"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := placedSession(t)
			id := excerptAt(s.Briefing(), tc.item[0], tc.item[1])
			if err := s.DropExcerpt(id, tc.topic, tc.before); err != nil {
				t.Fatal(err)
			}
			if got := layout(s.Briefing()); got != tc.layout {
				t.Errorf("layout %s\n          want %s", got, tc.layout)
			}
			want := StepMoveExcerpt
			if tc.name == "below itself stays" {
				want = StepAddParagraph // no step for a drop that moves nothing
			}
			if s.UndoName() != want {
				t.Errorf("step named %q, want %q", s.UndoName(), want)
			}
		})
	}
	s, _ := placedSession(t)
	if err := s.DropTopic("future", "status"); err != nil || layout(s.Briefing()) != "future: status:0.0,0.1 defense:1.0 mro:" {
		t.Errorf("topic dropped on the first: %v, %s", err, layout(s.Briefing()))
	}
	if err := s.DropTopic("future", "future"); err != nil || s.UndoName() != StepMoveTopic {
		t.Errorf("a topic dropped on itself: %v", err)
	}
	if err := s.DropTopic("future", "nowhere"); err == nil {
		t.Error("dropped on a topic that is not there")
	}
	if err := s.DropExcerpt("e404", "status", 0); err == nil {
		t.Error("dropped an excerpt that is not there")
	}
}

func TestPlacedAndSections(t *testing.T) {
	s, a := placedSession(t)
	placed := s.Briefing().PlacedIn(a)
	if len(placed) != 3 || placed[[2]int{1, 0}] == "" || placed[[2]int{2, 0}] != "" {
		t.Errorf("placed %v", placed)
	}
	// The same article from another address is the same article.
	mirror := *a
	mirror.URL, mirror.ID = "https://mirror.example/a", ""
	mirror.AssignID()
	if got := s.Briefing().PlacedIn(&mirror); len(got) != 3 {
		t.Errorf("the mirror's placed paragraphs: %v", got)
	}
	// A section goes under the topics its paragraphs suggest or the
	// first topic; paragraphs already placed stay where they are.
	n, err := s.AddSection(&mirror, 1)
	if err != nil || n != 1 {
		t.Fatalf("section added %d, %v", n, err)
	}
	if got := layout(s.Briefing()); got != "status:0.0,0.1,1.1 defense:1.0 mro: future:" {
		t.Errorf("after adding section 1: %s", got)
	}
	if len(s.Briefing().Articles) != 1 {
		t.Errorf("%d articles in the briefing, want the one", len(s.Briefing().Articles))
	}
	if _, err := s.AddSection(a, 7); err == nil {
		t.Error("a section that is not there was added")
	}
	if _, err := s.AddParagraph("status", a, 0, 0); err == nil {
		t.Error("a paragraph was placed twice")
	}
	empty := s.Briefing().Clone()
	empty.Topics = nil
	if _, err := empty.AddSection(*a, 0, nil); err == nil {
		t.Error("a section was added to a briefing without topics")
	}
}

func TestSectionFollowsSuggestions(t *testing.T) {
	s := newClock().session(t)
	a := samples(t)[0]
	sugg := s.Suggest(a)
	si, want := -1, ""
	for i, sec := range sugg {
		for _, sg := range sec {
			if sg.Topic != "" {
				si, want = i, sg.Topic
				break
			}
		}
		if si >= 0 {
			break
		}
	}
	if si < 0 {
		t.Fatal("no paragraph of the sample has a suggestion")
	}
	if _, err := s.AddSection(a, si); err != nil {
		t.Fatal(err)
	}
	b := s.Briefing()
	if n := len(b.Topics[b.Topic(want)].Excerpts); n == 0 {
		t.Errorf("no excerpt under the suggested topic %s: %s", want, layout(b))
	}
	if got := b.ExcerptCount(); got != len(a.Sections[si].Paragraphs) {
		t.Errorf("%d excerpts, want the section's %d paragraphs", got, len(a.Sections[si].Paragraphs))
	}
}

// assemble accepts every proposal for the articles and returns the number
// placed.
func assemble(t *testing.T, s *Session, arts []*briefing.Article) int {
	t.Helper()
	props, err := Propose(context.Background(), s.Briefing(), s.Classifier(), arts, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Accept(arts, props)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestAssembleAndEdits(t *testing.T) {
	s := newClock().session(t)
	arts := samples(t)
	n := assemble(t, s, arts)
	if n < 10 || s.UndoName() != StepAssemble {
		t.Fatalf("assembled %d, step %q", n, s.UndoName())
	}
	if again := assemble(t, s, arts); again != 0 {
		t.Errorf("assembling again placed %d more", again)
	}
	s.Undo()
	if s.Briefing().ExcerptCount() != 0 || len(s.Briefing().Articles) != 0 {
		t.Error("one undo did not take the assembly back")
	}
	if n := assemble(t, s, nil); n != 0 {
		t.Errorf("assembling nothing placed %d", n)
	}

	st, _ := placedSession(t)
	id := excerptAt(st.Briefing(), 0, 0)
	orig := st.Briefing().Topics[0].Excerpts[0].Text
	if err := st.EditExcerpt(id, "  줄인 글  "); err != nil {
		t.Fatal(err)
	}
	e := st.Briefing().Topics[0].Excerpts[0]
	if e.Text != "줄인 글" || e.Original != orig {
		t.Errorf("edited: %+v", e)
	}
	if err := st.EditExcerpt(id, orig); err != nil || st.Briefing().Topics[0].Excerpts[0].Edited() {
		t.Errorf("writing the original back did not restore it: %v", err)
	}
	tid, err := st.AddTopic("  전망  ")
	if err != nil || st.TopicTitle(tid) != "전망" {
		t.Errorf("added topic %q: %v", st.TopicTitle(tid), err)
	}
	if err := st.RenameTopic(tid, "향후 전망"); err != nil || st.TopicTitle(tid) != "향후 전망" {
		t.Errorf("renamed: %v", err)
	}
	if err := st.RemoveExcerpt(id); err != nil || st.Briefing().ExcerptCount() != 2 {
		t.Errorf("removed: %v", err)
	}
	if err := st.RemoveTopic(tid); err != nil || len(st.Briefing().Topics) != 4 {
		t.Errorf("removed topic: %v", err)
	}
	names := []string{StepRemoveTopic, StepRemoveExcerpt, StepRenameTopic, StepAddTopic, StepEditExcerpt, StepEditExcerpt}
	for _, want := range names {
		if got, _ := st.Undo(); got != want {
			t.Errorf("undid %q, want %q", got, want)
		}
	}
}

func TestDropParagraphAndSection(t *testing.T) {
	s, a := placedSession(t)
	var rec recorder
	s.Subscribe(rec.record)
	if _, err := s.DropParagraph("status", a, 2, 0, 1); err != nil {
		t.Fatal(err)
	}
	if got := layout(s.Briefing()); got != "status:0.0,2.0,0.1 defense:1.0 mro: future:" {
		t.Errorf("after dropping a paragraph between two excerpts: %s", got)
	}
	n, err := s.DropSection("mro", a, 1, 0)
	if err != nil || n != 1 {
		t.Fatalf("dropping a section placed %d (%v), want its one free paragraph", n, err)
	}
	if got := layout(s.Briefing()); got != "status:0.0,2.0,0.1 defense:1.0 mro:1.1 future:" {
		t.Errorf("after dropping a section: %s", got)
	}
	if s.UndoName() != StepAddSection {
		t.Errorf("the section drop is named %q", s.UndoName())
	}
	// A section whose paragraphs are all placed changes nothing: no step, no news.
	if n, err := s.DropSection("future", a, 0, -1); err != nil || n != 0 {
		t.Fatalf("dropping a placed section: %d, %v", n, err)
	}
	if len(rec.got) != 2 || s.UndoName() != StepAddSection {
		t.Errorf("a drop that changed nothing was reported: %v", rec.kinds())
	}
	if _, err := s.DropParagraph("nope", a, 2, 1, 0); err == nil {
		t.Error("dropping onto a missing topic succeeded")
	}
}

func TestTypingTheSameTextIsNoChange(t *testing.T) {
	s := newClock().session(t)
	var rec recorder
	s.Subscribe(rec.record)
	if err := s.SetSummary(""); err != nil {
		t.Fatal(err)
	}
	if len(rec.got) != 0 || s.Dirty() || s.CanUndo() {
		t.Errorf("setting the summary it has marked the briefing changed: %v", rec.kinds())
	}
}
