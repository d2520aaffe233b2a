package desk

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/brieffile"
	"github.com/briefdesk/briefdesk/briefing/docx"
	"github.com/briefdesk/briefdesk/briefing/hwpx"
	"github.com/briefdesk/briefdesk/briefing/markdown"
	"github.com/briefdesk/briefdesk/briefing/pdf"
)

// ExportOptions adjust an export; zero values take the briefing's settings.
type ExportOptions struct {
	Paper string // briefing.PaperA4 or briefing.PaperLetter; "" for the briefing's
	Style string // briefing.StyleBriefing or briefing.StyleReport; "" for the briefing's
	// Source is the .brief file the briefing was read from, if any: an
	// export never writes over it.
	Source string
}

// ErrOwnInput is returned for an export that would replace the briefing's
// own file.
var ErrOwnInput = errors.New("that is the briefing's own file; choose another name for the export")

// ErrBadOption is returned for an export option with a value the writers do
// not know.
var ErrBadOption = errors.New("unknown export option")

// check reports an option with a value the writers do not know; letter
// case does not matter.
func (o ExportOptions) check() error {
	if p := strings.ToLower(o.Paper); p != "" && p != briefing.PaperA4 && p != briefing.PaperLetter {
		return fmt.Errorf("%w: paper %q is not a4 or letter", ErrBadOption, o.Paper)
	}
	if s := strings.ToLower(o.Style); s != "" && s != briefing.StyleBriefing && s != briefing.StyleReport {
		return fmt.Errorf("%w: style %q is not briefing or report", ErrBadOption, o.Style)
	}
	return nil
}

// ExportReport tells what an export made and had to change.
type ExportReport struct {
	Pages    int    // pages of a paged document; 0 for the others
	Replaced string // characters the fonts cannot draw, listed; "" if none
}

// Format is one way to write a briefing out. The window's Export menu and
// the command's --format are built from the registry (Formats).
type Format struct {
	ID    string // what --format takes
	Ext   string // file name extension, with the dot
	Name  string // in English; the window translates it
	write func(w io.Writer, b *briefing.Briefing, opt ExportOptions) (ExportReport, error)
}

var registry = []Format{
	{ID: "pdf", Ext: ".pdf", Name: "PDF", write: writePDF},
	{ID: "hwpx", Ext: ".hwpx", Name: "Hancom document (HWPX)", write: writeHWPX},
	{ID: "docx", Ext: ".docx", Name: "Word document (DOCX)", write: writeDOCX},
	{ID: "md", Ext: ".md", Name: "Markdown", write: writeMarkdown},
	{ID: "brief", Ext: brieffile.Ext, Name: "briefing copy", write: writeBrief},
}

// Formats returns the export formats in menu order.
func Formats() []Format { return append([]Format(nil), registry...) }

// FormatIDs returns the identifiers of the export formats, in menu order.
func FormatIDs() []string {
	ids := make([]string, len(registry))
	for i, f := range registry {
		ids[i] = f.ID
	}
	return ids
}

// ErrUnknownFormat is returned for a format the registry does not have.
var ErrUnknownFormat = errors.New("unknown export format")

// LookupFormat returns the format with the given id (in any case).
func LookupFormat(id string) (Format, error) {
	for _, f := range registry {
		if strings.EqualFold(f.ID, id) {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("%w %q (one of %s)", ErrUnknownFormat, id, strings.Join(FormatIDs(), ", "))
}

// Prepare gets ready to write in this format soon (the PDF writer reads
// its fonts on other goroutines), so that a command can overlap that with
// reading the briefing. Calling it is never necessary.
func (f Format) Prepare() {
	if f.ID == "pdf" {
		pdf.Prepare()
	}
}

// Write writes b in this format to w.
func (f Format) Write(w io.Writer, b *briefing.Briefing, opt ExportOptions) (ExportReport, error) {
	if err := opt.check(); err != nil {
		return ExportReport{}, err
	}
	return f.write(w, b, opt)
}

// WriteFile writes b in this format to the file at path, atomically: the
// file is whole or, after a failure, as it was.
func (f Format) WriteFile(path string, b *briefing.Briefing, opt ExportOptions) (ExportReport, error) {
	var rep ExportReport
	if err := opt.check(); err != nil {
		return rep, err
	}
	if opt.Source != "" && sameFile(path, opt.Source) {
		return rep, fmt.Errorf("%s: %w", path, ErrOwnInput)
	}
	err := brieffile.WriteAtomic(path, func(w io.Writer) (err error) {
		rep, err = f.write(w, b, opt)
		return err
	})
	if err != nil {
		return rep, fmt.Errorf("%s: %w", path, err)
	}
	return rep, nil
}

// DefaultPath is where an export of the briefing file in goes by default:
// beside it, with the format's extension.
func (f Format) DefaultPath(in string) string {
	return strings.TrimSuffix(in, filepath.Ext(in)) + f.Ext
}

// sameFile reports whether two paths name one file, through links too.
func sameFile(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(sa, sb)
	}
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	return errA == nil && errB == nil && absA == absB
}

// writeHandout is the PDF writer; tests see through it what reaches it.
var writeHandout = pdf.Write

func writePDF(w io.Writer, b *briefing.Briefing, opt ExportOptions) (ExportReport, error) {
	// The document is made whole before anything is written, so that a
	// failure leaves nothing half-written behind on standard output either.
	var buf bytes.Buffer
	rep, err := writeHandout(&buf, b, pdf.Options{Paper: strings.ToLower(opt.Paper), Style: strings.ToLower(opt.Style)})
	if err != nil {
		return ExportReport{}, err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return ExportReport{}, err
	}
	return ExportReport{Pages: rep.Pages, Replaced: rep.ReplacedText()}, nil
}

// writeHWPX and writeDOCX write the handout as an editable Hancom or Word
// document; each is made whole in memory before anything is written.
func writeHWPX(w io.Writer, b *briefing.Briefing, opt ExportOptions) (ExportReport, error) {
	return ExportReport{}, hwpx.Write(w, b, hwpx.Options{Paper: strings.ToLower(opt.Paper), Style: strings.ToLower(opt.Style)})
}

func writeDOCX(w io.Writer, b *briefing.Briefing, opt ExportOptions) (ExportReport, error) {
	return ExportReport{}, docx.Write(w, b, docx.Options{Paper: strings.ToLower(opt.Paper), Style: strings.ToLower(opt.Style)})
}

func writeMarkdown(w io.Writer, b *briefing.Briefing, _ ExportOptions) (ExportReport, error) {
	return ExportReport{}, markdown.Write(w, b)
}

// writeBrief writes a copy of the briefing, with the paper and style the
// options choose.
func writeBrief(w io.Writer, b *briefing.Briefing, opt ExportOptions) (ExportReport, error) {
	d := b.Details
	if opt.Paper != "" {
		d.Paper = strings.ToLower(opt.Paper)
	}
	if opt.Style != "" {
		d.Style = strings.ToLower(opt.Style)
	}
	if d != b.Details {
		c := b.Clone()
		c.Details = d
		b = c
	}
	return ExportReport{}, brieffile.Encode(w, b)
}
