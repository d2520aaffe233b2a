package desk

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/brieffile"
)

// Learning keeps what the analyst taught the suggestions: for each
// template, the paragraphs they placed, moved or removed
// (briefing.LearnedExample), in a file of their own beside the user's
// preferences — never in a briefing. It is safe to use from several
// goroutines.
type Learning struct {
	dir string // "" keeps the examples in memory only
	mu  sync.Mutex
	ex  map[string][]briefing.LearnedExample // template → examples, oldest first
	// damaged marks the templates whose file has lines that could not be
	// read: the next Add writes it anew.
	damaged map[string]bool
}

// Limits of what is learned.
const (
	// MaxLearned is the number of examples kept per template: the newest.
	MaxLearned = 2000
	// maxLearnedFile bounds what is read back of the file: its newest
	// lines; maxLearnedLine bounds a line.
	maxLearnedFile = 8 << 20
	maxLearnedLine = briefing.MaxParagraph*4 + 1024
	// passedPerArticle is how many paragraphs of a quoted article that the
	// analyst left out are kept as hints of "no topic".
	passedPerArticle = 4
)

// UserLearningDir returns the folder where the examples live (learned/
// beside the user's preferences and templates), or "" if there is no such
// place.
func UserLearningDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "briefdesk", "learned")
}

// NewLearning returns the examples kept in dir ("" for memory only).
func NewLearning(dir string) *Learning {
	return &Learning{dir: dir, ex: map[string][]briefing.LearnedExample{}, damaged: map[string]bool{}}
}

// file returns the file of a template's examples: its id, with what a file
// name cannot hold spelled out.
func (l *Learning) file(template string) string {
	var b strings.Builder
	for _, r := range template {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "%%%x", r)
		}
	}
	return filepath.Join(l.dir, b.String()+".jsonl")
}

// ErrLearned is returned for a file of examples that cannot be read whole;
// the lines that could be read are still used.
var ErrLearned = errors.New("some of what was learned could not be read")

// Examples returns the examples of a template, oldest first. A damaged
// file gives the examples it still holds and an error that names it.
func (l *Learning) Examples(template string) ([]briefing.LearnedExample, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.load(template)
}

func (l *Learning) load(template string) ([]briefing.LearnedExample, error) {
	if ex, ok := l.ex[template]; ok || l.dir == "" {
		return ex, nil
	}
	path := l.file(template)
	data, err := readTail(path, maxLearnedFile)
	if errors.Is(err, fs.ErrNotExist) {
		l.ex[template] = nil
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	// One example a line, oldest first; a damaged line is left out and the
	// rest kept.
	var ex []briefing.LearnedExample
	bad := 0
	for _, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var e briefing.LearnedExample
		if len(line) > maxLearnedLine || json.Unmarshal(line, &e) != nil || e.Text == "" {
			bad++
			continue
		}
		ex = append(ex, e)
	}
	ex = latest(ex)
	l.ex[template] = ex
	l.damaged[template] = bad > 0
	if bad > 0 {
		return ex, fmt.Errorf("%s: %w (%d damaged lines left out)", path, ErrLearned, bad)
	}
	return ex, nil
}

// readTail returns the last max bytes of a file from the start of a line:
// the newest examples when it has grown past what is read.
func readTail(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	start := info.Size() - max
	if start < 0 {
		start = 0
	}
	data, err := io.ReadAll(io.NewSectionReader(f, start, max))
	if err != nil {
		return nil, err
	}
	if start > 0 {
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			data = data[i+1:] // a line cut in two is not an example
		}
	}
	return data, nil
}

// latest keeps the newest example of each paragraph, and the newest
// MaxLearned of them, in order.
func latest(ex []briefing.LearnedExample) []briefing.LearnedExample {
	seen := map[string]bool{}
	var out []briefing.LearnedExample
	for i := len(ex) - 1; i >= 0 && len(out) < MaxLearned; i-- {
		if seen[ex[i].Text] {
			continue
		}
		seen[ex[i].Text] = true
		out = append(out, ex[i])
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// Add records examples of a template: appended to its file, which is
// written anew when it holds much more than is kept.
func (l *Learning) Add(template string, add ...briefing.LearnedExample) error {
	if len(add) == 0 {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	old, _ := l.load(template)
	known := map[string]bool{}
	for _, e := range old {
		if e.Topic != "" || e.Removed != "" {
			known[e.Text] = true
		}
	}
	var fresh []briefing.LearnedExample
	for _, e := range add {
		if e.Passed && known[e.Text] {
			continue // what the analyst did with it says more
		}
		fresh = append(fresh, e)
	}
	all := append(append([]briefing.LearnedExample(nil), old...), fresh...)
	l.ex[template] = latest(all)
	if l.dir == "" || len(fresh) == 0 {
		return nil
	}
	if err := os.MkdirAll(l.dir, 0o700); err != nil {
		return err
	}
	path := l.file(template)
	if info, err := os.Stat(path); l.damaged[template] || err == nil && info.Size() > maxLearnedFile/2 {
		// Written anew: the newest examples only, and no damaged lines.
		if err := brieffile.WriteAtomic(path, func(w io.Writer) error { return writeExamples(w, l.ex[template]) }); err != nil {
			return err
		}
		l.damaged[template] = false
		return nil
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	if err := writeExamples(f, fresh); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func writeExamples(w io.Writer, ex []briefing.LearnedExample) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, e := range ex {
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// Forget forgets the examples of a template with the given texts.
func (l *Learning) Forget(template string, texts ...string) error {
	if len(texts) == 0 {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	old, _ := l.load(template)
	drop := map[string]bool{}
	for _, t := range texts {
		drop[t] = true
	}
	kept := make([]briefing.LearnedExample, 0, len(old))
	for _, e := range old {
		if !drop[e.Text] {
			kept = append(kept, e)
		}
	}
	if len(kept) == len(old) {
		return nil
	}
	l.ex[template] = kept
	if l.dir == "" {
		return nil
	}
	if err := brieffile.WriteAtomic(l.file(template), func(w io.Writer) error { return writeExamples(w, kept) }); err != nil {
		return err
	}
	l.damaged[template] = false
	return nil
}

// Count returns the number of examples of a template.
func (l *Learning) Count(template string) int {
	ex, _ := l.Examples(template)
	return len(ex)
}

// Reset forgets what was learned for a template, or for every template
// when template is "".
func (l *Learning) Reset(template string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if template == "" {
		l.ex, l.damaged = map[string][]briefing.LearnedExample{}, map[string]bool{}
		if l.dir == "" {
			return nil
		}
		files, _ := filepath.Glob(filepath.Join(l.dir, "*.jsonl"))
		var errs []error
		for _, f := range files {
			if err := os.Remove(f); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, err)
			}
		}
		return errors.Join(errs...)
	}
	l.ex[template], l.damaged[template] = nil, false
	if l.dir == "" {
		return nil
	}
	if err := os.Remove(l.file(template)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// lessons returns what a step of the analyst taught, from the briefing
// before and after it: each paragraph placed under a topic or moved to
// another, each taken out, and a few paragraphs of an article quoted for
// the first time that were left out.
func lessons(before, after *briefing.Briefing) []briefing.LearnedExample {
	type key struct {
		article       string
		section, para int
	}
	placed := func(b *briefing.Briefing) map[key]string {
		m := map[key]string{}
		for _, t := range b.Topics {
			for _, e := range t.Excerpts {
				m[key{e.Article, e.Section, e.Paragraph}] = t.ID
			}
		}
		return m
	}
	was, is := placed(before), placed(after)
	text := func(b *briefing.Briefing, k key) (string, string) {
		a := b.Article(k.article)
		if a == nil {
			return "", ""
		}
		p, ok := a.Paragraph(k.section, k.para)
		if !ok {
			return "", ""
		}
		return p, a.Sections[k.section].Heading
	}
	quotedBefore := map[string]bool{}
	for k := range was {
		quotedBefore[k.article] = true
	}
	var out []briefing.LearnedExample
	newArticles := map[string]bool{}
	for _, k := range sortedKeys(is, func(k key) string { return fmt.Sprintf("%s %06d %06d", k.article, k.section, k.para) }) {
		topic := is[k]
		if was[k] == topic {
			continue
		}
		if p, h := text(after, k); p != "" {
			out = append(out, briefing.LearnedExample{Text: p, Heading: h, Topic: topic})
			if !quotedBefore[k.article] {
				newArticles[k.article] = true
			}
		}
	}
	for _, k := range sortedKeys(was, func(k key) string { return fmt.Sprintf("%s %06d %06d", k.article, k.section, k.para) }) {
		if _, still := is[k]; still {
			continue
		}
		if p, h := text(before, k); p != "" {
			out = append(out, briefing.LearnedExample{Text: p, Heading: h, Removed: was[k]})
		}
	}
	for _, id := range sortedKeys(newArticles, func(s string) string { return s }) {
		a := after.Article(id)
		n := 0
		for si, s := range a.Sections {
			for pi, p := range s.Paragraphs {
				if _, in := is[key{id, si, pi}]; in || n == passedPerArticle || strings.TrimSpace(p) == "" {
					continue
				}
				out = append(out, briefing.LearnedExample{Text: p, Heading: s.Heading, Passed: true})
				n++
			}
		}
	}
	return out
}

// sortedKeys returns the keys of m in the order of name.
func sortedKeys[K comparable, V any](m map[K]V, name func(K) string) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int { return strings.Compare(name(a), name(b)) })
	return keys
}

// UseLearning makes the session's suggestions learn from the analyst's
// placements, moves and removals, kept in l (nil to stop).
func (s *Session) UseLearning(l *Learning) {
	s.learning = l
	s.relearn()
}

// relearn makes the classifier of the session's template, with what was
// learned for it.
func (s *Session) relearn() {
	s.class, s.learnErr = s.base, nil
	if s.base == nil || s.learning == nil {
		return
	}
	ex, err := s.learning.Examples(s.tmpl.ID)
	s.learnErr = err
	if len(ex) > 0 {
		s.class = s.base.WithExamples(ex)
	}
}

// learnFrom records what the step that followed before taught, and
// suggests with it from now on.
func (s *Session) learnFrom(before *briefing.Briefing) {
	if s.learning == nil || s.tmpl == nil {
		return
	}
	ex := lessons(before, s.Briefing())
	if len(ex) == 0 {
		return
	}
	if err := s.learning.Add(s.tmpl.ID, ex...); err != nil {
		s.learnErr = err
	}
	s.relearn()
}

// learnedSteps are the steps of the analyst's that teach the suggestions
// when they are redone (a section's paragraphs may have been placed under
// their suggested topics, which teaches nothing: not redone).
var learnedSteps = map[string]bool{StepAddParagraph: true, StepMoveExcerpt: true, StepRemoveExcerpt: true}

// unlearn takes back what the step undone after before taught: a paragraph
// placed is forgotten; one moved or taken out is where it was again.
func (s *Session) unlearn(before *briefing.Briefing) {
	if s.learning == nil || s.tmpl == nil {
		return
	}
	var forget []string
	var back []briefing.LearnedExample
	for _, e := range lessons(before, s.Briefing()) {
		switch {
		case e.Removed != "":
			forget = append(forget, e.Text)
		case e.Topic != "":
			back = append(back, e)
		}
	}
	if err := s.learning.Forget(s.tmpl.ID, forget...); err != nil {
		s.learnErr = err
	}
	if err := s.learning.Add(s.tmpl.ID, back...); err != nil {
		s.learnErr = err
	}
	s.relearn()
}

// Learned returns the number of examples the suggestions of the
// briefing's template learned from.
func (s *Session) Learned() int {
	if s.learning == nil || s.tmpl == nil {
		return 0
	}
	return s.learning.Count(s.tmpl.ID)
}

// ForgetLearned forgets what the suggestions learned for every template.
func (s *Session) ForgetLearned() error {
	if s.learning == nil {
		return nil
	}
	err := s.learning.Reset("")
	s.relearn()
	return err
}

// LearningProblem says why what was learned could not be read or kept
// whole, or is nil.
func (s *Session) LearningProblem() error { return s.learnErr }

// Classifier returns the classifier of template t with what l learned for
// it (l may be nil): the engine the window, the command and automatic
// assembly share. An error says what was learned could not be read whole;
// the classifier is still good.
func Classifier(t *briefing.Template, l *Learning) (*briefing.Classifier, error) {
	c := briefing.NewClassifier(t)
	if l == nil {
		return c, nil
	}
	ex, err := l.Examples(t.ID)
	if len(ex) > 0 {
		c = c.WithExamples(ex)
	}
	return c, err
}
