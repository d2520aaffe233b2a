package gofpdf

// Briefdesk: added. A TrueType font is parsed once per process, not once per
// document: parsing a 4 MB CJK font and preparing its subsetting tables took
// longer than laying out and drawing a 150-page document. Every document
// gets its own utf8FontFile, with its own reader and subset state; the
// parsed tables it shares are only read after they are built.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"sync"
)

// parsedFont is one font's parse, shared by every document that uses it.
type parsedFont struct {
	data []byte
	font utf8FontFile // as parseFile left it; copied, never used directly

	idsMu  sync.Mutex
	ids    map[string]string // font key → generateFontID's result
	widths []byte            // font.CharWidths in JSON, for the ids

	prepOnce sync.Once
	prep     *cutPrep
}

// cutPrep is what GenerateCutFont reads from the whole font before it
// collects the glyphs a document used.
type cutPrep struct {
	tables         map[string]*tableDescription
	locaFormat     int
	metricsCount   int
	numSymbols     int
	cmap           *runeGlyphs
	symbolPosition glyphLocations
	noUnicodeCmap  bool
}

// maxParsedFonts bounds the cache; a process that loads more distinct fonts
// than this parses the extra ones again.
const maxParsedFonts = 32

var parsedFonts = struct {
	sync.Mutex
	seed maphash.Seed
	m    map[uint64]*parsedFont
}{seed: maphash.MakeSeed(), m: map[uint64]*parsedFont{}}

// loadUTF8Font returns a utf8FontFile for data, parsing data only the first
// time the process sees these bytes.
func loadUTF8Font(data []byte) (*utf8FontFile, error) {
	key := fontBytesKey(data)
	parsedFonts.Lock()
	p := parsedFonts.m[key]
	parsedFonts.Unlock()
	if p == nil || !sameBytes(p.data, data) {
		p = &parsedFont{data: data, ids: map[string]string{}}
		p.font.fileReader = &fileReader{array: data}
		if err := parse(&p.font); err != nil {
			return nil, err
		}
		parsedFonts.Lock()
		if len(parsedFonts.m) >= maxParsedFonts {
			for k := range parsedFonts.m {
				delete(parsedFonts.m, k)
				break
			}
		}
		parsedFonts.m[key] = p
		parsedFonts.Unlock()
	}
	utf := p.font
	utf.fileReader = &fileReader{array: data}
	utf.shared = p
	return &utf, nil
}

// fontBytesKey returns the cache's key for a font's bytes: a hash of their
// length and of their first and last 4 KB, where the table directory (with
// every table's checksum) and the last table are. Fonts that differ only
// in between share a key and are told apart by sameBytes.
//
// Briefdesk: the whole font was hashed, 4 MB for each Nanum font, every
// time a document added it. The bytes of a font may not change once given:
// the same slice is taken for the same bytes without reading them.
func fontBytesKey(data []byte) uint64 {
	const edge = 4 << 10
	var h maphash.Hash
	h.SetSeed(parsedFonts.seed)
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(data)))
	h.Write(n[:])
	if len(data) <= 2*edge {
		h.Write(data)
	} else {
		h.Write(data[:edge])
		h.Write(data[len(data)-edge:])
	}
	return h.Sum64()
}

// parse parses a font; the parser reads past the end of a truncated or
// damaged font, which is an error here rather than a panic.
func parse(utf *utf8FontFile) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("damaged TrueType font: %v", r)
		}
	}()
	return utf.parseFile()
}

// sameBytes reports whether a and b hold the same bytes, without reading
// them when they are the same memory.
func sameBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 || &a[0] == &b[0] {
		return true
	}
	return bytes.Equal(a, b)
}

// utf8FontID returns generateFontID(def) for a font loaded by loadUTF8Font,
// computing it once per font and key, with the font's 65,536 widths written
// in JSON once per font.
func utf8FontID(utf *utf8FontFile, def fontDefType) string {
	p := utf.shared
	if p == nil || len(def.Cw) == 0 || &def.Cw[0] != &p.font.CharWidths[0] {
		id, _ := generateFontID(def)
		return id
	}
	p.idsMu.Lock()
	defer p.idsMu.Unlock()
	id, ok := p.ids[def.Name]
	if !ok {
		if p.widths == nil {
			p.widths = appendJSONInts(make([]byte, 0, 3*len(def.Cw)+2), def.Cw)
		}
		id, _ = fontID(def, p.widths)
		p.ids[def.Name] = id
	}
	return id
}

// cutPrep returns the whole-font tables GenerateCutFont needs, built once
// per parsed font.
func (utf *utf8FontFile) cutPrep() *cutPrep {
	if utf.shared == nil {
		return utf.prepareCut()
	}
	p := utf.shared
	p.prepOnce.Do(func() {
		own := p.font
		own.fileReader = &fileReader{array: p.data}
		p.prep = own.prepareCut()
	})
	return p.prep
}

// prepareCut reads the font's table directory and glyph locations, as
// GenerateCutFont did at its start on every call, and takes the parse's
// Unicode map.
func (utf *utf8FontFile) prepareCut() *cutPrep {
	utf.fileReader.readerPosition = 0
	utf.skip(4)
	utf.generateTableDescriptions()
	prep := &cutPrep{tables: utf.tableDescriptions}

	utf.SeekTable("head")
	utf.skip(50)
	prep.locaFormat = utf.readUint16()

	utf.SeekTable("hhea")
	utf.skip(34)
	prep.metricsCount = utf.readUint16()

	utf.SeekTable("maxp")
	utf.skip(4)
	prep.numSymbols = utf.readUint16()

	// The parse read the cmap; a font that was not parsed (UTF8CutFont)
	// reads it here.
	if utf.runeGlyphs == nil {
		if utf.cmapPosition = utf.parseCMAPTable(0); utf.cmapPosition != 0 {
			utf.runeGlyphs = utf.readCmap(utf.cmapPosition, nil)
		}
	}
	if utf.cmapPosition == 0 {
		prep.noUnicodeCmap = true
		return prep
	}
	prep.cmap = utf.runeGlyphs
	utf.parseLOCATable(prep.locaFormat, prep.numSymbols)
	prep.symbolPosition = utf.symbolPosition
	return prep
}

// runeSet is a set of runes of the Basic Multilingual Plane.
type runeSet [0x10000 / 64]uint64

// add adds r and reports whether it was new; runes beyond the plane are
// always new.
func (s *runeSet) add(r rune) bool {
	if r < 0 || r > 0xFFFF {
		return true
	}
	bit := uint64(1) << (uint(r) % 64)
	if s[r/64]&bit != 0 {
		return false
	}
	s[r/64] |= bit
	return true
}

// recordRunes adds the runes of s to the current font's subset.
func (f *Fpdf) recordRunes(s string) {
	font := &f.currentFont
	for _, r := range s {
		if font.seen == nil || font.seen.add(r) {
			font.usedRunes[int(r)] = int(r)
		}
	}
}

// textUTF8 is Text for a UTF-8 font on a page, without underline,
// strike-out or right-to-left text: the same operators, written straight
// into the page with the text converted and escaped in one pass.
func (f *Fpdf) textUTF8(x, y float64, s string) {
	f.recordRunes(s)
	b := f.scratch[:0]
	if f.colorFlag {
		b = append(b, "q "...)
		b = append(b, f.color.text.str...)
		b = append(b, ' ')
	}
	b = append(b, "BT "...)
	b = appendNum(b, x*f.k, 2)
	b = append(b, ' ')
	b = appendNum(b, (f.h-y)*f.k, 2)
	b = append(b, " Td ("...)
	b = appendUTF16Escaped(b, s)
	b = append(b, ") Tj ET"...)
	if f.colorFlag {
		b = append(b, " Q"...)
	}
	b = append(b, '\n')
	f.pages[f.page].Write(b)
	f.scratch = b
}

// appendUTF16Escaped appends s as utf8toutf16(s, false) followed by escape
// would give it.
func appendUTF16Escaped(b []byte, s string) []byte {
	put := func(c byte) {
		switch c {
		case '\\', '(', ')':
			b = append(b, '\\', c)
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, c)
		}
	}
	for i := 0; i < len(s); {
		c1 := s[i]
		i++
		switch {
		case c1 >= 224:
			c2, c3 := s[i], s[i+1]
			i += 2
			put(((c1 & 0x0F) << 4) + ((c2 & 0x3C) >> 2))
			put(((c2 & 0x03) << 6) + (c3 & 0x3F))
		case c1 >= 192:
			c2 := s[i]
			i++
			put((c1 & 0x1C) >> 2)
			put(((c1 & 0x03) << 6) + (c2 & 0x3F))
		default:
			put(0)
			put(c1)
		}
	}
	return b
}

// TextSpaced draws the words of a line starting at (x, y), each words[i]
// after words[i-1] and gaps[i-1] more space (in user units), in one TJ
// operator: a justified line costs one text object instead of one per
// word. It draws nothing unless the current font is a UTF-8 font and no
// underline, strikeout or right-to-left mode is set; use Text otherwise.
// gaps must have one element less than words.
//
// Briefdesk: added.
func (f *Fpdf) TextSpaced(x, y float64, words []string, gaps []float64) {
	if !f.isCurrentUTF8 || f.isRTL || f.underline || f.strikeout || f.state != 2 || len(words) == 0 || len(gaps) != len(words)-1 || f.fontSizePt == 0 {
		return
	}
	b := f.scratch[:0]
	if f.colorFlag {
		b = append(b, "q "...)
		b = append(b, f.color.text.str...)
		b = append(b, ' ')
	}
	b = append(b, "BT "...)
	b = appendNum(b, x*f.k, 2)
	b = append(b, ' ')
	b = appendNum(b, (f.h-y)*f.k, 2)
	b = append(b, " Td ["...)
	for i, w := range words {
		f.recordRunes(w)
		if i > 0 {
			// A TJ number moves the next glyph left by thousandths of the
			// font size.
			b = append(b, ' ')
			b = appendNum(b, -gaps[i-1]*f.k*1000/f.fontSizePt, 1)
			b = append(b, ' ')
		}
		b = append(b, '(')
		b = appendUTF16Escaped(b, w)
		b = append(b, ')')
	}
	b = append(b, "] TJ ET"...)
	if f.colorFlag {
		b = append(b, " Q"...)
	}
	b = append(b, '\n')
	f.pages[f.page].Write(b)
	f.scratch = b
}
