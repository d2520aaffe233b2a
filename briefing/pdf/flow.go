package pdf

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"strconv"
)

// newPage starts a page and puts the pen at the top of the text area.
func (d *doc) newPage() {
	d.pdf.AddPage()
	// gofpdf restores the font and colours of the previous page after the
	// header, behind the back of the caches that skip repeated operators.
	d.curFont, d.curColor = fontState{}, colorState{}
	d.y = d.top
	d.bottom = d.pageH - marginBottom
}

// ensure starts a new page unless h more points fit on this one.
func (d *doc) ensure(h float64) {
	if d.y+h > d.bottom+1e-6 && d.y > d.top {
		d.newPage()
	}
}

// room returns how many lines of height lh fit below the pen.
func (d *doc) room(lh float64) int {
	return int((d.bottom-d.y)/lh + 1e-9)
}

// box describes how a paragraph is set: its place on the line, its line
// height and whether it is justified.
type box struct {
	x, width float64
	lead     float64 // line height as a share of the font size; 0 for leading
	justify  bool
}

func (bx box) lineHeight(size float64) float64 {
	if bx.lead > 0 {
		return size * bx.lead
	}
	return size * leading
}

// flow lays out runs in the box and draws them line by line, breaking pages
// as needed. size is the font size that sets the line height.
func (d *doc) flow(runs []run, bx box, size float64) {
	d.flowLines(d.lines(runs, bx), bx, size)
}

// minLines is the fewest lines of a paragraph left at the foot of a page or
// carried to the next: no widows, no orphans.
const minLines = 2

// split returns how many of n lines go on this page when room lines fit: all
// of them, none (the paragraph moves to the next page), or a number that
// leaves at least minLines on each side.
func split(n, room int, atTop bool) int {
	if n <= room {
		return n
	}
	k := min(room, n-minLines)
	if k >= minLines {
		return k
	}
	if atTop {
		return max(1, room) // a paragraph longer than a page
	}
	return 0
}

// flowLines draws lines already laid out, breaking pages between them with
// no widow or orphan. onBreak, when set, is called at the foot of a page
// the paragraph goes on from, and before the first line on the new page.
func (d *doc) flowLines(lines []lineOf, bx box, size float64) {
	d.flowSplit(lines, bx, size, nil)
}

// flowSplit is flowLines with a hook: part is called with the lines of each
// page's part before they are drawn, and whether more follow.
func (d *doc) flowSplit(lines []lineOf, bx box, size float64, part func(n int, more bool)) {
	lh := bx.lineHeight(size)
	for len(lines) > 0 {
		n := split(len(lines), d.room(lh), d.y <= d.top)
		if n == 0 {
			d.newPage()
			continue
		}
		if part != nil {
			part(n, n < len(lines))
		}
		for _, l := range lines[:n] {
			d.drawLine(l, bx.x, d.baseline(size, lh), bx.width)
			d.y += lh
		}
		lines = lines[n:]
		if len(lines) > 0 {
			d.newPage()
		}
	}
}

// lines lays runs out in lines of the box's width, or replays the lines the
// layout pass found for the same paragraph.
// Paragraphs are found by their text, styles and measure, in the order they
// were laid out, so that a paragraph only one pass draws (a page list that
// the first pass cannot know yet) does not upset the others.
func (d *doc) lines(runs []run, bx box) []lineOf {
	key := paragraphKey(runs, bx)
	if q := d.replay[key]; len(q) > 0 {
		d.replay[key] = q[1:]
		if d.out == nil {
			// Lines broken ahead (breakAhead): the drawing pass replays
			// them in turn.
			d.laidOut[key] = append(d.laidOut[key], q[0])
		}
		return q[0]
	}
	// The same paragraph in the same box breaks the same way: a source line
	// under every excerpt of an article is broken once.
	l, ok := d.memo[key]
	if !ok {
		l = d.breakLines(d.words(runs), bx.width, bx.justify)
		d.memo[key] = l
	}
	if d.out == nil {
		d.laidOut[key] = append(d.laidOut[key], l) // for the drawing pass
	}
	return l
}

// paragraphKey identifies a paragraph's layout, its runs and its measure,
// by a 64-bit hash: two paragraphs whose lines differ collide with a
// chance of one in 2⁶⁴ for each pair.
func paragraphKey(runs []run, bx box) uint64 {
	var h maphash.Hash
	h.SetSeed(keySeed)
	var b [8]byte
	num := func(v float64) {
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(v))
		h.Write(b[:])
	}
	num(bx.width)
	if bx.justify {
		h.WriteByte(1)
	}
	for _, r := range runs {
		st := r.st
		h.WriteByte(0)
		h.WriteString(st.family)
		num(st.size)
		num(st.rise)
		h.Write([]byte{boolByte(st.bold), boolByte(st.italic), boolByte(st.underline), byte(st.color[0]), byte(st.color[1]), byte(st.color[2]), 0})
		h.WriteString(st.link)
		h.WriteByte(0)
		h.WriteString(st.anchor)
		h.WriteByte(0)
		h.WriteString(r.text)
	}
	return h.Sum64()
}

// keySeed seeds paragraphKey, the same for both passes of every export.
var keySeed = maphash.MakeSeed()

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// baseline returns where text of the given size sits in a line of height lh
// at d.y.
func (d *doc) baseline(size, lh float64) float64 {
	return d.y + lh/2 + size*0.35
}

// space adds vertical space, without carrying it over to a new page.
func (d *doc) space(h float64) {
	d.y += h
	if d.y > d.bottom {
		d.newPage()
	}
}

// textRun returns a run in the given typeface, size, boldness and colour.
func textRun(s, family string, size float64, bold bool, color [3]int) run {
	return run{s, style{family: family, size: size, bold: bold, color: color}}
}

// anchor marks the start of a section: it records the page for the
// contents, points the links to key here and adds a bookmark at level.
func (d *doc) anchor(key, title string, level int) {
	d.anchors[key] = d.pdf.PageNo()
	d.pdf.SetLink(d.anchorLink(key), d.y, -1)
	if title != "" {
		d.pdf.Bookmark(d.fonts.sanitize(title, &d.report), level, d.y)
	}
}

// anchorLink returns the internal link that points at anchor key.
func (d *doc) anchorLink(key string) int {
	if id, ok := d.links[key]; ok {
		return id
	}
	id := d.pdf.AddLink()
	d.links[key] = id
	return id
}

// pageOf returns the page number of an anchor found in the previous pass.
func (d *doc) pageOf(key string) string {
	if n, ok := d.pages[key]; ok {
		return strconv.Itoa(n)
	}
	return "0"
}
