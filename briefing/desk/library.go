package desk

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/brieffile"
)

// Library is the user's collection of imported articles, kept between
// sessions in one file beside the preferences (docs/library-format.md);
// briefings carry their own copies of the articles they quote. Its methods
// may be called from several goroutines; articles in it are never modified.
type Library struct {
	path string

	mu       sync.RWMutex
	articles []*briefing.Article
	search   []string // lowercased title, site, author and text, for searching
	index    *briefing.ArticleIndex[*briefing.Article]
	gen      int // changes so far; a save writes the state of one generation

	saveMu sync.Mutex
	saved  int // generation last written
}

// NewLibrary returns an empty library kept in the file at path ("" keeps it
// in memory only).
func NewLibrary(path string) *Library {
	return &Library{path: path, index: briefing.NewArticleIndex[*briefing.Article]()}
}

// Path returns the library's file.
func (l *Library) Path() string { return l.path }

// Len returns the number of articles.
func (l *Library) Len() int {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return len(l.articles)
}

// Articles returns the articles in the order they were added.
func (l *Library) Articles() []*briefing.Article {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return append([]*briefing.Article(nil), l.articles...)
}

// Add puts an article in the library unless the same article (same address
// or text) is there, and returns the library's article and whether it was new.
func (l *Library) Add(a *briefing.Article) (*briefing.Article, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.add(a)
}

func (l *Library) add(a *briefing.Article) (*briefing.Article, bool) {
	if x, ok := l.index.Find(a); ok {
		return x, false
	}
	if a.ID == "" {
		a.AssignID()
	}
	l.articles = append(l.articles, a)
	l.search = append(l.search, searchText(a))
	l.index.Put(a, a)
	l.gen++
	return a, true
}

// Remove takes the article with the given id out of the library and reports
// whether it was there.
func (l *Library) Remove(id string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, a := range l.articles {
		if a.ID == id {
			l.articles = append(l.articles[:i:i], l.articles[i+1:]...)
			l.search = append(l.search[:i:i], l.search[i+1:]...)
			l.index.Delete(a)
			l.gen++
			return true
		}
	}
	return false
}

// Get returns the article with the given id, or nil.
func (l *Library) Get(id string) *briefing.Article {
	l.mu.RLock()
	defer l.mu.RUnlock()
	for _, a := range l.articles {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// Find returns the articles whose title, site, author or text contain every
// word of the query (in any case, Hangul composed or not), newest
// publication first; an empty query returns all.
func (l *Library) Find(query string) []*briefing.Article {
	return l.FindSorted(query, ByDate)
}

// Order is how the library lists its articles.
type Order int

// The orders of the library.
const (
	ByDate  Order = iota // newest first; undated last
	ByTitle              // by title, as Korean readers sort (가나다, then ABC)
	BySite               // by site, newest first within a site
	ByAdded              // the most recently added first
)

// collator returns a collator that sorts titles and sites the Korean way,
// ignoring case; one per use, as a collator is not safe for concurrent use.
func collator() *collate.Collator {
	return collate.New(language.Korean, collate.IgnoreCase)
}

// FindSorted returns the articles whose title, site, author or text hold
// every word of query, in the given order.
func (l *Library) FindSorted(query string, by Order) []*briefing.Article {
	words := strings.Fields(strings.ToLower(norm.NFC.String(query)))
	l.mu.RLock()
	var out []*briefing.Article
	for i, a := range l.articles {
		if matchesAll(l.search[i], words) {
			out = append(out, a)
		}
	}
	l.mu.RUnlock()
	byDate := func(x, y *briefing.Article) int { return strings.Compare(y.Published, x.Published) }
	switch by {
	case ByTitle:
		c := collator()
		slices.SortStableFunc(out, func(x, y *briefing.Article) int { return c.CompareString(x.Title, y.Title) })
	case BySite:
		c := collator()
		slices.SortStableFunc(out, func(x, y *briefing.Article) int {
			switch {
			case x.Site == "" && y.Site != "":
				return 1 // no site last
			case x.Site != "" && y.Site == "":
				return -1
			}
			return cmp.Or(c.CompareString(x.Site, y.Site), byDate(x, y))
		})
	case ByAdded:
		slices.Reverse(out)
	default:
		slices.SortStableFunc(out, byDate)
	}
	return out
}

func matchesAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

func searchText(a *briefing.Article) string {
	return strings.ToLower(norm.NFC.String(a.Title + "\n" + a.Site + "\n" + a.Author + "\n" + a.Text()))
}

// ErrLibrary wraps every problem with the library's file.
var ErrLibrary = errors.New("the library file could not be read")

// Load reads the library's file and adds its articles. It reports whether
// there was a file. A damaged file is reported with where it is damaged and
// moved aside (to the name the error gives), so that saving the library
// again loses nothing; articles already in the library stay.
func (l *Library) Load() (found bool, err error) {
	if l.path == "" {
		return false, nil
	}
	f, err := os.Open(l.path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("%w: %s: %w", ErrLibrary, l.path, err)
	}
	defer f.Close()
	arts, dropped, err := brieffile.DecodeLibrary(f)
	f.Close()
	if err != nil {
		if kept, rerr := moveAside(l.path); rerr == nil {
			return true, fmt.Errorf("%w: %s: %w; it was kept as %s", ErrLibrary, l.path, err, filepath.Base(kept))
		}
		return true, fmt.Errorf("%w: %s: %w", ErrLibrary, l.path, err)
	}
	l.mu.Lock()
	for _, a := range arts {
		l.add(a)
	}
	saved := l.gen
	l.mu.Unlock()
	l.saveMu.Lock()
	l.saved = max(l.saved, saved)
	l.saveMu.Unlock()
	if dropped > 0 {
		return true, fmt.Errorf("%w: %s: %d entries without an id or text were left out", ErrLibrary, l.path, dropped)
	}
	return true, nil
}

// moveAside renames a damaged file to an unused name beside it.
func moveAside(path string) (string, error) {
	for i := 1; i < 100; i++ {
		kept := fmt.Sprintf("%s.damaged-%d", path, i)
		if _, err := os.Lstat(kept); errors.Is(err, os.ErrNotExist) {
			return kept, os.Rename(path, kept)
		}
	}
	return "", os.ErrExist
}

// Save writes the library to its file atomically, if it changed since the
// last save; a failure leaves the old file. It may run on another goroutine
// while the library changes: it writes the state it finds, and a save of an
// older state never replaces a newer one.
func (l *Library) Save() error {
	if l.path == "" {
		return nil
	}
	l.mu.RLock()
	arts := append([]*briefing.Article(nil), l.articles...)
	gen := l.gen
	l.mu.RUnlock()
	l.saveMu.Lock()
	defer l.saveMu.Unlock()
	if gen <= l.saved {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(l.path), 0o755); err != nil {
		return err
	}
	err := brieffile.WriteAtomic(l.path, func(w io.Writer) error { return brieffile.EncodeLibrary(w, arts) })
	if err != nil {
		return fmt.Errorf("%s: %w", l.path, err)
	}
	l.saved = gen
	return nil
}
