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
	var out []piece
	space := false
	for _, r := range runs {
		text := d.fonts.sanitize(r.text, &d.report)
		for i, w := range strings.Split(text, " ") {
			if i > 0 {
				space = true
			}
			if w == "" {
				continue
			}
			for j, part := range splitFallback(w) {
				st := r.st
				if needsFallback(rune(part[0])) {
					st.family = fallback
				}
				p := piece{text: part, st: st, space: space && j == 0}
				p.width = d.measure(p.text, p.st)
				out = append(out, p)
				space = false
			}
		}
	}
	return out
}

// splitFallback splits a word into parts that need the fallback font and
// parts that do not.
func splitFallback(w string) []string {
	if !strings.ContainsFunc(w, needsFallback) {
		return []string{w}
	}
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

// measure returns the width of text in a style, caching by style and text.
func (d *doc) measure(text string, st style) float64 {
	key := widthKey{text, st.family, st.bold, st.size}
	if w, ok := d.widths[key]; ok {
		return w
	}
	w := d.fonts.width(text, st)
	d.widths[key] = w
	return w
}

type widthKey struct {
	text   string
	family string
	bold   bool
	size   float64
}

// breakLines fills lines of at most width greedily, word by word. A word
// wider than a whole line is broken between characters.
func (d *doc) breakLines(pieces []piece, width float64) []lineOf {
	var lines []lineOf
	var cur lineOf
	for _, p := range pieces {
		gap := 0.0
		if p.space && len(cur.pieces) > 0 {
			gap = d.measure(" ", p.st)
		}
		if len(cur.pieces) > 0 && cur.width+gap+p.width > width {
			lines = append(lines, cur)
			cur, gap = lineOf{}, 0
		}
		if len(cur.pieces) == 0 && p.width > width {
			for _, part := range d.splitWide(p, width) {
				if len(cur.pieces) > 0 {
					lines = append(lines, cur)
				}
				cur = lineOf{pieces: []piece{part}, width: part.width}
			}
			continue
		}
		if len(cur.pieces) == 0 {
			p.space = false
		}
		cur.pieces = append(cur.pieces, p)
		cur.width += gap + p.width
	}
	if len(cur.pieces) > 0 {
		lines = append(lines, cur)
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
	key := st.family + st.fontStyle()
	if d.out != nil && st.family != fallback && !d.fontsIn[key] {
		d.out.AddUTF8FontFromBytes(st.family, st.fontStyle(), d.fonts.files[key])
		d.fontsIn[key] = true
	}
	// gofpdf writes the font operator on every call; skip repeats.
	cur := fontState{st.family, st.fontStyle(), st.size}
	if cur != d.curFont {
		d.pdf.SetFont(st.family, st.fontStyle(), st.size)
		d.curFont = cur
	}
}

// fontState is the font last selected on the page.
type fontState struct {
	family, style string
	size          float64
}
