package importer

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// MaxSize is the largest input a reader accepts.
const MaxSize = 20 << 20

// ErrTooLarge is returned for input over MaxSize.
var ErrTooLarge = briefing.Because(nil, "larger than %d MB", MaxSize>>20)

// Formats a reader understands.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
	FormatHWP      = "hwp"  // HWP 5, Hancom Office's binary format
	FormatHWPX     = "hwpx" // HWPX (OWPML), Hancom Office's open format
	FormatDOCX     = "docx" // Word's Office Open XML
)

// Source describes where input comes from.
type Source struct {
	Name        string // file name, address, or "-" for standard input
	Format      string // one of the Format constants; "" to decide from Name and content
	URL         string // address of the page, if known
	ContentType string // HTTP Content-Type, if known
}

// FormatOf returns the format implied by a file name's extension, or "".
func FormatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return FormatText
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".hwp":
		return FormatHWP
	case ".hwpx":
		return FormatHWPX
	case ".docx":
		return FormatDOCX
	}
	return ""
}

// Read reads one article from r.
func Read(r io.Reader, src Source) (*briefing.Article, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, ErrTooLarge
	}
	return Parse(data, src)
}

// Parse reads one article from data.
func Parse(data []byte, src Source) (*briefing.Article, error) {
	format := src.Format
	if format == "" {
		format = FormatOf(src.Name)
		if format == "" && filepath.Ext(src.Name) != "" && !strings.Contains(src.Name, "://") {
			return nil, ErrFormat
		}
	}
	if format == "" || isOffice(format) {
		// An office file is what its bytes say: a .docx may be an
		// encrypted compound file, a .hwp an HWPX.
		if office := sniffOffice(data); office != "" {
			format = office
		} else if format == "" {
			format = sniff(data)
		}
	}
	var b *builder
	switch format {
	case FormatHWP, FormatHWPX, FormatDOCX:
		var err error
		if b, err = readOffice(data, format); err != nil {
			return nil, err
		}
	case FormatHTML:
		page, err := decodeHTML(data, src.ContentType)
		if err != nil {
			return nil, err
		}
		if b, err = readHTML(page, src.URL); err != nil {
			return nil, err
		}
	case FormatMarkdown, FormatText:
		text, err := decodeTextAs(data, src.ContentType)
		if err != nil {
			return nil, err
		}
		if format == FormatMarkdown {
			b = readMarkdown([]byte(text))
		} else {
			b = readText(text)
		}
	default:
		return nil, ErrFormat
	}
	return b.finish(src)
}

// sniff guesses the format of input that has no telling name.
func sniff(data []byte) string {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 1024)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	switch {
	case bytes.HasPrefix(head, []byte("<!doctype html")), bytes.HasPrefix(head, []byte("<html")),
		bytes.HasPrefix(head, []byte("<")) && bytes.Contains(head, []byte("<p")):
		return FormatHTML
	case bytes.HasPrefix(head, []byte("---\n")), bytes.HasPrefix(head, []byte("# ")):
		return FormatMarkdown
	}
	return FormatText
}

// ReadFile reads the article in a file.
func ReadFile(path string) (*briefing.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, Source{Name: path})
}

// Result is the outcome of importing one input.
type Result struct {
	Input   string
	Article *briefing.Article
	Err     error
	Skipped bool // an unsupported file inside a folder: listed, not a failure
}

// ReadPath imports a file, or every supported file below a folder in name
// order. Hidden files and folders are left out; other unsupported files are
// returned as skipped.
func ReadPath(path string) []Result {
	info, err := os.Stat(path)
	if err != nil {
		return []Result{{Input: path, Err: describe(err)}}
	}
	if !info.IsDir() {
		a, err := ReadFile(path)
		return []Result{{Input: path, Article: a, Err: describe(err)}}
	}
	var results []Result
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			results = append(results, Result{Input: p, Err: describe(err)})
			return nil
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if FormatOf(p) == "" {
			results = append(results, Result{Input: p, Err: ErrFormat, Skipped: true})
			return nil
		}
		a, err := ReadFile(p)
		results = append(results, Result{Input: p, Article: a, Err: describe(err)})
		return nil
	})
	if err != nil {
		results = append(results, Result{Input: path, Err: describe(err)})
	}
	sort.SliceStable(results, func(i, j int) bool { return results[i].Input < results[j].Input })
	return results
}

// describe turns operating-system errors into messages without the
// repetition of the path, which callers print themselves.
func describe(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
