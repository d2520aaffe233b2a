package desk

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// testTemplates returns the built-in templates and, when given, one user
// template written to a folder of the test's own.
func testTemplates(t *testing.T, user string) (briefing.Templates, error) {
	t.Helper()
	dir := ""
	if user != "" {
		dir = t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "user.json"), []byte(user), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return Templates(dir)
}

// clock is a settable time for typing tests.
type clock struct{ t time.Time }

func (c *clock) now() time.Time                { return c.t }
func (c *clock) advance(d time.Duration)       { c.t = c.t.Add(d) }
func newClock() *clock                         { return &clock{time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)} }
func (c *clock) session(t *testing.T) *Session { return newSession(t, c.now) }

// newSession opens a new briefing of the default template with the three
// sample articles in it.
func newSession(t *testing.T, now func() time.Time) *Session {
	t.Helper()
	ts, err := testTemplates(t, "")
	if err != nil {
		t.Fatal(err)
	}
	tmpl, _ := ts.Get("")
	b := briefing.New(tmpl, "ko", time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	return NewSession(ts, nil, b, now)
}

// samples returns the bundled sample articles.
func samples(t *testing.T) []*briefing.Article {
	t.Helper()
	arts, err := Samples()
	if err != nil || len(arts) < 3 {
		t.Fatalf("samples: %d, %v", len(arts), err)
	}
	return arts
}

// recorder collects the changes a session reports.
type recorder struct{ got []Change }

func (r *recorder) record(c Change) { r.got = append(r.got, c) }

func (r *recorder) kinds() []ChangeKind {
	var k []ChangeKind
	for _, c := range r.got {
		k = append(k, c.Kind)
	}
	return k
}

func TestSessionStepsAndChanges(t *testing.T) {
	s := newClock().session(t)
	var rec recorder
	cancel := s.Subscribe(rec.record)
	a := samples(t)[0]
	if s.Dirty() || s.CanUndo() || s.UndoName() != "" {
		t.Fatal("a new session has changes")
	}
	id, err := s.AddParagraph("status", a, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MoveExcerpt(id, "future"); err != nil {
		t.Fatal(err)
	}
	if !s.Dirty() || s.UndoName() != StepMoveExcerpt {
		t.Errorf("after two steps: dirty %v, undo names %q", s.Dirty(), s.UndoName())
	}
	if name, ok := s.Undo(); !ok || name != StepMoveExcerpt || s.RedoName() != StepMoveExcerpt || s.UndoName() != StepAddParagraph {
		t.Errorf("undo: %q %v; then undo %q, redo %q", name, ok, s.UndoName(), s.RedoName())
	}
	if name, ok := s.Redo(); !ok || name != StepMoveExcerpt {
		t.Errorf("redo: %q %v", name, ok)
	}
	if err := s.RemoveTopic("nope"); err == nil {
		t.Error("removing a topic that is not there succeeded")
	}
	cancel()
	s.Undo()
	want := []ChangeKind{Edited, Edited, Undone, Redone}
	if got := rec.kinds(); len(got) != len(want) || got[0] != want[0] || got[2] != want[2] || got[3] != want[3] {
		t.Errorf("changes %v, want %v (and none after cancel)", got, want)
	}
	if _, ok := s.Redo(); !ok {
		t.Error("nothing to redo after an undo")
	}
	for s.CanUndo() {
		s.Undo()
	}
	if _, ok := s.Undo(); ok || s.Dirty() {
		t.Error("undo with nothing to undo, or the original state counts as changed")
	}
	if _, ok := s.Redo(); !ok {
		t.Error("redo after undoing everything")
	}
	for s.CanRedo() {
		s.Redo()
	}
	if _, ok := s.Redo(); ok {
		t.Error("redo with nothing to redo")
	}
}

func TestTypingIsGroupedByFieldAndPause(t *testing.T) {
	cases := []struct {
		name  string
		steps func(s *Session, c *clock)
		undos int // steps in the history afterwards
	}{
		{"one burst is one step", func(s *Session, c *clock) {
			for _, text := range []string{"핵", "핵심", "핵심 요약"} {
				s.SetSummary(text)
				c.advance(300 * time.Millisecond)
			}
		}, 1},
		{"a pause starts a new step", func(s *Session, c *clock) {
			s.SetSummary("첫 문장.")
			c.advance(TypingPause + time.Millisecond)
			s.SetSummary("첫 문장. 둘째 문장.")
		}, 2},
		{"another field starts a new step", func(s *Session, c *clock) {
			s.SetSummary("요약")
			s.SetCommentary("status", "논평")
			s.SetSummary("요약 더")
		}, 3},
		{"a step between bursts splits them", func(s *Session, c *clock) {
			s.SetSummary("요약")
			s.AddTopic("새 주제")
			s.SetSummary("요약 더")
		}, 3},
		{"typing what is there already records nothing", func(s *Session, c *clock) {
			s.SetSummary("")
			s.SetCommentary("status", "")
			s.SetDetails(s.Briefing().Details)
		}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := newClock()
			s := c.session(t)
			tc.steps(s, c)
			n := 0
			for s.CanUndo() {
				s.Undo()
				n++
			}
			if n != tc.undos {
				t.Errorf("%d undo steps, want %d", n, tc.undos)
			}
		})
	}
}

func TestTypingNamesAndReports(t *testing.T) {
	s := newClock().session(t)
	var rec recorder
	s.Subscribe(rec.record)
	d := s.Briefing().Details
	d.Title = "주간 동맹 브리핑"
	if err := s.SetDetails(d); err != nil {
		t.Fatal(err)
	}
	if s.UndoName() != StepDetails || len(rec.got) != 1 || rec.got[0] != (Change{Typed, StepDetails}) {
		t.Errorf("undo names %q; changes %v", s.UndoName(), rec.got)
	}
	if err := s.SetCommentary("gone", "x"); err == nil {
		t.Error("commentary of a topic that is not there was accepted")
	}
}

func TestSaveMarksTheSnapshotSaved(t *testing.T) {
	s := newClock().session(t)
	path := filepath.Join(t.TempDir(), "주간 브리핑.brief")
	if err := s.Save(""); err == nil {
		t.Error("a briefing never saved was saved without a file")
	}
	s.AddTopic("하나")
	snapshot := s.Briefing()
	s.AddTopic("둘")
	// A save that ran in the background on the older snapshot.
	if err := SaveBriefing(path, snapshot); err != nil {
		t.Fatal(err)
	}
	s.MarkSaved(path, snapshot)
	if !s.Dirty() || s.Name() != "주간 브리핑.brief" || s.Path() != path {
		t.Errorf("after saving an older state: dirty %v, name %q", s.Dirty(), s.Name())
	}
	if err := s.Save(""); err != nil || s.Dirty() {
		t.Errorf("save to its own file: %v, dirty %v", err, s.Dirty())
	}
	b, err := LoadBriefing(path)
	if err != nil || len(b.Topics) != 6 {
		t.Fatalf("saved file: %v", err)
	}
	s.Replace(b, path)
	if s.Dirty() || s.CanUndo() {
		t.Error("an opened briefing counts as changed or has history")
	}
	s.Restore(b, "")
	if !s.Dirty() || s.Name() != "" {
		t.Errorf("restored work: dirty %v, name %q", s.Dirty(), s.Name())
	}
	s.Restore(b, path)
	if !s.Dirty() || s.Path() != path {
		t.Errorf("restored work of a file: dirty %v, path %q", s.Dirty(), s.Path())
	}
	if err := s.Save(""); err != nil || s.Dirty() {
		t.Errorf("saving restored work: %v, dirty %v", err, s.Dirty())
	}
}

func TestTemplateComesFromTheBriefing(t *testing.T) {
	user := `{"id":"maritime","names":{"ko":"해양"},"topics":[
		{"id":"ships","names":{"ko":"함정"},"terms":{"ko":{"함정":2,"정비":2}}},
		{"id":"ports","names":{"ko":"항만"},"terms":{"ko":{"항만":2}}}]}`
	ts, err := testTemplates(t, user)
	if err != nil {
		t.Fatal(err)
	}
	mine, _ := ts.Get("maritime")
	s := NewSession(ts, nil, briefing.New(mine, "ko", time.Now()), nil)
	if s.Template() != mine || s.Classifier() == nil || s.TemplateProblem() != nil {
		t.Fatalf("template %v, problem %v", s.Template(), s.TemplateProblem())
	}
	a := &briefing.Article{Title: "기사", Sections: []briefing.Section{{Paragraphs: []string{"함정 정비 물량이 늘었다. 정비 기간도 짧아졌다."}}}}
	if got := s.Suggest(a)[0][0].Topic; got != "ships" {
		t.Errorf("suggested %q, want the user template's ships", got)
	}
	// A briefing whose template is not installed here gets no suggestions,
	// says why, and still works.
	other := briefing.New(mine, "ko", time.Now())
	other.Template = "elsewhere"
	s.Replace(other, "")
	if s.Classifier() != nil || s.Suggest(a) != nil || !errors.Is(s.TemplateProblem(), briefing.ErrUnknownTemplate) {
		t.Errorf("unknown template: classifier %v, problem %v", s.Classifier(), s.TemplateProblem())
	}
	if _, err := Propose(context.Background(), s.Briefing(), s.Classifier(), []*briefing.Article{a}, 0, nil); !errors.Is(err, ErrNoClassifier) {
		t.Errorf("assembling without a classifier: %v", err)
	}
	a.AssignID()
	if n, err := s.AddSection(a, 0); err != nil || n != 1 {
		t.Errorf("adding a section without suggestions: %d, %v", n, err)
	}
	if s.TopicTitle("ports") != "항만" || s.TopicTitle("unknown") != "unknown" {
		t.Errorf("topic titles: %q %q", s.TopicTitle("ports"), s.TopicTitle("unknown"))
	}
}

func TestBrokenUserTemplateIsReported(t *testing.T) {
	ts, err := testTemplates(t, `{"id":`)
	if err == nil || !strings.Contains(err.Error(), "user.json") || ts == nil {
		t.Fatalf("broken user template: %v", err)
	}
	tmpl, _ := ts.Get("")
	s := NewSession(ts, err, briefing.New(tmpl, "en", time.Now()), nil)
	if p := s.TemplateProblem(); p == nil || !strings.Contains(p.Error(), "user.json") {
		t.Errorf("problem %v, want the broken file named", p)
	}
	if s.Classifier() == nil || s.TopicTitle("mro") != "MRO and defense industry" {
		t.Error("the built-in template is not used beside the broken one")
	}
}
