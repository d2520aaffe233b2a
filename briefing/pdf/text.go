package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// style is how a run of text is drawn.
type style struct {
	family    string // sans or serif
	bold      bool
	italic    bool // Latin letters in italics; the rest underlined (emphasis)
	underline bool
	size      float64
	color     [3]int
	link      string  // external address, underlined
	anchor    string  // a place in the document the text links to (anchorLink)
	rise      float64 // raised above the baseline (a note's number)
}

// run is text in one style.
type run struct {
	text string
	st   style
}

// piece is a word, or part of one, drawn in one style and one font. A line
// holds pieces.
type piece struct {
	text  string
	st    *style // shared by the pieces of a run
	face  int    // index in fontSet.faces
	width float64
	space bool // a space separates it from the piece before
	join  bool // the same word goes on: the line may not break before it
	brk   bool // starts a new line: the writer broke the line here
}

// lineOf is one laid-out line.
type lineOf struct {
	pieces   []piece
	width    float64
	justify  bool    // a line of a justified paragraph that is not its last
	gapAbove float64 // space above it: a new paragraph of an excerpt
}

// words splits runs into pieces at spaces. Korean is written with spaces
// between words (어절), so breaking only at spaces keeps every word whole;
// addresses may also break after / ? & = and -. A word drawn in more than
// one font is split into joined pieces, one per font. Addresses in the text
// become links.
func (d *doc) words(runs []run) []piece {
	runs = mergeRuns(runs)
	n := 0
	for _, r := range runs {
		// About one piece a word, and one more where a word changes font.
		n += strings.Count(r.text, " ") + len(r.text)/16 + 1
	}
	out := make([]piece, 0, n)
	space, brk := false, false
	for ri := range runs {
		r := &runs[ri] // its style is shared by its pieces
		rest, more := r.text, true
		for li := 0; more; li++ {
			var line string
			line, rest, more = strings.Cut(rest, "\n")
			if li > 0 {
				brk, space = true, false // a line break the writer made
			}
			text := d.fonts.sanitize(line, &d.report)
			for text != "" {
				w, rest, found := strings.Cut(text, " ")
				text = rest
				if w != "" {
					start := len(out)
					out = d.appendWord(out, w, &r.st)
					out[start].space, out[start].brk = space, brk
					// A word that goes on in another style (**현대화**에) is
					// still one word.
					out[start].join = start > 0 && !space && !brk
					space, brk = false, false
				}
				if found {
					space = true
				}
			}
		}
	}
	return out
}

// mergeRuns joins neighbouring runs of the same style: the Markdown parser
// splits text at characters that might have been markup (an address at its
// underscores and ampersands).
func mergeRuns(runs []run) []run {
	merge := false
	for i := 1; i < len(runs); i++ {
		if runs[i].st == runs[i-1].st {
			merge = true
			break
		}
	}
	if !merge {
		return runs
	}
	out := make([]run, 0, len(runs))
	for _, r := range runs {
		if n := len(out); n > 0 && out[n-1].st == r.st {
			out[n-1].text += r.text
			continue
		}
		out = append(out, r)
	}
	return out
}

// appendWord appends the pieces of one word. An address in it is a link,
// without the punctuation around it, and may break after / ? & = and -.
func (d *doc) appendWord(out []piece, w string, st *style) []piece {
	lead, addr, trail := addressIn(w)
	if addr == "" {
		return d.appendFaces(out, w, st)
	}
	linked := st
	if st.link == "" && st.anchor == "" {
		l := linkStyle(*st, addr)
		linked = &l
	}
	first := len(out)
	if lead != "" {
		out = d.appendFaces(out, lead, st)
	}
	for si, seg := range addressParts(w[len(lead) : len(w)-len(trail)]) {
		start := len(out)
		out = d.appendFaces(out, seg, linked)
		// Joined to the bracket before it; a break may come after / ? & =
		// and - only.
		out[start].join = si == 0 && start > first
	}
	if trail != "" {
		start := len(out)
		out = d.appendFaces(out, trail, st)
		out[start].join = true
	}
	return out
}

// appendFaces appends text as pieces, one per run of characters drawn in
// the same font, all joined to the piece before but the first. The pieces
// share st.
func (d *doc) appendFaces(out []piece, text string, st *style) []piece {
	fi, v, en := familyIndex(st.family), st.variant(), d.b.Details.Language == "en"
	start, cur, width := 0, -2, 0
	var prev rune
	for i, r := range text {
		f := d.fonts.faceAt(fi, v, en || latinFirst(r) && !hangulPunct(r, prev, text, i), r)
		if f < 0 {
			f = d.fonts.faceAt(fi, v, en, replacement)
		}
		if f != cur && i > start {
			out = append(out, piece{text: text[start:i], st: st, face: cur, join: len(out) > 0 && start > 0, width: float64(width) * st.size / 1000})
			start, width = i, 0
		}
		cur, prev = f, r
		width += d.fonts.advance(f, r)
	}
	return append(out, piece{text: text[start:], st: st, face: cur, join: start > 0, width: float64(width) * st.size / 1000})
}

// hangulPunct reports whether r, at byte i of text after prev, is ASCII
// punctuation of Korean text, which a Korean handout draws in the Hangul
// face: the punctuation of Latin text goes with its neighbours, in the
// Latin face in "RDP-A", in the Hangul face after Hangul ("입니다."). The
// Hangul faces draw the backslash as a won sign (₩), as Korean code pages
// did; it is always the Latin face's.
func hangulPunct(r, prev rune, text string, i int) bool {
	if r >= 0x80 || isLatinAlnum(r) || r == '\\' {
		return false
	}
	near := prev
	if prev == 0 || !isLatinAlnum(prev) && !(prev >= 0x80 && prev < 0x250) {
		near, _ = utf8.DecodeRuneInString(text[i+1:])
	}
	return !isLatinAlnum(near) && !(near >= 0x80 && near < 0x250)
}

// isLatinAlnum reports whether r is an ASCII letter or digit.
func isLatinAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// faceWidth returns the width of text set in the font face at st's size.
func (d *doc) faceWidth(text string, st style, face int) float64 {
	total := 0
	for _, r := range text {
		total += d.fonts.advance(face, r)
	}
	return float64(total) * st.size / 1000
}

// measure returns the width of text in a style, each character in the font
// that draws it.
func (d *doc) measure(text string, st style) float64 {
	w := 0.0
	for _, p := range d.appendFaces(nil, text, &st) {
		w += p.width
	}
	return w
}

// gap returns the width of the space before p: a space of p's font, which
// draws it with p's text, or of the Latin face when p's font has none.
func (d *doc) gap(p *piece) float64 {
	return float64(d.fonts.advance(d.spaceFace(*p.st, p.face), ' ')) * p.st.size / 1000
}

// spaceFace returns face when it has a space, and otherwise the Latin face
// of st.
func (d *doc) spaceFace(st style, face int) int {
	if _, ok := d.fonts.glyph(d.fonts.faces[face], ' '); ok {
		return face
	}
	return d.fonts.chain[familyIndex(st.family)][st.variant()][latinRole]
}

// addressIn splits a word into the web address it holds and the
// punctuation before and after it (brackets and quotation marks around it,
// the sentence's full stop after it; a closing parenthesis only when the
// address has no opening one for it). addr is the address to link to, ""
// when the word holds none.
func addressIn(w string) (lead, addr, trail string) {
	if strings.IndexByte(w, '.') < 0 || !strings.Contains(w, "://") && !strings.Contains(w, "www.") && !strings.Contains(w, "WWW.") {
		return "", "", ""
	}
	body := strings.TrimLeft(w, "(<[「『\"'“‘")
	lead = w[:len(w)-len(body)]
	lower := strings.ToLower(body)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "www.") {
		return "", "", ""
	}
	// An address ends where a character that no address holds begins
	// (Hangul after it: "www.mnd.go.kr에서").
	if cut := strings.IndexFunc(body, func(r rune) bool {
		return r >= 0x80 || r <= ' ' || strings.ContainsRune("<>\"`{}|\\^", r)
	}); cut >= 0 {
		body = body[:cut]
	}
	for body != "" {
		r, size := utf8.DecodeLastRuneInString(body)
		if !strings.ContainsRune(".,;:!?)>]」』\"'”’", r) || r == ')' && strings.Count(body, "(") >= strings.Count(body, ")") {
			break
		}
		body = body[:len(body)-size]
	}
	trail = w[len(lead)+len(body):]
	addr = body
	if strings.HasPrefix(lower, "www.") {
		addr = "https://" + body
	}
	if body == "" || !briefing.SafeLink(addr) {
		return "", "", ""
	}
	return lead, addr, trail
}

// addressParts splits an address after the characters a long address may
// break at: / ? & = anywhere, and - in its path (never inside the host's
// name).
func addressParts(w string) []string {
	var parts []string
	start := 0
	host := strings.Index(w, "://") + 3 // where the host starts; 2 without a scheme
	path := strings.IndexByte(w[max(host, 0):], '/')
	if path >= 0 {
		path += max(host, 0)
	} else {
		path = len(w)
	}
	for i, r := range w {
		breakAfter := strings.ContainsRune("/?&=", r) || r == '-' && i > path
		if breakAfter && i+1 < len(w) && !strings.ContainsRune("/?&=-", rune(w[i+1])) {
			parts = append(parts, w[start:i+1])
			start = i + 1
		}
	}
	return append(parts, w[start:])
}
