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
