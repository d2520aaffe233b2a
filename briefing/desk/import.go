package desk

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/fetch"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// InputKind tells how an input is read.
type InputKind int

// The kinds of input the pipeline reads.
const (
	FromPath    InputKind = iota // a file or a folder
	FromAddress                  // an http(s) address of a page or feed
	FromFeed                     // an RSS or Atom feed file
	FromReader                   // an open file or standard input, read once
	FromText                     // text the user pasted
)

// Input is one thing to import.
type Input struct {
	Kind   InputKind
	Name   string    // path, address, "-" for standard input, or a label
	Reader io.Reader // for FromReader
	Text   string    // for FromText
	// for FromText: what the user says of the text; empty fields are
	// read from the text where it has them (a byline, a first-line title)
	Details PastedDetails
}

// PastedDetails are what the user can say of pasted text.
type PastedDetails struct {
	Title, Site, Author string
	Published           string // YYYY-MM-DD
	URL                 string // http or https
}

// Errors of details given with pasted text.
var (
	ErrDate    = errors.New("the date is not a date")
	ErrAddress = errors.New("the address is not an http or https address")
)

// Check reports what is wrong with the details, if anything.
func (d PastedDetails) Check() error {
	if p := strings.TrimSpace(d.Published); p != "" {
		if _, err := time.Parse(time.DateOnly, p); err != nil {
			return briefing.Because(ErrDate, "the date %q is not a date written YYYY-MM-DD", p)
		}
	}
	if u := strings.TrimSpace(d.URL); u != "" && (!briefing.SafeLink(u) || strings.HasPrefix(strings.ToLower(u), "mailto:")) {
		return briefing.Because(ErrAddress, "the address %q is not an http or https address", u)
	}
	return nil
}

// Arg makes an input of a command-line operand: "-" reads stdin, an http(s)
// address is fetched, a feed file's entries are imported, anything else is
// a file or folder.
func Arg(arg string, stdin io.Reader) Input {
	switch {
	case arg == "-":
		return Input{Kind: FromReader, Name: "-", Reader: stdin}
	case fetch.IsAddress(arg):
		return Input{Kind: FromAddress, Name: arg}
	}
	return Path(arg)
}

// Path makes an input of a file or folder; a feed file is read as a feed.
func Path(path string) Input {
	if IsFeedFile(path) {
		return Input{Kind: FromFeed, Name: path}
	}
	return Input{Kind: FromPath, Name: path}
}

// Reader makes an input of an open file called name; a feed file is read as
// a feed.
func Reader(name string, r io.Reader) Input { return Input{Kind: FromReader, Name: name, Reader: r} }

// Pasted makes an input of pasted text with what the user says of it; label
// names it in messages.
func Pasted(label string, d PastedDetails, text string) Input {
	return Input{Kind: FromText, Name: label, Details: d, Text: text}
}

// IsFeedFile reports whether a file name names an RSS or Atom feed.
func IsFeedFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".rss", ".atom", ".xml":
		return true
	}
	return false
}

// ImportExtensions are the file name extensions the pipeline imports, for
// file dialogs: articles and feeds.
func ImportExtensions() []string {
	return []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml"}
}

// ErrCancelled is the error of inputs not read because the import was
// cancelled.
var ErrCancelled = fetch.ErrCancelled

// Result is the outcome of one article, or of one input that gave none.
type Result struct {
	Input   string
	Article *briefing.Article
	Err     error
	Skipped bool   // a file of another kind inside a folder: listed, not a failure
	SameAs  string // the input that brought the same article earlier in the batch
}

// Progress is told how many of the inputs are done.
type Progress func(done, total int)

// WebOptions adjust web imports (time and size limits, redirects); zero
// values take the defaults.
type WebOptions = fetch.Options

// Importer reads inputs of every kind into articles.
type Importer struct {
	fetcher *fetch.Fetcher
}

// NewImporter returns an importer whose web requests follow opt.
func NewImporter(opt WebOptions) *Importer { return &Importer{fetcher: fetch.New(opt)} }

// Import reads every input and returns the results in the order of the
// inputs (a folder's files in name order, a feed's entries in feed order).
// Addresses are fetched a few at a time; other inputs are read in turn. The
// same article arriving twice is returned once, the second time as a result
// with SameAs set. Cancelling ctx stops what has not started; those inputs
// fail with ErrCancelled. progress, which may be nil, is called from one
// goroutine at a time.
func (im *Importer) Import(ctx context.Context, inputs []Input, progress Progress) []Result {
	var mu sync.Mutex
	done := 0
	tick := func() {
		mu.Lock()
		defer mu.Unlock()
		done++
		if progress != nil {
			progress(done, len(inputs))
		}
	}
	var addrs []string
	for _, in := range inputs {
		if in.Kind == FromAddress {
			addrs = append(addrs, in.Name)
		}
	}
	var web [][]importer.Result
	if len(addrs) > 0 {
		web = im.fetcher.Import(ctx, addrs, func(int, int) { tick() })
	}
	var out []Result
	for _, in := range inputs {
		var rs []importer.Result
		switch {
		case in.Kind == FromAddress:
			rs, web = web[0], web[1:]
		case ctx.Err() != nil:
			rs = []importer.Result{{Input: in.Name, Err: ErrCancelled}}
			tick()
		default:
			rs = im.read(ctx, in)
			tick()
		}
		for _, r := range rs {
			out = append(out, Result{Input: r.Input, Article: r.Article, Err: r.Err, Skipped: r.Skipped})
		}
	}
	markDuplicates(out)
	return out
}

// read reads one input that is not an address.
func (im *Importer) read(ctx context.Context, in Input) []importer.Result {
	one := func(a *briefing.Article, err error) []importer.Result {
		return []importer.Result{{Input: in.Name, Article: a, Err: err}}
	}
	switch in.Kind {
	case FromFeed:
		f, err := os.Open(in.Name)
		if err != nil {
			return one(nil, describe(err))
		}
		defer f.Close()
		return im.feed(ctx, in.Name, f)
	case FromReader:
		if IsFeedFile(in.Name) {
			return im.feed(ctx, in.Name, in.Reader)
		}
		return one(importer.Read(in.Reader, importer.Source{Name: in.Name}))
	case FromText:
		return one(pasted(in))
	}
	return importer.ReadPath(in.Name)
}

// pasted reads pasted text, with the details the user gave over what the
// text says.
func pasted(in Input) (*briefing.Article, error) {
	d := in.Details
	if err := d.Check(); err != nil {
		return nil, err
	}
	text := in.Text
	if t := strings.TrimSpace(d.Title); t != "" {
		text = t + "\n\n" + text
	}
	src := importer.Source{Name: in.Name, Format: importer.FormatText, URL: strings.TrimSpace(d.URL)}
	a, err := importer.Parse([]byte(text), src)
	if err != nil {
		return nil, err
	}
	if t := briefing.Neutral(strings.TrimSpace(d.Title)); t != "" && a.Title != t {
		// A title the text would not take for one (a sentence, a long line)
		// is still the title, not the first paragraph.
		a.Title = t
		if len(a.Sections) > 0 && len(a.Sections[0].Paragraphs) > 0 && strings.TrimSpace(a.Sections[0].Paragraphs[0]) == t {
			a.Sections[0].Paragraphs = a.Sections[0].Paragraphs[1:]
		}
	}
	for _, f := range []struct {
		to *string
		v  string
	}{
		{&a.Site, d.Site}, {&a.Author, d.Author}, {&a.Published, d.Published},
	} {
		if v := strings.TrimSpace(f.v); v != "" {
			*f.to = briefing.Neutral(v)
		}
	}
	return a, nil
}

// feed reads a feed file, within the size limit of any input, and imports
// the article behind each entry.
func (im *Importer) feed(ctx context.Context, name string, r io.Reader) []importer.Result {
	data, err := io.ReadAll(io.LimitReader(r, importer.MaxSize+1))
	if err == nil && len(data) > importer.MaxSize {
		err = importer.ErrTooLarge
	}
	if err != nil {
		return []importer.Result{{Input: name, Err: err}}
	}
	return im.fetcher.Feed(ctx, name, data)
}

// markDuplicates turns every article that repeats an earlier one into a
// result naming the earlier input.
func markDuplicates(rs []Result) {
	seen := briefing.NewArticleIndex[string]()
	for i := range rs {
		r := &rs[i]
		if r.Article == nil || r.Err != nil {
			continue
		}
		if first, ok := seen.Find(r.Article); ok {
			r.Article, r.SameAs = nil, first
			continue
		}
		seen.Put(r.Article, r.Input)
	}
}

// describe drops the path from a system error, which callers name themselves.
func describe(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Outcome is what became of one result in the library.
type Outcome int

// The outcomes of adding results to the library.
const (
	Added    Outcome = iota // a new article
	Known                   // the same article was in the library already
	Repeated                // the same article came earlier in the batch
	Failed                  // the input could not be read
	Skipped                 // a file of another kind inside a folder
)

// Entry is one line of an import report.
type Entry struct {
	Input   string
	Outcome Outcome
	Article *briefing.Article // the library's article, for Added and Known
	SameAs  string            // for Repeated
	Err     error             // for Failed
}

// Report tells what an import did with every input.
type Report struct {
	Entries                                 []Entry
	Added, Known, Repeated, Failed, Skipped int
}

// First returns the first article the import added or found, or nil.
func (r *Report) First() *briefing.Article {
	for _, e := range r.Entries {
		if e.Article != nil {
			return e.Article
		}
	}
	return nil
}

// AddResults puts the imported articles into the library and reports what
// became of every result.
func (l *Library) AddResults(rs []Result) Report {
	var rep Report
	for _, r := range rs {
		e := Entry{Input: r.Input, SameAs: r.SameAs, Err: r.Err}
		switch {
		case r.Skipped:
			e.Outcome = Skipped
			rep.Skipped++
		case r.Err != nil:
			e.Outcome = Failed
			rep.Failed++
		case r.SameAs != "":
			e.Outcome = Repeated
			rep.Repeated++
		default:
			a, isNew := l.Add(r.Article)
			e.Article = a
			if isNew {
				e.Outcome = Added
				rep.Added++
			} else {
				e.Outcome = Known
				rep.Known++
			}
		}
		rep.Entries = append(rep.Entries, e)
	}
	return rep
}

// String summarises the report in English, for logs and tests.
func (r Report) String() string {
	return fmt.Sprintf("%d added, %d already known, %d repeated, %d failed, %d skipped", r.Added, r.Known, r.Repeated, r.Failed, r.Skipped)
}

// DefaultFeedItems is how many articles one feed brings by default.
const DefaultFeedItems = fetch.DefaultMaxItems

// MaxListed is how many files ImportableFiles lists at most.
const MaxListed = 5000

// ImportableFiles lists the files under dir (its subfolders too, hidden ones
// left out) that the pipeline imports, by path relative to dir in Korean
// order; more says there were more than MaxListed.
func ImportableFiles(dir string) (files []string, more bool, err error) {
	exts := map[string]bool{}
	for _, e := range ImportExtensions() {
		exts[e] = true
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // an unreadable subfolder is left out, not fatal
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && exts[strings.ToLower(filepath.Ext(p))] {
			if len(files) == MaxListed {
				more = true
				return filepath.SkipAll
			}
			rel, _ := filepath.Rel(dir, p)
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		return nil, false, describe(err)
	}
	c := collator()
	slices.SortFunc(files, c.CompareString)
	return files, more, nil
}
