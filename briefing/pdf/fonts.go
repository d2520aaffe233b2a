package pdf

import (
	"fmt"
	"io/fs"
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/briefdesk/briefdesk/assets"
)

// Font families registered in every document.
const (
	sans  = "NanumGothic"   // headings, labels, commentary
	serif = "NanumMyeongjo" // excerpts, set apart from the analyst's words
	// fallback draws the few ASCII characters the Nanum fonts draw wrongly
	// (the backslash comes out as a won sign).
	fallback = "Helvetica"
)

// replacement stands in, visibly, for a character the fonts cannot draw.
const replacement = '□'

// fontSet is the bundled fonts, read and parsed once per process.
type fontSet struct {
	files   map[string][]byte       // family+style → TrueType bytes
	faces   []*sfnt.Font            // regular faces, for coverage checks
	metrics map[string]*fontMetrics // family+style → advance widths
	mu      sync.Mutex
	cover   map[rune]bool
}

// fontMetrics holds advance widths in thousandths of an em, rounded the way
// gofpdf rounds them, filled in as characters are first measured.
type fontMetrics struct {
	face   *sfnt.Font
	upem   float64
	widths map[rune]float64
	buf    sfnt.Buffer
}

var (
	fontsOnce sync.Once
	fonts     *fontSet
	fontsErr  error
)

var fontFiles = []struct{ family, style, file string }{
	{sans, "", "NanumGothic.ttf"},
	{sans, "B", "NanumGothicBold.ttf"},
	{serif, "", "NanumMyeongjo.ttf"},
	{serif, "B", "NanumMyeongjoBold.ttf"},
}

func loadFonts() (*fontSet, error) {
	fontsOnce.Do(func() {
		fs1 := &fontSet{files: map[string][]byte{}, cover: map[rune]bool{}, metrics: map[string]*fontMetrics{}}
		for _, f := range fontFiles {
			data, err := fs.ReadFile(assets.FS, "fonts/"+f.file)
			if err != nil {
				fontsErr = fmt.Errorf("bundled font %s: %w", f.file, err)
				return
			}
			fs1.files[f.family+f.style] = data
			face, err := sfnt.Parse(data)
			if err != nil {
				fontsErr = fmt.Errorf("bundled font %s: %w", f.file, err)
				return
			}
			if f.style == "" {
				fs1.faces = append(fs1.faces, face)
			}
			fs1.metrics[f.family+f.style] = &fontMetrics{face: face, upem: float64(face.UnitsPerEm()), widths: map[rune]float64{}}
		}
		fonts = fs1
	})
	return fonts, fontsErr
}

// covers reports whether every regular font has a glyph for r.
func (f *fontSet) covers(r rune) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if ok, seen := f.cover[r]; seen {
		return ok
	}
	var buf sfnt.Buffer
	ok := true
	for _, face := range f.faces {
		if gi, err := face.GlyphIndex(&buf, r); err != nil || gi == 0 {
			ok = false
			break
		}
	}
	f.cover[r] = ok
	return ok
}

// width returns the width of text set in st, in points.
func (f *fontSet) width(text string, st style) float64 {
	if st.family == fallback {
		// Only the backslash is drawn in Helvetica; its width is 278/1000.
		return float64(utf8.RuneCountInString(text)) * 278 * st.size / 1000
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	m := f.metrics[st.family+st.fontStyle()]
	total := 0.0
	for _, r := range text {
		w, ok := m.widths[r]
		if !ok {
			w = m.advance(r)
			m.widths[r] = w
		}
		total += w
	}
	return total * st.size / 1000
}

func (m *fontMetrics) advance(r rune) float64 {
	gi, err := m.face.GlyphIndex(&m.buf, r)
	if err != nil || gi == 0 {
		return 500
	}
	adv, err := m.face.GlyphAdvance(&m.buf, gi, fixed.Int26_6(m.upem*64), font.HintingNone)
	if err != nil {
		return 500
	}
	return math.Round(float64(adv) / 64 * 1000 / m.upem)
}

// sanitize makes text drawable: characters outside the Basic Multilingual
// Plane (emoji, rare Hanja) and characters the fonts lack are replaced by a
// visible box and recorded in rep; control characters become spaces.
func (f *fontSet) sanitize(s string, rep *Report) string {
	clean := true
	for _, r := range s {
		if r < 0x20 || r > 0xFFFF || r >= 0x7f && !f.covers(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError || r < 0x20 && r != '\n':
			b.WriteByte(' ')
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

// needsFallback reports whether r must be drawn with the fallback font.
func needsFallback(r rune) bool { return r == '\\' }
