package ui

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/brieffile"
)

// library is the user's collection of imported articles. It is saved beside
// the preferences, so articles stay between sessions; briefings carry their
// own copies of the articles they quote.
type library struct {
	path     string
	articles []*briefing.Article
	search   []string // lowercased title and text, for searching
	index    *briefing.ArticleIndex[*briefing.Article]
}

func newLibrary(path string) *library {
	return &library{path: path, index: briefing.NewArticleIndex[*briefing.Article]()}
}

// add puts an article in the library unless the same article is there, and
// returns the one in the library and whether it was new.
func (l *library) add(a *briefing.Article) (*briefing.Article, bool) {
	if x, ok := l.index.Find(a); ok {
		return x, false
	}
	l.articles = append(l.articles, a)
	l.search = append(l.search, searchText(a))
	l.index.Put(a, a)
	return a, true
}

// remove takes an article out of the library.
func (l *library) remove(id string) {
	for i, a := range l.articles {
		if a.ID == id {
			l.articles = append(l.articles[:i:i], l.articles[i+1:]...)
			l.search = append(l.search[:i:i], l.search[i+1:]...)
			l.index.Delete(a)
			return
		}
	}
}

func (l *library) get(id string) *briefing.Article {
	for _, a := range l.articles {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// find returns the articles whose title or text contain every word of the
// query, newest publication first; an empty query returns all.
func (l *library) find(query string) []*briefing.Article {
	words := strings.Fields(strings.ToLower(norm.NFC.String(query)))
	var out []*briefing.Article
	for i, a := range l.articles {
		if matchesAll(l.search[i], words) {
			out = append(out, a)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Published > out[j].Published })
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
	return strings.ToLower(a.Title + "\n" + a.Site + "\n" + a.Author + "\n" + a.Text())
}

// save writes the library atomically; a failure leaves the old file.
func (l *library) save() error {
	if l.path == "" {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(l.path), 0o755); err != nil {
		return err
	}
	data, err := json.Marshal(l.articles)
	if err != nil {
		return err
	}
	return brieffile.WriteAtomic(l.path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// load reads the saved library; it reports whether there was one.
func (l *library) load() (bool, error) {
	if l.path == "" {
		return false, nil
	}
	data, err := os.ReadFile(l.path)
	if os.IsNotExist(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	var arts []*briefing.Article
	if err := json.Unmarshal(data, &arts); err != nil {
		return false, err
	}
	for _, a := range arts {
		if a != nil && a.ID != "" && len(a.Sections) > 0 {
			l.add(a)
		}
	}
	return true, nil
}
