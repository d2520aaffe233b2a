package pdf

import (
	"strings"
)

// style is how a run of text is drawn.
type style struct {
	family string
	bold   bool
	size   float64
	color  [3]int
	link   string // external address, underlined
}

func (s style) fontStyle() string {
	if s.bold && s.family != fallback {
		return "B"
	}
	return ""
}

// run is text in one style.
type run struct {
	text string
	st   style
}

// piece is a word, or part of one, that is drawn in one style. A line holds
// pieces; space marks a piece that a space separates from the one before.
type piece struct {
	text  string
	st    style
	width float64
	space bool
	brk   bool // starts a new line: the writer broke the line here
}

// lineOf is one laid-out line.
type lineOf struct {
	pieces []piece
	width  float64
}

// words splits runs into pieces at spaces. Korean is written with spaces
// between words (어절), so breaking only at spaces keeps every word whole.
// A piece that contains a character the Nanum fonts draw wrongly is split so
// that character is drawn with the fallback font.
func (d *doc) words(runs []run) []piece {
	n := 0
	for _, r := range runs {
		n += strings.Count(r.text, " ") + 1
	}
	out := make([]piece, 0, n)
	space, brk := false, false
	for _, r := range runs {
		for li, line := range strings.Split(r.text, "\n") {
			if li > 0 {
				brk, space = true, false // a line break the writer made
			}
			text := d.fonts.sanitize(line, &d.report)
			for text != "" {
				w, rest, found := strings.Cut(text, " ")
				text = rest
				if w != "" {
					start := len(out)
					out = d.appendWord(out, w, r.st, space)
					out[start].brk = brk
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

// appendWord appends the pieces of one word: the word itself, or its parts
// when some of its characters need the fallback font.
func (d *doc) appendWord(out []piece, w string, st style, space bool) []piece {
	if !strings.ContainsFunc(w, needsFallback) {
		return append(out, piece{text: w, st: st, space: space, width: d.measure(w, st)})
	}
	for j, part := range splitFallback(w) {
		pst := st
		if needsFallback(rune(part[0])) {
			pst.family = fallback
		}
		out = append(out, piece{text: part, st: pst, space: space && j == 0, width: d.measure(part, pst)})
	}
	return out
}

// splitFallback splits a word into parts that need the fallback font and
// parts that do not.
func splitFallback(w string) []string {
	var parts []string
	start := 0
	for i, r := range w {
		if needsFallback(r) {
			if i > start {
				parts = append(parts, w[start:i])
			}
			parts = append(parts, w[i:i+1])
			start = i + 1
		}
	}
	if start < len(w) {
		parts = append(parts, w[start:])
	}
	return parts
}

// measure returns the width of text in a style.
func (d *doc) measure(text string, st style) float64 {
	return d.fonts.width(text, st)
}

// breakLines fills lines of at most width greedily, word by word. A word
// wider than a whole line is broken between characters. The lines share
// pieces' memory.
func (d *doc) breakLines(pieces []piece, width float64) []lineOf {
	var lines []lineOf
	start, cur := 0, 0.0 // the line being filled is pieces[start:i]
	for i := range pieces {
		p := &pieces[i]
		gap := 0.0
		if p.space && i > start {
			gap = d.measure(" ", p.st)
		}
		if i > start && (p.brk || cur+gap+p.width > width) {
			lines = append(lines, lineOf{pieces: pieces[start:i:i], width: cur})
			start, cur, gap = i, 0, 0
		}
		if i == start && p.width > width {
			parts := d.splitWide(*p, width)
			for _, part := range parts[:len(parts)-1] {
				lines = append(lines, lineOf{pieces: []piece{part}, width: part.width})
			}
			*p = parts[len(parts)-1]
		}
		if i == start {
			p.space = false
		}
		cur += gap + p.width
	}
	if start < len(pieces) {
		lines = append(lines, lineOf{pieces: pieces[start:len(pieces):len(pieces)], width: cur})
	}
	return lines
}

// splitWide breaks an over-long word (an address, say) into line-sized parts.
func (d *doc) splitWide(p piece, width float64) []piece {
	var parts []piece
	var b strings.Builder
	w := 0.0
	for _, r := range p.text {
		rw := d.measure(string(r), p.st)
		if w+rw > width && b.Len() > 0 {
			parts = append(parts, piece{text: b.String(), st: p.st, width: w})
			b.Reset()
			w = 0
		}
		b.WriteRune(r)
		w += rw
	}
	parts = append(parts, piece{text: b.String(), st: p.st, width: w})
	return parts
}

// drawLine draws a line with its baseline at y, starting at x. Pieces of the
// same style are drawn as one string with their spaces, so that text
// extraction gives the words back with single spaces between them.
func (d *doc) drawLine(l lineOf, x, y float64) {
	if d.out == nil {
		return // the layout pass only needs to know where lines go
	}
	for i := 0; i < len(l.pieces); {
		st := l.pieces[i].st
		var b strings.Builder
		w := 0.0
		j := i
		for ; j < len(l.pieces) && l.pieces[j].st == st; j++ {
			if l.pieces[j].space && j > i {
				b.WriteByte(' ')
				w += d.measure(" ", st)
			}
			b.WriteString(l.pieces[j].text)
			w += l.pieces[j].width
		}
		if l.pieces[i].space && i > 0 {
			x += d.measure(" ", st)
		}
		d.setFont(st)
		d.setTextColor(st.color)
		d.pdf.Text(x, y, b.String())
		if st.link != "" {
			d.pdf.SetDrawColor(st.color[0], st.color[1], st.color[2])
			d.pdf.SetLineWidth(0.4)
			d.pdf.Line(x, y+1.5, x+w, y+1.5)
			d.pdf.LinkString(x, y-st.size, w, st.size*1.3, st.link)
		}
		x += w
		i = j
	}
}

// setTextColor sets the text colour unless it is already set; gofpdf writes
// the operator on every call.
func (d *doc) setTextColor(c [3]int) {
	cur := colorState{c, true}
	if cur != d.curColor {
		d.pdf.SetTextColor(c[0], c[1], c[2])
		d.curColor = cur
	}
}

// colorState is the text colour last set on the page.
type colorState struct {
	rgb [3]int
	set bool
}

// setFont selects a font, registering a bundled font with the document the
// first time it is used, so that unused fonts cost nothing.
func (d *doc) setFont(st style) {
	// gofpdf writes the font operator on every call; skip repeats.
	cur := fontState{st.family, st.bold && st.family != fallback, st.size}
	if cur == d.curFont {
		return
	}
	key := st.family + st.fontStyle()
	if d.out != nil && st.family != fallback && !d.fontsIn[key] {
		d.out.AddUTF8FontFromBytes(st.family, st.fontStyle(), d.fonts.files[key])
		d.fontsIn[key] = true
	}
	d.pdf.SetFont(st.family, st.fontStyle(), st.size)
	d.curFont = cur
}

// fontState is the font last selected on the page.
type fontState struct {
	family string
	bold   bool
	size   float64
}
