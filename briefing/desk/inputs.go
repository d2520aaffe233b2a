package desk

import (
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/fetch"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// The inputs of the import pipeline: what can be imported, how each kind is
// named, and what the user says of pasted text.

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
// file dialogs: articles (text, pages, office documents) and feeds.
func ImportExtensions() []string {
	return []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".hwp", ".hwpx", ".docx", ".rss", ".atom", ".xml"}
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
