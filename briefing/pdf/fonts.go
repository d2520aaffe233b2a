package pdf

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/briefdesk/briefdesk/assets"
	"github.com/briefdesk/briefdesk/briefing"
)

// The handout has two typefaces: sans for headings, labels and the analyst's
// words, serif for the excerpts (and the body of a report). Each is a chain
// of bundled fonts, because no one font draws all that Korean news prints:
// a Latin face (Noto Sans or Noto Serif: Latin, Greek, Cyrillic, accents,
// punctuation), a Hangul face (Nanum Gothic, which also has every Hanja of
// KS X 1001, or Nanum Myeongjo, which has none) and a Hanja face (the
// ideographs of Noto Serif KR). A character is drawn in the first font of the
// chain that has it (chainFor gives the order).
const (
	sans  = "sans"
	serif = "serif"
)

// replacement stands in, visibly, for a character no bundled font draws.
const replacement = '□'

// Roles of the fonts in a chain.
const (
	latinRole = iota
	hangulRole
	hanjaRole
	roles
)

// fontFiles lists the bundled fonts: [typeface][role][variant], where the
// variant is regular, bold or italic; a font that has no italic (Hangul,
// Hanja) draws italic text upright, and the emphasis is underlined instead.
var fontFiles = map[string][roles][3]string{
	sans: {
		latinRole:  {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"},
		hangulRole: {"NanumGothic.ttf", "NanumGothicBold.ttf", "NanumGothic.ttf"},
		hanjaRole:  {"NotoSerifKR-Hanja-Regular.ttf", "NotoSerifKR-Hanja-Bold.ttf", "NotoSerifKR-Hanja-Regular.ttf"},
	},
	serif: {
		latinRole:  {"NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf"},
		hangulRole: {"NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf", "NanumMyeongjo.ttf"},
		hanjaRole:  {"NotoSerifKR-Hanja-Regular.ttf", "NotoSerifKR-Hanja-Bold.ttf", "NotoSerifKR-Hanja-Regular.ttf"},
	},
}

// face is one bundled font file: its bytes, its parsed tables for
// measuring, and what the document has learned about its characters.
// Exports may run at the same time, so those tables are atomic.
type face struct {
	name string // the file name, also the font's family in gofpdf
	data []byte
	sf   *sfnt.Font
	upem float64
	// glyphs holds, per character of the Basic Multilingual Plane, zero when
	// not yet looked up, 1 when the font has no glyph, and otherwise the
	// advance width in thousandths of an em (rounded as gofpdf rounds it)
	// plus 2.
	glyphs [0x10000]atomic.Uint32
}

// fontSet is the bundled fonts, read and parsed once per process.
type fontSet struct {
	faces  []*face
	byName map[string]int
	// chain holds the indices of fontFiles' fonts: [typeface][variant][role],
	// the typeface 0 for sans and 1 for serif.
	chain [2][3][roles]int
	// faceOf caches faceFor: [typeface][variant][Latin first][character],
	// the font's index plus 2, or 1 for none, or 0 when not yet looked up.
	// The pages of the arrays that no character touches are never mapped.
	faceOf [2][3][2][0x10000]atomic.Int32
	mu     sync.Mutex // guards buf, which sfnt needs for every lookup
	buf    sfnt.Buffer
	cover  [0x10000]atomic.Uint32 // coverUnknown, coverYes or coverNo
}

const (
	coverUnknown = iota
	coverYes
	coverNo
)

var (
	fontsOnce sync.Once
	fonts     *fontSet
	fontsErr  error
)

func loadFonts() (*fontSet, error) {
	fontsOnce.Do(func() {
		fs := &fontSet{byName: map[string]int{}}
		for _, family := range []string{sans, serif} {
			for _, role := range fontFiles[family] {
				for _, name := range role {
					if _, ok := fs.byName[name]; ok {
						continue
					}
					data, ok := assets.Font(name)
					if !ok {
						fontsErr = fmt.Errorf("bundled font %s is missing", name)
						return
					}
					sf, err := sfnt.Parse(data)
					if err != nil {
						fontsErr = fmt.Errorf("bundled font %s: %w", name, err)
						return
					}
					fs.byName[name] = len(fs.faces)
					fs.faces = append(fs.faces, &face{name: name, data: data, sf: sf, upem: float64(sf.UnitsPerEm())})
				}
			}
		}
		for fi, family := range []string{sans, serif} {
			for role, files := range fontFiles[family] {
				for v, name := range files {
					fs.chain[fi][v][role] = fs.byName[name]
				}
			}
		}
		fonts = fs
	})
	return fonts, fontsErr
}

var (
	warmOnce sync.Once
	warm     sync.WaitGroup
)

// warmUp has gofpdf parse the fonts nearly every handout uses (the Hangul
// and Latin faces) on other goroutines, once per process, while the first
// export lays its document out; the drawing pass waits for them (waitWarm)
// and finds them parsed (gofpdf, as Briefdesk carries it, keeps a parsed
// font for the process). The Hanja and italic faces are parsed when a
// handout first needs them.
func (f *fontSet) warmUp() {
	warmOnce.Do(func() {
		for _, name := range []string{"NanumGothic.ttf", "NanumGothicBold.ttf", "NanumMyeongjo.ttf", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerif-Regular.ttf"} {
			warm.Add(1)
			go func() {
				defer warm.Done()
				p := gofpdf.New("P", "pt", "A4", "")
				p.AddUTF8FontFromBytes(name, "", f.faces[f.byName[name]].data)
			}()
		}
	})
}

// waitWarm waits until warmUp's parsing is done.
func waitWarm() { warm.Wait() }

// glyph returns the advance of r in fc in thousandths of an em, and whether
// fc has a glyph for r at all.
func (f *fontSet) glyph(fc *face, r rune) (int, bool) {
	if r < 0 || r > 0xFFFF {
		return 0, false
	}
	if g := fc.glyphs[r].Load(); g != 0 {
		return int(g) - 2, g != 1
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	g := uint32(1)
	if gi, err := fc.sf.GlyphIndex(&f.buf, r); err == nil && gi != 0 {
		w := 500
		if adv, err := fc.sf.GlyphAdvance(&f.buf, gi, fixed.Int26_6(fc.upem*64), font.HintingNone); err == nil {
			w = int(math.Round(float64(adv) / 64 * 1000 / fc.upem))
		}
		g = uint32(w + 2)
	}
	fc.glyphs[r].Store(g)
	return int(g) - 2, g != 1
}

// latinFirst reports whether r is drawn in the Latin face before the Hangul
// one in a Korean handout: Latin letters, digits and the punctuation of
// Latin text, so that a word like "Curaçao" or "RDP-A" is all one face. The
// middle dot of Korean lists (한미·일) stays with the Hangul face.
func latinFirst(r rune) bool {
	return r < 0x250 && r != '·' || r >= 0x1E00 && r <= 0x1EFF
}

// variant returns the index in fontFiles of the variant st asks for.
func (st style) variant() int {
	switch {
	case st.bold:
		return 1
	case st.italic:
		return 2
	}
	return 0
}

// faceFor returns the index of the font that draws r in st, in a handout of
// the given language ("ko-hangul" puts the Hangul face first for every
// character), or -1 when no bundled font has it.
func (f *fontSet) faceFor(r rune, st style, lang string) int {
	return f.faceAt(familyIndex(st.family), st.variant(), lang == "en" || lang != "ko-hangul" && latinFirst(r), r)
}

// faceAt is faceFor for typeface fi (0 sans, 1 serif), variant v, and the
// Latin face first or not.
func (f *fontSet) faceAt(fi, v int, latin bool, r rune) int {
	if r < 0 || r > 0xFFFF {
		return -1
	}
	mode := 0
	if latin {
		mode = 1
	}
	cache := &f.faceOf[fi][v][mode][r]
	if c := cache.Load(); c != 0 {
		return int(c) - 2
	}
	i := f.lookupFace(r, fi, v, latin)
	cache.Store(int32(i + 2))
	return i
}

// lookupFace is faceFor without the cache.
func (f *fontSet) lookupFace(r rune, fi, v int, latin bool) int {
	chain := &f.chain[fi][v]
	order := [roles]int{hangulRole, latinRole, hanjaRole}
	if latin {
		order = [roles]int{latinRole, hangulRole, hanjaRole}
	}
	for _, role := range order {
		i := chain[role]
		if _, ok := f.glyph(f.faces[i], r); ok {
			return i
		}
	}
	return -1
}

// familyIndex returns the index of a typeface in fontSet.chain.
func familyIndex(family string) int {
	if family == serif {
		return 1
	}
	return 0
}

// advance returns the width of r in the font i, in thousandths of an em.
func (f *fontSet) advance(i int, r rune) int {
	w, ok := f.glyph(f.faces[i], r)
	if !ok {
		return 500 // sanitize replaces what no font has before text is measured
	}
	return w
}

// sanitize makes text drawable: characters outside the Basic Multilingual
// Plane (emoji, rare Hanja) and characters no bundled font has are replaced
// by a visible box and recorded in rep; control characters become spaces,
// and the characters that reorder text (briefing.IsBidiControl) are left
// out. Every character of the result is in some font of both typefaces.
func (f *fontSet) sanitize(s string, rep *Report) string {
	clean := utf8.ValidString(s)
	for _, r := range s {
		if !clean || r < 0x20 || r > 0xFFFF || r >= 0x7f && (unicode.IsControl(r) || briefing.IsBidiControl(r) || !f.covers(r)) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") || unicode.IsControl(r):
			b.WriteByte(' ')
		case briefing.IsBidiControl(r):
			continue
		case r < 0x7f:
			b.WriteRune(r)
		case r > 0xFFFF || !f.covers(r):
			rep.replaced(r)
			b.WriteRune(replacement)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// covers reports whether both typefaces, in every variant, can draw r.
func (f *fontSet) covers(r rune) bool {
	switch f.cover[r].Load() {
	case coverYes:
		return true
	case coverNo:
		return false
	}
	ok := f.coveredByAll(r)
	if ok {
		f.cover[r].Store(coverYes)
	} else {
		f.cover[r].Store(coverNo)
	}
	return ok
}

func (f *fontSet) coveredByAll(r rune) bool {
	for _, family := range []string{sans, serif} {
		for v := range 3 {
			if f.faceFor(r, style{family: family, bold: v == 1, italic: v == 2}, "en") < 0 {
				return false
			}
		}
	}
	return true
}
