package desk

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/fetch"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

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
