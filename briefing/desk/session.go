// Package desk is Briefdesk's application layer, between the engine and its
// two front ends, the window (package ui) and the brief command: the session
// of the open briefing (undo history, file, saved state, template and
// classifier, change subscription), the user's library of articles, the one
// import pipeline every kind of input goes through, and the registry of
// export formats. It imports no Fyne; the front ends only parse, show and
// ask, and reach readers and writers through this package alone.
//
// A Session and a Library are used from one goroutine at a time (the
// window's UI goroutine); the briefings a session hands out are immutable
// snapshots that other goroutines may read, export and save.
package desk

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// HistoryLimit is the number of steps Undo can take back.
const HistoryLimit = 200

// TypingPause is how long a pause in typing starts a new undo step.
const TypingPause = 1500 * time.Millisecond

// ChangeKind tells subscribers what kind of change happened.
type ChangeKind int

// The kinds of change a session reports.
const (
	Edited   ChangeKind = iota // an undoable step changed the briefing
	Typed                      // typing in a field changed it (one step per burst)
	Undone                     // Undo took a step back
	Redone                     // Redo repeated a step
	Replaced                   // another briefing is open: new, opened or restored
	Saved                      // the briefing was saved; its content did not change
)

// Change is what a subscriber is told: the kind of change and the name of
// the step (for Undone and Redone, the step undone or redone).
type Change struct {
	Kind ChangeKind
	Name string
}

// Session is the briefing open in a window or a command: its undo history,
// the file it came from, whether it has unsaved changes, and the template and
// classifier that suggest its topics.
type Session struct {
	templates briefing.Templates
	loadErr   error // why some user templates could not be read
	now       func() time.Time

	hist     *briefing.History
	path     string             // file of the briefing; "" until saved
	saved    *briefing.Briefing // state at the last save or open
	restored bool               // restored from a recovery copy, not yet saved

	tmpl     *briefing.Template
	base     *briefing.Classifier // the template's, before what was learned
	class    *briefing.Classifier // base with what was learned
	tmplNote error                // why the briefing's template is not used
	learning *Learning            // what the analyst taught the suggestions; nil for nothing
	learnErr error                // why it could not be read or kept

	lastField  string
	lastTyping time.Time

	subs    map[int]func(Change)
	nextSub int
}

// NewSession opens b (a new briefing) in a session that takes templates from
// ts. loadErr is the problem met loading ts (a broken user template), kept to
// be reported by TemplateProblem. now is the clock typing is grouped by.
func NewSession(ts briefing.Templates, loadErr error, b *briefing.Briefing, now func() time.Time) *Session {
	if ts == nil {
		ts = briefing.Templates{}
	}
	if now == nil {
		now = time.Now
	}
	s := &Session{templates: ts, loadErr: loadErr, now: now, subs: map[int]func(Change){}}
	s.replace(b, "")
	return s
}

// Briefing returns the briefing as it stands: a snapshot that later changes
// never modify.
func (s *Session) Briefing() *briefing.Briefing { return s.hist.Current() }

// Path returns the briefing's file, or "" before it is first saved.
func (s *Session) Path() string { return s.path }

// Name returns the base name of the briefing's file, or "" before it is
// first saved.
func (s *Session) Name() string {
	if s.path == "" {
		return ""
	}
	return filepath.Base(s.path)
}

// Dirty reports whether the briefing has changes that are not saved.
func (s *Session) Dirty() bool { return s.restored || s.hist.Current() != s.saved }

// Templates returns the templates the session knows.
func (s *Session) Templates() briefing.Templates { return s.templates }

// Template returns the briefing's own template, or nil when it is not
// installed here (see TemplateProblem).
func (s *Session) Template() *briefing.Template { return s.tmpl }

// Classifier returns the classifier of the briefing's template, or nil when
// there is none: then nothing is suggested.
func (s *Session) Classifier() *briefing.Classifier { return s.class }

// TemplateProblem explains, if anything went wrong, why suggestions may be
// missing: a user template that could not be read, or a briefing whose
// template is not installed. It returns nil otherwise.
func (s *Session) TemplateProblem() error { return errors.Join(s.loadErr, s.tmplNote) }

// Subscribe calls fn after every change; the returned function ends the
// subscription.
func (s *Session) Subscribe(fn func(Change)) (cancel func()) {
	id := s.nextSub
	s.nextSub++
	s.subs[id] = fn
	return func() { delete(s.subs, id) }
}

func (s *Session) notify(c Change) {
	for i := 0; i < s.nextSub; i++ { // in order of subscription
		if fn := s.subs[i]; fn != nil {
			fn(c)
		}
	}
}

// Do applies edit to the briefing as one undoable step called name and tells
// the subscribers. A failed edit changes nothing and is returned; an edit
// that leaves the briefing as it was is no step, and nobody is told.
func (s *Session) Do(name string, edit func(b *briefing.Briefing) error) error {
	before := s.hist.Current()
	if err := s.hist.Do(name, bounded(edit)); err != nil {
		return err
	}
	if s.hist.Current() == before {
		return nil
	}
	s.lastField = ""
	s.notify(Change{Kind: Edited, Name: name})
	return nil
}

// Type records typing in a field (any name that tells fields apart) as an
// undoable step called name: keystrokes in the same field without a pause
// of TypingPause join one step.
func (s *Session) Type(field, name string, edit func(b *briefing.Briefing) error) error {
	now := s.now()
	before := s.hist.Current()
	var err error
	if field == s.lastField && now.Sub(s.lastTyping) < TypingPause {
		err = s.hist.Amend(name, bounded(edit))
	} else {
		err = s.hist.Do(name, bounded(edit))
	}
	if err != nil || s.hist.Current() == before {
		return err
	}
	s.lastField, s.lastTyping = field, now
	s.notify(Change{Kind: Typed, Name: name})
	return nil
}

// bounded makes an edit fail when it takes the briefing over a limit of
// briefing.CheckLimits, so that every briefing the session holds can be
// saved and opened again.
func bounded(edit func(b *briefing.Briefing) error) func(b *briefing.Briefing) error {
	return func(b *briefing.Briefing) error {
		if err := edit(b); err != nil {
			return err
		}
		return b.CheckLimits()
	}
}

// UndoName names the step Undo would take back, or "" if there is none.
func (s *Session) UndoName() string { return s.hist.UndoName() }

// RedoName names the step Redo would repeat, or "" if there is none.
func (s *Session) RedoName() string { return s.hist.RedoName() }

// CanUndo reports whether there is a step to undo.
func (s *Session) CanUndo() bool { return s.hist.CanUndo() }

// CanRedo reports whether there is a step to redo.
func (s *Session) CanRedo() bool { return s.hist.CanRedo() }

// Undo takes the last step back and returns its name; ok is false if there
// was none.
func (s *Session) Undo() (name string, ok bool) {
	name = s.hist.UndoName()
	before := s.Briefing()
	if !s.hist.Undo() {
		return "", false
	}
	if learnedSteps[name] || name == StepAddSection {
		s.unlearn(before)
	}
	s.lastField = ""
	s.notify(Change{Kind: Undone, Name: name})
	return name, true
}

// Redo repeats the last step undone and returns its name; ok is false if
// there was none.
func (s *Session) Redo() (name string, ok bool) {
	name = s.hist.RedoName()
	before := s.Briefing()
	if !s.hist.Redo() {
		return "", false
	}
	if learnedSteps[name] {
		s.learnFrom(before)
	}
	s.lastField = ""
	s.notify(Change{Kind: Redone, Name: name})
	return name, true
}

// Replace opens another briefing in the session, read from path ("" for a
// new one), with a fresh history; it counts as saved.
func (s *Session) Replace(b *briefing.Briefing, path string) {
	s.replace(b, path)
	s.notify(Change{Kind: Replaced})
}

// Restore opens work restored from a recovery copy: the briefing belongs to
// the file origin ("" if it was never saved) but has unsaved changes.
func (s *Session) Restore(b *briefing.Briefing, origin string) {
	s.replace(b, origin)
	s.restored = true
	s.notify(Change{Kind: Replaced})
}

func (s *Session) replace(b *briefing.Briefing, path string) {
	s.hist = briefing.NewHistory(b, HistoryLimit)
	s.path, s.saved, s.restored = path, b, false
	s.lastField = ""
	s.useTemplate(b.Template)
}

// useTemplate takes the template and classifier of the briefing's template.
func (s *Session) useTemplate(id string) {
	s.tmpl, s.base, s.class, s.tmplNote = nil, nil, nil, nil
	if id == "" {
		id = briefing.DefaultTemplate
	}
	t, ok := s.templates[id]
	if !ok {
		s.tmplNote = fmt.Errorf("%w %q: the briefing's topics get no suggestions; install the template to get them", briefing.ErrUnknownTemplate, id)
		return
	}
	s.tmpl, s.base = t, briefing.NewClassifier(t)
	s.relearn()
}

// Save writes the briefing to path (its own file when path is "") atomically
// and makes path the briefing's file.
func (s *Session) Save(path string) error {
	if path == "" {
		path = s.path
	}
	if path == "" {
		return errors.New("no file to save to")
	}
	b := s.Briefing()
	if err := SaveBriefing(path, b); err != nil {
		return err
	}
	s.MarkSaved(path, b)
	return nil
}

// MarkSaved records that snapshot b was written to path (by a save that ran
// elsewhere). Later changes stay unsaved.
func (s *Session) MarkSaved(path string, b *briefing.Briefing) {
	s.path, s.saved = path, b
	if b == s.Briefing() {
		s.restored = false
	}
	s.notify(Change{Kind: Saved})
}

// TopicTitle returns the briefing's title for a topic id, or the template's
// name for it in the briefing's language, or the id itself.
func (s *Session) TopicTitle(id string) string {
	b := s.Briefing()
	if i := b.Topic(id); i >= 0 {
		return b.Topics[i].Title
	}
	if s.tmpl != nil {
		if t := s.tmpl.Topic(id); t != nil {
			return t.Name(b.Details.Language)
		}
	}
	return id
}

// Suggest returns the suggestions for every paragraph of a, by section; nil
// when the session has no classifier.
func (s *Session) Suggest(a *briefing.Article) [][]briefing.Suggestion {
	if s.class == nil || a == nil {
		return nil
	}
	return s.class.ClassifyArticle(a)
}
