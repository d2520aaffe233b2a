package docx

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
	"github.com/briefdesk/briefdesk/briefing/richtext"
)

// builder gathers the parts of one document as it walks the handout.
type builder struct {
	b      *briefing.Briefing
	lbl    handout.Labels
	report bool // the report style (보고서)
	en     bool // an English handout
	geo    geometry
	shown  []int          // the topics printed
	cites  map[string]int // article id → citation number
	body   []any

	rels      *partRels // of the part being written: the document's or the footnotes'
	docRels   partRels
	noteRels  partRels
	notes     []footnote
	nums      []num
	bookmarks int
}

// partRels are the relationships of one part to the addresses its links
// point at.
type partRels struct {
	rels  []relationship
	byURL map[string]string
}

// link returns the relationship id of an external address.
func (p *partRels) link(addr string) string {
	if id, ok := p.byURL[addr]; ok {
		return id
	}
	if p.byURL == nil {
		p.byURL = map[string]string{}
	}
	id := "rId" + strconv.Itoa(len(p.rels)+1)
	p.rels = append(p.rels, relationship{ID: id, Type: relBase + "hyperlink", Target: addr, TargetMode: "External"})
	p.byURL[addr] = id
	return id
}

// add adds a relationship to a part of the package and returns its id.
func (p *partRels) add(kind, target string) string {
	id := "rId" + strconv.Itoa(len(p.rels)+1)
	p.rels = append(p.rels, relationship{ID: id, Type: relBase + kind, Target: target})
	return id
}

// geometry is the page in twentieths of a point.
type geometry struct {
	pageW, pageH             int
	top, bottom, left, right int
	textWidth                int
}

// Page sizes in twips.
var paperSizes = map[string][2]int{
	briefing.PaperA4:     {11906, 16838},
	briefing.PaperLetter: {12240, 15840},
}

// The PDF's margins: 62 pt at the sides, 78 pt at the top, 70 pt at the
// bottom; an English handout keeps its text to a 380 pt measure (about 70
// characters a line).
const (
	marginX        = 1240
	marginTop      = 1560
	marginBottom   = 1400
	englishMeasure = 7600
	furnitureInset = 567 // 10 mm: the header and footer from the paper's edge
)

func newGeometry(paper string, en bool) geometry {
	size, ok := paperSizes[paper]
	if !ok {
		size = paperSizes[briefing.PaperA4]
	}
	g := geometry{pageW: size[0], pageH: size[1], top: marginTop, bottom: marginBottom, left: marginX, right: marginX}
	if en {
		g.left = (g.pageW - englishMeasure) / 2
		g.right = g.pageW - englishMeasure - g.left
	}
	g.textWidth = g.pageW - g.left - g.right
	return g
}

func newBuilder(b *briefing.Briefing, opt Options) *builder {
	paper, handoutStyle := opt.Resolve(b)
	x := &builder{
		b: b, lbl: handout.For(b.Details.Language), report: handoutStyle == briefing.StyleReport,
		en: b.Details.Language == "en", shown: handout.ShownTopics(b), cites: handout.Citations(b),
	}
	x.geo = newGeometry(paper, x.en)
	x.rels = &x.docRels
	return x
}

// add appends paragraphs and tables to the body.
func (x *builder) add(items ...any) { x.body = append(x.body, items...) }

// para returns a paragraph of a style holding content.
func para(styleID string, content ...any) *paragraph {
	return &paragraph{PPr: &pPr{PStyle: val(styleID)}, Content: content}
}

// clean returns s as XML 1.0 may hold it and a reader shows it: without
// control characters (a line feed and a tab stay, a carriage return
// becomes a line feed), without the characters that reorder text
// (briefing.IsBidiControl) and without noncharacters; invalid UTF-8 becomes
// U+FFFD.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if !plainRune(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case plainRune(r):
			return r
		case r == '\r':
			return '\n'
		case r == '\v' || r == '\f':
			return ' '
		case r == utf8.RuneError:
			return r
		}
		return -1
	}, s)
}

// plainRune reports whether r goes into the document as it is.
func plainRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return true
	case r < 0x20 || (r >= 0x7f && r <= 0x9f):
		return false
	case r == utf8.RuneError || r == 0xFFFE || r == 0xFFFF || (r >= 0xFDD0 && r <= 0xFDEF):
		return false
	case r >= 0xD800 && r <= 0xDFFF:
		return false
	case briefing.IsBidiControl(r):
		return false
	}
	return true
}

// textRun returns a run of text in props: a line feed becomes a line
// break, a tab a tab.
func textRun(s string, props *rPr) *run {
	r := &run{RPr: props}
	s = clean(s)
	for len(s) > 0 {
		i := strings.IndexAny(s, "\n\t")
		if i < 0 {
			r.Content = append(r.Content, wText(s))
			break
		}
		if i > 0 {
			r.Content = append(r.Content, wText(s[:i]))
		}
		if s[i] == '\n' {
			r.Content = append(r.Content, brk{})
		} else {
			r.Content = append(r.Content, tabChar{})
		}
		s = s[i+1:]
	}
	return r
}

// wText is a <w:t>, keeping its spaces when it starts or ends with one or
// holds two in a row.
func wText(s string) text {
	t := text{Text: s}
	if strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || strings.Contains(s, "  ") {
		t.Space = "preserve"
	}
	return t
}

// plainText is a run of text in a character style ("" for none).
func plainText(s, charStyle string) *run {
	if charStyle == "" {
		return textRun(s, nil)
	}
	return textRun(s, &rPr{RStyle: val(charStyle)})
}

// field returns the runs of a field: its instruction and the result shown
// until a reader updates it.
func field(instr, result string, props *rPr) []any {
	return []any{
		&run{RPr: props, Content: []any{fldChar{Type: "begin"}}},
		&run{RPr: props, Content: []any{instrText{Space: "preserve", Text: " " + instr + " "}}},
		&run{RPr: props, Content: []any{fldChar{Type: "separate"}}},
		textRun(result, props),
		&run{RPr: props, Content: []any{fldChar{Type: "end"}}},
	}
}

// bookmark wraps content in a bookmark of the given name.
func (x *builder) bookmark(name string, content ...any) []any {
	x.bookmarks++
	id := x.bookmarks
	out := []any{bookmarkStart{ID: id, Name: name}}
	out = append(out, content...)
	return append(out, bookmarkEnd{ID: id})
}

// internalLink links content to a bookmark.
func internalLink(name string, content ...any) *hyperlink {
	return &hyperlink{Anchor: name, History: "1", Content: content}
}

// runs turns the analyst's styled runs into runs, links and footnote
// references, on top of base.
func (x *builder) runs(rs []richtext.Run, base *rPr, notes map[int][]richtext.Run) []any {
	var out []any
	for _, r := range rs {
		if r.Note > 0 {
			out = append(out, x.noteRef(r, notes))
			continue
		}
		parts := x.styledRuns(r, base)
		if r.Link != "" && briefing.SafeLink(r.Link) {
			out = append(out, &hyperlink{ID: x.rels.link(r.Link), History: "1", Content: parts})
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// styledRuns returns the runs of one styled run of the analyst's text.
// Emphasis is italic in Latin letters; Hangul and Hanja, which have no
// italics, are underlined instead, as the PDF does.
func (x *builder) styledRuns(r richtext.Run, base *rPr) []any {
	props := func(eastAsian bool) *rPr {
		p := rPr{}
		if base != nil {
			p = *base
		}
		if r.Code {
			p.RStyle = val(chCode)
		}
		if r.Link != "" && briefing.SafeLink(r.Link) {
			p.RStyle = val(chHyperlink)
		}
		if r.Bold {
			p.B, p.BCs = on, on
		}
		if r.Strike {
			p.Strike = on
		}
		if r.Italic {
			if eastAsian {
				p.U = val("single")
			} else {
				p.I, p.ICs = on, on
			}
		}
		if p == (rPr{}) {
			return nil
		}
		return &p
	}
	if !r.Italic {
		return []any{textRun(r.Text, props(false))}
	}
	var out []any
	for _, seg := range scriptSegments(r.Text) {
		out = append(out, textRun(seg.text, props(seg.eastAsian)))
	}
	return out
}

type segment struct {
	text      string
	eastAsian bool
}

// scriptSegments splits text into runs of Hangul and Hanja and runs of
// everything else; spaces and punctuation go with the run they are in.
func scriptSegments(s string) []segment {
	var out []segment
	start, cur := 0, false
	for i, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		ea := unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r)
		if i > start && ea != cur {
			out = append(out, segment{s[start:i], cur})
			start = i
		}
		cur = ea
	}
	return append(out, segment{s[start:], cur})
}

// noteRef returns the reference to a footnote of the analyst's text, and
// makes the footnote; a reference to a note that is not there stays as it
// was written.
func (x *builder) noteRef(r richtext.Run, notes map[int][]richtext.Run) any {
	body, ok := notes[r.Note]
	if !ok {
		return textRun(r.Text, &rPr{VertAlgn: val("superscript")})
	}
	id := len(x.notes) + 1
	saved := x.rels
	x.rels = &x.noteRels
	content := []any{
		&run{RPr: &rPr{RStyle: val(chNoteRef)}, Content: []any{footnoteMark{}}},
		textRun(" ", nil),
	}
	content = append(content, x.runs(body, nil, nil)...)
	x.rels = saved
	x.notes = append(x.notes, footnote{ID: id, Content: []any{para(stFootnote, content...)}})
	return &run{RPr: &rPr{RStyle: val(chNoteRef)}, Content: []any{footnoteRef{ID: id}}}
}

func itoa(n int) string { return strconv.Itoa(n) }
