package importer

import (
	"errors"
	"strconv"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
)

// Office documents (HWPX, HWP 5, DOCX) are read in two steps. A format's
// reader walks the document in reading order and tells a docWalk what it
// meets: paragraphs with their heading level, tables, rows and cells,
// footnotes and endnotes, and parts to leave out (headers, footers, hidden
// comments). The docWalk turns that into an article's blocks:
//
//   - a paragraph is a block; one in a heading style or at outline level 1–3
//     is a section heading when it reads like one (see block.isHeading);
//   - a table row is one block, its cells' text joined with " | " (empty
//     cells left out, a cell's paragraphs joined with a space); a table in
//     a cell reads into that cell;
//   - a note is left out of the text, which keeps a mark "[n]" where it
//     was; the notes follow the body as a last section, "각주" / "Footnotes"
//     and "미주" / "Endnotes" in the article's language, each note one
//     paragraph starting with its mark.

// Limits on what an office document may unpack to; a file over one is
// refused, never cut short silently.
const (
	maxOfficeText   = 32 << 20 // bytes of text in all
	maxOfficeDepth  = 48       // tables in cells in notes... nested
	maxHeadingLevel = 3        // deeper outline levels are paragraphs
)

// Errors of office documents.
var (
	// ErrProtected is the kind of the reason given for a document whose
	// text is encrypted: password-protected, or a 배포용 (distribution)
	// document.
	ErrProtected = errors.New("the document is protected and its text cannot be read")
	// ErrDamaged is the kind of the reason given for an office document
	// whose structure is broken.
	ErrDamaged = errors.New("the document is damaged")
)

// damaged describes a broken office file: what the format is, and what is
// wrong with it, in a technical phrase.
func damaged(format, what string) error {
	return briefing.Because(ErrDamaged, "the %s file is damaged or incomplete (%s)", format, what)
}

// tooBig refuses an office file that unpacks to more than the limits.
func tooBig(format string) error {
	return briefing.Because(ErrTooComplex, "the %s file unpacks to more than Briefdesk reads (%d MB of text, %d paragraphs and notes, or XML far larger than the file)", format, maxOfficeText>>20, briefing.MaxParagraphs)
}

// levelTitle is the level of a paragraph in the document's title style.
const levelTitle = -1

// block is one paragraph of the body in reading order.
type block struct {
	text  string
	level int  // 0 body text, 1.. heading level, levelTitle the title
	weak  bool // the level comes from an outline number, not a heading style
}

// isHeading reports whether the block starts a section. A heading style is
// trusted for anything that is not a long passage; outline numbering (개요)
// is also how Korean reports number their points, so an outline paragraph is a
// heading only when it is a line that does not end a sentence.
func (b block) isHeading() bool {
	if b.level < 1 || b.level > maxHeadingLevel || !hasLetter(b.text) {
		return false // a number or a mark alone heads nothing
	}
	if b.weak {
		return columns(b.text) <= maxHeadingColumns && !endsSentence(b.text)
	}
	return columns(b.text) <= 2*maxHeadingColumns
}

// hasLetter reports whether s has a letter of any script.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

type frameKind uint8

const (
	framePara frameKind = iota
	frameTable
	frameRow
	frameCell
	frameNote
	frameSkip
)

// frame is an open structure of the document.
type frame struct {
	kind    frameKind
	level   int
	weak    bool
	endnote bool
	text    strings.Builder // a paragraph's text
	parts   []string        // a row's cells, a cell's or a note's paragraphs
}

// docWalk collects a document's blocks and notes as a reader walks it.
type docWalk struct {
	format                   string // "HWP", "HWPX", "DOCX": names the format in errors
	title, author, published string
	blocks                   []block
	notes                    [2][]string // footnotes, endnotes
	stack                    []*frame
	size                     int
	err                      error // the first limit passed; the reader stops
}

func (w *docWalk) push(f *frame) {
	w.stack = append(w.stack, f)
	if len(w.stack) > maxOfficeDepth && w.err == nil {
		w.err = briefing.Because(ErrTooComplex, "the %s file nests tables and notes more than %d deep", w.format, maxOfficeDepth)
	}
}

func (w *docWalk) top() *frame {
	if len(w.stack) == 0 {
		return nil
	}
	return w.stack[len(w.stack)-1]
}

// openPara starts a paragraph at a heading level (0 for body text). The text
// of a paragraph it interrupts (a text box in a line) is delivered first, so
// the reading order holds.
func (w *docWalk) openPara(level int, weak bool) {
	w.flushPara()
	w.push(&frame{kind: framePara, level: level, weak: weak})
}

func (w *docWalk) closePara() { w.close(framePara) }

// text adds characters to the open paragraph.
func (w *docWalk) text(s string) {
	f := w.top()
	if f == nil || f.kind != framePara || s == "" {
		return
	}
	w.size += len(s)
	if w.size > maxOfficeText && w.err == nil {
		w.err = tooBig(w.format)
	}
	f.text.WriteString(s)
}

// openTable starts a table; the text before it in its paragraph goes first.
func (w *docWalk) openTable() {
	w.flushPara()
	w.push(&frame{kind: frameTable})
}

func (w *docWalk) closeTable() { w.close(frameTable) }
func (w *docWalk) openRow()    { w.push(&frame{kind: frameRow}) }
func (w *docWalk) closeRow()   { w.close(frameRow) }
func (w *docWalk) openCell()   { w.push(&frame{kind: frameCell}) }
func (w *docWalk) closeCell()  { w.close(frameCell) }

// openNote starts a footnote or endnote.
func (w *docWalk) openNote(endnote bool) { w.push(&frame{kind: frameNote, endnote: endnote}) }
func (w *docWalk) closeNote()            { w.close(frameNote) }

// openSkip starts a part whose text stays out (a header, a footer, a hidden
// comment).
func (w *docWalk) openSkip()  { w.push(&frame{kind: frameSkip}) }
func (w *docWalk) closeSkip() { w.close(frameSkip) }

// close finishes the innermost open frame of a kind and every frame inside
// it; a close without its open is ignored, so broken nesting loses no text.
func (w *docWalk) close(kind frameKind) {
	i := len(w.stack) - 1
	for i >= 0 && w.stack[i].kind != kind {
		i--
	}
	if i < 0 {
		return
	}
	for len(w.stack) > i {
		f := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		w.finish(f)
	}
}

// flushPara delivers the text the open paragraph has so far.
func (w *docWalk) flushPara() {
	if f := w.top(); f != nil && f.kind == framePara && f.text.Len() > 0 {
		w.deliver(f.text.String(), f.level, f.weak)
		f.text.Reset()
	}
}

func (w *docWalk) finish(f *frame) {
	switch f.kind {
	case framePara:
		w.deliver(f.text.String(), f.level, f.weak)
	case frameRow:
		w.deliver(strings.Join(f.parts, " | "), 0, false)
	case frameCell:
		cell := squash(strings.Join(f.parts, " "))
		if t := w.top(); t != nil && t.kind == frameRow {
			if cell != "" {
				t.parts = append(t.parts, cell)
			}
			return
		}
		w.deliver(cell, 0, false)
	case frameNote:
		w.note(f)
	}
}

// note records a finished note and marks its place in the paragraph it is in.
func (w *docWalk) note(f *frame) {
	text := squash(strings.Join(f.parts, " "))
	if text == "" || w.skipping() {
		return
	}
	k := 0
	if f.endnote {
		k = 1
	}
	if len(w.blocks)+len(w.notes[0])+len(w.notes[1]) >= briefing.MaxParagraphs {
		if w.err == nil {
			w.err = tooBig(w.format)
		}
		return
	}
	mark := "[" + strconv.Itoa(len(w.notes[k])+1) + "]"
	w.notes[k] = append(w.notes[k], mark+" "+text)
	w.size += len(text) + len(mark)
	for i := len(w.stack) - 1; i >= 0; i-- {
		if w.stack[i].kind == framePara {
			w.stack[i].text.WriteString(mark)
			return
		}
	}
}

func (w *docWalk) skipping() bool {
	for _, f := range w.stack {
		if f.kind == frameSkip {
			return true
		}
	}
	return false
}

// deliver puts finished text where it belongs: into the cell or note it is
// in, or else into the body as a block.
func (w *docWalk) deliver(t string, level int, weak bool) {
	t = strings.TrimSpace(t) // the builder squashes what it keeps, once
	if t == "" {
		return
	}
	for i := len(w.stack) - 1; i >= 0; i-- {
		switch f := w.stack[i]; f.kind {
		case frameSkip:
			return
		case frameCell, frameNote:
			f.parts = append(f.parts, t)
			return
		}
	}
	if len(w.blocks) >= briefing.MaxParagraphs && w.err == nil {
		w.err = tooBig(w.format)
		return
	}
	w.blocks = append(w.blocks, block{text: t, level: level, weak: weak})
}

// end closes what is still open and returns the walk's first error.
func (w *docWalk) end() error {
	for len(w.stack) > 0 && w.err == nil {
		w.close(w.stack[0].kind)
	}
	return w.err
}

// builder makes the article's sections of what the walk collected.
func (w *docWalk) builder() *builder {
	b := &builder{}
	b.a.Title, b.a.Author, b.a.Published = w.title, w.author, w.published
	if !hasLetter(b.a.Title) {
		// A title of the document's properties with no letter ("1", "-")
		// names nothing; the title style or the file name will.
		b.a.Title = ""
	}
	blocks := w.blocks
	if len(blocks) > 1 && blocks[0].level == levelTitle {
		if squash(b.a.Title) == "" {
			b.a.Title = blocks[0].text
		}
		blocks = blocks[1:]
	}
	for _, bl := range blocks {
		if bl.isHeading() {
			b.heading(bl.text)
		} else {
			b.paragraph(bl.text)
		}
	}
	if len(w.notes[0])+len(w.notes[1]) == 0 {
		return b
	}
	ko := briefing.DetectLanguage(b.a.Title+" "+b.a.Text()) == "ko"
	for k, names := range [2][2]string{{"Footnotes", "각주"}, {"Endnotes", "미주"}} {
		if len(w.notes[k]) == 0 {
			continue
		}
		if ko {
			b.heading(names[1])
		} else {
			b.heading(names[0])
		}
		for _, n := range w.notes[k] {
			b.paragraph(n)
		}
	}
	return b
}
