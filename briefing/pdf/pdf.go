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
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
)

// Options adjust the handout; zero values take the briefing's own settings.
type Options struct {
	Paper string // "a4" or "letter"; "" for the briefing's paper
	Style string // briefing.StyleBriefing or briefing.StyleReport; "" for the briefing's style

	alone bool // no breaking of lines ahead on another goroutine (tests)
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

// Prepare starts reading the bundled fonts on other goroutines, so that a
// process that is about to export (after reading its briefing, say) finds
// them ready. Write does not need it.
func Prepare() {
	go func() {
		if fs, err := loadFonts(); err == nil {
			fs.warmUp()
		}
	}()
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
	if opt.Style == "" {
		opt.Style = b.Details.Style
	}
	// The briefing style is drawn in one pass: what only the end tells —
	// the page count of "page 3 of 140", the contents' page numbers — is
	// drawn on the pages last (pageNumbers). A report points from each
	// topic to the page of its excerpts in the annex, further on: a first
	// pass lays it out to learn those pages.
	fs.warmUp()
	var first *doc
	if opt.Style == briefing.StyleReport {
		first = newDoc(b, fs, paper, opt.Style, nil, false)
		if !opt.alone {
			first.breakAhead()
		}
		if err := first.render(); err != nil {
			return Report{}, err
		}
	}
	waitWarm()
	var d *doc
	if first != nil {
		d = newDoc(b, fs, paper, opt.Style, first.anchors, true)
		d.replay = first.laidOut
		d.prevCited = first.citedOn
	} else {
		d = newDoc(b, fs, paper, opt.Style, nil, true)
		if !opt.alone {
			d.breakAhead()
		}
	}
	if err := d.render(); err != nil {
		return Report{}, err
	}
	d.pageNumbers()
	if first != nil {
		for _, r := range first.report.Replaced {
			d.report.replaced(r)
		}
	}
	d.report.Pages = d.pdf.PageNo()
	sort.Slice(d.report.Replaced, func(i, j int) bool { return d.report.Replaced[i] < d.report.Replaced[j] })
	if err := d.out.Output(w); err != nil {
		return d.report, fmt.Errorf("write PDF: %w", err)
	}
	return d.report, nil
}

// breakAhead starts breaking the lines of the excerpts on another
// goroutine, one excerpt after another, which drawExcerpt takes up as it
// comes to them: their lines depend on nothing but their text and the
// measure. An excerpt the other goroutine has not come to yet when the
// drawing needs it is broken where it is needed (each excerpt is claimed
// by one side). The drawing pass leaves all of them to the other
// goroutine, as drawing keeps this processor busy; a layout pass, which
// only breaks lines, shares them half and half.
func (d *doc) breakAhead() {
	var all []briefing.Excerpt
	for _, i := range d.shown {
		all = append(all, d.b.Topics[i].Excerpts...)
	}
	if len(all) < 64 {
		return
	}
	from := 0
	if d.out == nil {
		from = len(all) / 2
	}
	a := &ahead{
		from: from, claims: make([]atomic.Bool, len(all)), lines: make([]map[uint64][][]lineOf, len(all)),
		ready: make([]chan struct{}, len(all)), done: make(chan struct{}),
		doc: newDoc(d.b, d.fonts, d.paper, d.style, nil, false),
	}
	for i := range a.ready {
		a.ready[i] = make(chan struct{})
	}
	go func() {
		defer close(a.done)
		for i := from; i < len(all); i++ {
			if !a.claims[i].CompareAndSwap(false, true) {
				continue // the drawing came to it first
			}
			a.doc.laidOut = map[uint64][][]lineOf{}
			a.doc.excerptLines(all[i])
			a.lines[i] = a.doc.laidOut
			close(a.ready[i])
		}
	}()
	d.ahead = a
}

// ahead is the excerpts' lines broken on another goroutine (breakAhead).
type ahead struct {
	from   int           // the first excerpt broken there
	claims []atomic.Bool // set by the side that breaks the excerpt
	lines  []map[uint64][][]lineOf
	ready  []chan struct{} // closed when lines[i] is set
	done   chan struct{}   // closed when the goroutine ends
	doc    *doc            // the pass that breaks them
}

// takeAhead takes up breakAhead's lines of the excerpt about to be drawn,
// or claims it to break it here.
func (d *doc) takeAhead() {
	a := d.ahead
	if a == nil {
		return
	}
	i := d.excerpts
	d.excerpts++
	if i < a.from || i >= len(a.claims) || a.claims[i].CompareAndSwap(false, true) {
		return // broken here, by lines
	}
	<-a.ready[i]
	if d.replay == nil {
		d.replay = map[uint64][][]lineOf{}
	}
	for k, v := range a.lines[i] {
		d.replay[k] = append(d.replay[k], v...)
	}
	a.lines[i] = nil
}

// finishAhead waits for breakAhead's goroutine to end and takes what it
// has to report.
func (d *doc) finishAhead() {
	a := d.ahead
	if a == nil {
		return
	}
	for i := range a.claims {
		a.claims[i].Store(true) // what is left is not needed
	}
	<-a.done
	for _, r := range a.doc.report.Replaced {
		d.report.replaced(r)
	}
	d.ahead = nil
}

// doc is one pass over the document.
type doc struct {
	pdf     canvas
	out     *gofpdf.Fpdf // the real document; nil in the layout pass
	fontsIn map[int]bool // fonts added to the document
	b       *briefing.Briefing
	style   string // briefing.StyleBriefing or briefing.StyleReport
	shown   []int  // the topics printed (shownTopics)
	fonts   *fontSet
	lbl     handout.Labels
	report  Report
	pages   map[string]int // anchor → page, from the previous pass
	anchors map[string]int // anchor → page, found in this pass
	links   map[string]int // anchor → internal link
	cites   map[string]int // article id → citation number
	// citedOn lists the pages citing each source, found in this pass;
	// prevCited is the list of the previous pass, which the sources print.
	citedOn, prevCited map[int][]int
	contents           []contentsNumber        // the contents' page numbers, drawn last
	sources            map[sourceRunsKey][]run // sourceLine's runs
	paper              string
	// ahead brings the lines breakAhead broke; excerpts counts the
	// excerpts drawn.
	ahead    *ahead
	excerpts int
	// laidOut records the lines of every paragraph in the layout pass; the
	// drawing pass replays them instead of breaking the same lines again.
	curFont  fontState
	curColor colorState
	laidOut  map[uint64][][]lineOf
	replay   map[uint64][][]lineOf
	memo     map[uint64][]lineOf // lines broken in this pass, by paragraph

	pageW, pageH, left, right, top, bottom float64
	y                                      float64

	// Buffers drawLine reuses from line to line.
	wordBuf []string
	gapBuf  []float64
	textBuf []byte
}

// Page geometry, in points.
const (
	marginX      = 62
	marginTop    = 78
	marginBottom = 70
	bodySize     = 10.5
	leading      = 1.6 // line height as a share of the font size
	// englishMeasure is the width of the text of an English handout: about
	// 70 characters of body text.
	englishMeasure = 380
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

// Page sizes in points.
var paperSizes = map[string][2]float64{
	briefing.PaperA4:     {595.28, 841.89},
	briefing.PaperLetter: {612, 792},
}

func newDoc(b *briefing.Briefing, fs *fontSet, paper, handoutStyle string, pages map[string]int, draw bool) *doc {
	size, ok := paperSizes[paper]
	if !ok {
		size = paperSizes[briefing.PaperA4]
	}
	d := &doc{
		b: b, fonts: fs, lbl: handout.For(b.Details.Language), fontsIn: map[int]bool{},
		style: handoutStyle, shown: handout.ShownTopics(b), paper: paper,
		pages: pages, anchors: map[string]int{},
		links: map[string]int{}, cites: handout.Citations(b), citedOn: map[int][]int{},
		laidOut: map[uint64][][]lineOf{}, memo: map[uint64][]lineOf{}, sources: map[sourceRunsKey][]run{},
	}
	d.pageW, d.pageH = size[0], size[1]
	d.left, d.right = marginX, d.pageW-marginX
	if b.Details.Language == "en" {
		// English reads best at 60 to 80 characters a line.
		d.left, d.right = (d.pageW-englishMeasure)/2, (d.pageW+englishMeasure)/2
	}
	d.top, d.bottom = marginTop, d.pageH-marginBottom
	if !draw {
		d.pdf = &layoutCanvas{}
		return d
	}
	p := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "pt", Size: gofpdf.SizeType{Wd: size[0], Ht: size[1]}, OrientationStr: "P"})
	d.pdf, d.out = p, p
	p.SetMargins(d.left, d.top, d.pageW-d.right)
	p.SetAutoPageBreak(false, marginBottom)
	p.SetCatalogSort(true)
	p.SetCompression(true)
	p.SetHeaderFuncMode(d.header, false)
	p.SetFooterFunc(d.footer)
	d.metadata()
	return d
}

// metadata sets the document information, with fixed dates so that the
// same briefing gives the same bytes.
func (d *doc) metadata() {
	det := d.b.Details
	d.out.SetTitle(d.fonts.sanitize(det.Title, &d.report), true)
	author := strings.TrimSpace(strings.Join(handout.NonEmpty(det.Author, det.Organization), ", "))
	d.out.SetAuthor(d.fonts.sanitize(author, &d.report), true)
	subject := handout.Subject(d.b)
	d.out.SetSubject(d.fonts.sanitize(subject, &d.report), true)
	keywords := handout.Keywords(d.b)
	d.out.SetKeywords(d.fonts.sanitize(strings.Join(keywords, ", "), &d.report), true)
	d.out.SetLang(det.Language)
	d.out.SetCreator("Briefdesk", true)
	d.out.SetProducer("Briefdesk", true)
	when := d.b.Date()
	if when.IsZero() {
		when = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	d.out.SetCreationDate(when)
	d.out.SetModificationDate(when)
}

// render draws the whole document.
func (d *doc) render() error {
	if d.isReport() {
		d.renderReport()
	} else {
		d.drawCover()
		d.drawContents()
		d.drawSummary()
		for _, i := range d.shown {
			d.drawTopic(i)
		}
		d.drawSources()
	}
	d.finishAhead()
	d.anchors["total"] = d.pdf.PageNo()
	if d.out != nil {
		if err := d.out.Error(); err != nil {
			return fmt.Errorf("lay out PDF: %w", err)
		}
	}
	if d.pdf.PageNo() == 0 {
		return errors.New("lay out PDF: no pages")
	}
	return nil
}
