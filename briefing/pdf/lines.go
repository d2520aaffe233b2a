package pdf

import (
	"strings"
)

// breakLines fills lines of at most width greedily, word by word (a word
// being a piece and the pieces joined to it). A word wider than a whole
// line is broken between characters. When justify is set, every line but a
// paragraph's last and those the writer ended is marked to be justified.
// The lines share pieces' memory.
func (d *doc) breakLines(pieces []piece, width float64, justify bool) []lineOf {
	var lines []lineOf
	start, cur := 0, 0.0 // the line being filled is pieces[start:i]
	for i := 0; i < len(pieces); {
		j := i + 1 // the word is pieces[i:j]
		ww := pieces[i].width
		for ; j < len(pieces) && pieces[j].join; j++ {
			ww += pieces[j].width
		}
		p := &pieces[i]
		gap := 0.0
		if p.space && i > start {
			gap = d.gap(p)
		}
		if i > start && (p.brk || cur+gap+ww > width) {
			lines = append(lines, lineOf{pieces: pieces[start:i:i], width: cur, justify: justify && !p.brk})
			start, cur, gap = i, 0, 0
		}
		if i == start && ww > width {
			// Break the word between characters, keeping the last part to
			// go on with.
			parts := d.splitWide(pieces[i:j], width)
			for _, part := range parts[:len(parts)-1] {
				lines = append(lines, lineOf{pieces: part, width: widthOf(part)})
			}
			last := parts[len(parts)-1]
			pieces = append(append(pieces[:i:i], last...), pieces[j:]...)
			start, j = i, i+len(last)
			ww = widthOf(last)
		}
		if i == start {
			pieces[i].space = false
		}
		cur += gap + ww
		i = j
	}
	if start < len(pieces) {
		lines = append(lines, lineOf{pieces: pieces[start:len(pieces):len(pieces)], width: cur})
	}
	return lines
}

func widthOf(ps []piece) float64 {
	w := 0.0
	for _, p := range ps {
		w += p.width
	}
	return w
}

// splitWide breaks an over-long word into line-sized parts, between
// characters.
func (d *doc) splitWide(word []piece, width float64) [][]piece {
	var lines [][]piece
	var line []piece
	w := 0.0
	for _, p := range word {
		var b strings.Builder
		pw := 0.0
		for _, r := range p.text {
			rw := d.faceWidth(string(r), *p.st, p.face)
			if w+pw+rw > width && (b.Len() > 0 || len(line) > 0) {
				if b.Len() > 0 {
					line = append(line, piece{text: b.String(), st: p.st, face: p.face, width: pw, join: len(line) > 0})
				}
				lines = append(lines, line)
				line, w, pw = nil, 0, 0
				b.Reset()
			}
			b.WriteRune(r)
			pw += rw
		}
		if b.Len() > 0 {
			line = append(line, piece{text: b.String(), st: p.st, face: p.face, width: pw, join: len(line) > 0})
			w += pw
		}
	}
	return append(lines, line)
}

// maxStretch is how much wider than a space a gap of a justified line may
// grow, in ems; a line that would need more is set ragged instead, so that
// a line with a long Latin word is never spread out.
const maxStretch = 0.6

// drawLine draws a line with its baseline at y, starting at x, in a column
// width wide. Pieces of the same style and font are drawn as one string
// with their spaces, so that text extraction gives the words back with
// single spaces between them; a justified line draws its words apart.
func (d *doc) drawLine(l lineOf, x, y, width float64) {
	if d.out == nil {
		return // the layout pass only needs to know where lines go
	}
	extra := 0.0
	if l.justify {
		gaps := 0
		for i, p := range l.pieces {
			if p.space && i > 0 {
				gaps++
			}
		}
		if gaps > 0 {
			extra = (width - l.width) / float64(gaps)
			if extra < 0 || extra > maxStretch*l.pieces[0].st.size {
				extra = 0
			}
		}
	}
	for i := 0; i < len(l.pieces); {
		stp, fc := l.pieces[i].st, l.pieces[i].face
		if l.pieces[i].space && i > 0 {
			x += d.gap(&l.pieces[i]) + extra
		}
		// The run of pieces in this style and font: its words, and the
		// gaps between them when they are not a space's. A word of one
		// piece is its text; only a word of several, or a run drawn as one
		// string, is put together (in a buffer the lines share).
		spaced := extra > 0 || d.spaceFace(*stp, fc) != fc
		words, gaps := d.wordBuf[:0], d.gapBuf[:0]
		b := d.textBuf[:0]
		start := -1 // the piece the word being put together starts at
		w := 0.0
		j := i
		for ; j < len(l.pieces) && (l.pieces[j].st == stp || *l.pieces[j].st == *stp) && l.pieces[j].face == fc; j++ {
			p := &l.pieces[j]
			if p.space && j > i {
				g := d.gap(p)
				if spaced {
					words = append(words, d.word(l.pieces, start, j, &b))
					gaps = append(gaps, g+extra)
					start = -1
					g += extra
				} else {
					b = append(b, ' ')
				}
				w += g
			}
			if spaced && start < 0 {
				start = j
			} else if !spaced {
				b = append(b, p.text...)
			}
			w += p.width
		}
		if spaced {
			words = append(words, d.word(l.pieces, start, j, &b))
		}
		if len(words) > 1 {
			d.drawSpaced(words, gaps, *stp, fc, x, y, w)
		} else if len(words) == 1 {
			d.drawRun(words[0], *stp, fc, x, y, w)
		} else {
			d.drawRun(string(b), *stp, fc, x, y, w)
		}
		d.wordBuf, d.gapBuf, d.textBuf = words[:0], gaps[:0], b[:0]
		x += w
		i = j
	}
}

// word returns the text of pieces[start:end], one word: a piece's own text,
// or the pieces put together in buf.
func (d *doc) word(pieces []piece, start, end int, buf *[]byte) string {
	if end-start == 1 {
		return pieces[start].text
	}
	b := (*buf)[:0]
	for _, p := range pieces[start:end] {
		b = append(b, p.text...)
	}
	*buf = b
	return string(b)
}

// drawSpaced draws the words of a run in one font with the gaps given
// between them, and the run's decorations and link.
func (d *doc) drawSpaced(words []string, gaps []float64, st style, fc int, x, y, w float64) {
	d.setFont(st, fc)
	d.setTextColor(st.color)
	d.pdf.TextSpaced(x, y-st.rise, words, gaps)
	d.decorate(st, fc, x, y-st.rise, w)
}

// drawRun draws text in one font with its decorations and link.
func (d *doc) drawRun(text string, st style, fc int, x, y, w float64) {
	d.setFont(st, fc)
	d.setTextColor(st.color)
	y -= st.rise
	d.pdf.Text(x, y, text)
	d.decorate(st, fc, x, y, w)
}

// decorate underlines a run of text (a link, an underline, emphasis in a
// font without italics) and makes it a link.
func (d *doc) decorate(st style, fc int, x, y, w float64) {
	if st.link != "" || st.underline || st.italic && !strings.HasPrefix(d.fonts.faces[fc].name, "Noto") {
		d.pdf.SetDrawColor(st.color[0], st.color[1], st.color[2])
		d.pdf.SetLineWidth(0.4)
		d.pdf.Line(x, y+1.5, x+w, y+1.5)
	}
	switch {
	case st.link != "":
		d.pdf.LinkString(x, y-st.size, w, st.size*1.3, st.link)
	case st.anchor != "":
		d.pdf.Link(x, y-st.size, w, st.size*1.3, d.anchorLink(st.anchor))
	}
}

// text draws a string at (x, y) in st, each character in the font that
// draws it; it returns the width drawn.
func (d *doc) text(x, y float64, s string, st style) float64 {
	s = d.fonts.sanitize(s, &d.report)
	ps := d.appendFaces(nil, s, &st)
	w := 0.0
	for _, p := range ps {
		if d.out != nil {
			d.drawRun(p.text, *p.st, p.face, x+w, y, p.width)
		}
		w += p.width
	}
	return w
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

// setFont selects a font, registering the bundled font with the document
// the first time it is used, so that unused fonts cost nothing.
func (d *doc) setFont(st style, fc int) {
	// gofpdf writes the font operator on every call; skip repeats.
	cur := fontState{fc, st.size}
	if cur == d.curFont {
		return
	}
	name := d.fonts.faces[fc].name
	family := strings.TrimSuffix(name, ".ttf")
	if d.out != nil && !d.fontsIn[fc] {
		d.out.AddUTF8FontFromBytes(family, "", d.fonts.faces[fc].data)
		d.fontsIn[fc] = true
	}
	d.pdf.SetFont(family, "", st.size)
	d.curFont = cur
}

// fontState is the font last selected on the page.
type fontState struct {
	face int
	size float64
}
