// Package pdf writes a briefing as a PDF handout. It is the only package that
// speaks to the PDF library (gofpdf), so that replacing the library touches
// this package alone.
package pdf

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"

	"github.com/briefdesk/briefdesk/briefing"
)

// Options adjust the handout; zero values take the briefing's own settings.
type Options struct {
	Paper string // "a4" or "letter"; "" for the briefing's paper
}

// Report tells the caller what the writer had to change to produce the
// document, so that it can be shown to the user.
type Report struct {
	Pages    int
	Replaced []rune // characters the fonts cannot draw, drawn as □
}

func (r *Report) replaced(c rune) {
	for _, x := range r.Replaced {
		if x == c {
			return
		}
	}
	r.Replaced = append(r.Replaced, c)
}

// ReplacedText lists the replaced characters for a message to the user.
func (r *Report) ReplacedText() string {
	var parts []string
	for _, c := range r.Replaced {
		if c > 0xFFFF || !utf8.ValidRune(c) {
			parts = append(parts, fmt.Sprintf("U+%04X", c))
		} else {
			parts = append(parts, fmt.Sprintf("%q (U+%04X)", c, c))
		}
	}
	return strings.Join(parts, ", ")
}

// Write writes the handout of b to w. The same briefing always gives the
// same bytes: the document's dates come from the briefing's date.
func Write(w io.Writer, b *briefing.Briefing, opt Options) (Report, error) {
	fs, err := loadFonts()
	if err != nil {
		return Report{}, err
	}
	paper := opt.Paper
	if paper == "" {
		paper = b.Details.Paper
	}
	// The first pass lays the document out to learn on which page each
	// section starts; the second prints those numbers in the contents.
	first := newDoc(b, fs, paper, nil)
	if err := first.render(); err != nil {
		return Report{}, err
	}
	second := newDoc(b, fs, paper, first.anchors)
	if err := second.render(); err != nil {
		return Report{}, err
	}
	second.report.Pages = second.pdf.PageNo()
	sort.Slice(second.report.Replaced, func(i, j int) bool { return second.report.Replaced[i] < second.report.Replaced[j] })
	if err := second.pdf.Output(w); err != nil {
		return second.report, fmt.Errorf("write PDF: %w", err)
	}
	return second.report, nil
}

// doc is one pass over the document.
type doc struct {
	pdf     *gofpdf.Fpdf
	b       *briefing.Briefing
	fonts   *fontSet
	lbl     labels
	report  Report
	widths  map[widthKey]float64
	pages   map[string]int // anchor → page, from the previous pass
	anchors map[string]int // anchor → page, found in this pass
	links   map[string]int // anchor → internal link
	cites   map[string]int // article id → citation number

	pageW, pageH, left, right, top, bottom float64
	y                                      float64
	cover                                  bool // drawing the cover: no running header
}

// Page geometry, in points.
const (
	marginX      = 62
	marginTop    = 78
	marginBottom = 70
	bodySize     = 10.5
	leading      = 1.6 // line height as a share of the font size
)

var (
	black     = [3]int{20, 20, 20}
	gray      = [3]int{100, 100, 100}
	linkColor = [3]int{20, 70, 160}
	accent    = [3]int{24, 58, 110}
	markRed   = [3]int{180, 20, 20}
	quoteFill = [3]int{244, 245, 247}
	quoteRule = [3]int{150, 165, 190}
)

func newDoc(b *briefing.Briefing, fs *fontSet, paper string, pages map[string]int) *doc {
	size := "A4"
	if paper == briefing.PaperLetter {
		size = "Letter"
	}
	p := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "pt", SizeStr: size, OrientationStr: "P"})
	d := &doc{
		pdf: p, b: b, fonts: fs, lbl: labelsFor(b.Details.Language),
		widths: map[widthKey]float64{}, pages: pages, anchors: map[string]int{},
		links: map[string]int{}, cites: map[string]int{},
	}
	d.pageW, d.pageH = p.GetPageSize()
	d.left, d.right = marginX, d.pageW-marginX
	d.top, d.bottom = marginTop, d.pageH-marginBottom
	for _, f := range fontFiles {
		p.AddUTF8FontFromBytes(f.family, f.style, fs.files[f.family+f.style])
	}
	p.SetMargins(d.left, d.top, marginX)
	p.SetAutoPageBreak(false, marginBottom)
	p.SetCatalogSort(true)
	p.SetCompression(true)
	p.SetHeaderFuncMode(d.header, false)
	p.SetFooterFunc(d.footer)
	for i, a := range b.Cited() {
		d.cites[a.ID] = i + 1
	}
	d.metadata()
	return d
}

// metadata sets the document information, with fixed dates so that the
// same briefing gives the same bytes.
func (d *doc) metadata() {
	det := d.b.Details
	d.pdf.SetTitle(d.fonts.sanitize(det.Title, &d.report), true)
	author := strings.TrimSpace(strings.Join(nonEmpty(det.Author, det.Organization), ", "))
	d.pdf.SetAuthor(d.fonts.sanitize(author, &d.report), true)
	var topics []string
	for _, t := range d.b.Topics {
		topics = append(topics, t.Title)
	}
	subject := det.Subtitle
	if subject == "" {
		subject = strings.Join(topics, " · ")
	}
	d.pdf.SetSubject(d.fonts.sanitize(subject, &d.report), true)
	d.pdf.SetKeywords(d.fonts.sanitize(strings.Join(topics, ", "), &d.report), true)
	d.pdf.SetCreator("Briefdesk", true)
	d.pdf.SetProducer("Briefdesk", true)
	when := d.b.Date()
	if when.IsZero() {
		when = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	d.pdf.SetCreationDate(when)
	d.pdf.SetModificationDate(when)
}

// render draws the whole document.
func (d *doc) render() error {
	d.drawCover()
	d.drawSummary()
	d.drawContents()
	for i := range d.b.Topics {
		d.drawTopic(i)
	}
	d.drawSources()
	d.anchors["total"] = d.pdf.PageNo()
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("lay out PDF: %w", err)
	}
	if d.pdf.PageNo() == 0 {
		return errors.New("lay out PDF: no pages")
	}
	return nil
}

func nonEmpty(vals ...string) []string {
	var out []string
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			out = append(out, strings.TrimSpace(v))
		}
	}
	return out
}
