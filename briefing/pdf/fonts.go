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

// fontSet is the bundled fonts, read and parsed once per process. Exports
// may run at the same time, so the tables it fills in as characters are
// first seen are atomic.
type fontSet struct {
	files   map[string][]byte // family+style → TrueType bytes
	faces   []*sfnt.Font      // regular faces, for coverage checks
	byStyle [4]*fontMetrics   // advance widths, in the order of fontFiles
	mu      sync.Mutex        // guards the sfnt buffers
	buf     sfnt.Buffer
	cover   [0x10000]atomic.Uint32 // coverUnknown, coverYes or coverNo
}

const (
	coverUnknown = iota
	coverYes
	coverNo
)

// fontMetrics holds advance widths in thousandths of an em, rounded the way
// gofpdf rounds them, for the Basic Multilingual Plane (the only plane the
// text reaching the fonts uses). An entry is the width plus one; zero means
// not yet measured.
type fontMetrics struct {
	face   *sfnt.Font
	upem   float64
	widths [0x10000]atomic.Uint32
}

var (
	fontsOnce sync.Once
	fonts     *fontSet
	fontsErr  error
)

// fontFiles lists the bundled fonts in the order metricsOf expects.
var fontFiles = []struct{ family, style, file string }{
	{sans, "", "NanumGothic.ttf"},
	{sans, "B", "NanumGothicBold.ttf"},
	{serif, "", "NanumMyeongjo.ttf"},
	{serif, "B", "NanumMyeongjoBold.ttf"},
}

func loadFonts() (*fontSet, error) {
	fontsOnce.Do(func() {
		fs1 := &fontSet{files: map[string][]byte{}}
		for i, f := range fontFiles {
			data, ok := assets.Font(f.file)
			if !ok {
				fontsErr = fmt.Errorf("bundled font %s is missing", f.file)
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
			fs1.byStyle[i] = &fontMetrics{face: face, upem: float64(face.UnitsPerEm())}
		}
		fonts = fs1
	})
	return fonts, fontsErr
}

var (
	warmOnce sync.Once
	warm     sync.WaitGroup
)

// warmUp has gofpdf parse the bundled fonts on other goroutines, once per
// process, while the first export lays its document out; the drawing pass
// waits for them (waitWarm) and finds them parsed (gofpdf, as Briefdesk
// carries it, keeps a parsed font for the process).
func (f *fontSet) warmUp() {
	warmOnce.Do(func() {
		for _, ff := range fontFiles {
			warm.Add(1)
			go func() {
				defer warm.Done()
				p := gofpdf.New("P", "pt", "A4", "")
				p.AddUTF8FontFromBytes(ff.family, ff.style, f.files[ff.family+ff.style])
			}()
		}
	})
}

// waitWarm waits until warmUp's parsing is done.
func waitWarm() { warm.Wait() }

// covers reports whether every regular font has a glyph for r, a rune of
// the Basic Multilingual Plane.
func (f *fontSet) covers(r rune) bool {
	switch f.cover[r].Load() {
	case coverYes:
		return true
	case coverNo:
		return false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	ok := true
	for _, face := range f.faces {
		if gi, err := face.GlyphIndex(&f.buf, r); err != nil || gi == 0 {
			ok = false
			break
		}
	}
	if ok {
		f.cover[r].Store(coverYes)
	} else {
		f.cover[r].Store(coverNo)
	}
	return ok
}

// width returns the width of text set in st, in points.
func (f *fontSet) width(text string, st style) float64 {
	if st.family == fallback {
		// Only the backslash is drawn in Helvetica; its width is 278/1000.
		return float64(utf8.RuneCountInString(text)) * 278 * st.size / 1000
	}
	m := f.metricsOf(st)
	total := 0
	for _, r := range text {
		total += f.advance(m, r)
	}
	return float64(total) * st.size / 1000
}

// metricsOf returns the metrics of the font st is set in.
func (f *fontSet) metricsOf(st style) *fontMetrics {
	i := 0
	if st.family == serif {
		i = 2
	}
	if st.bold {
		i++
	}
	return f.byStyle[i]
}

// advance returns the advance width of r in m, in thousandths of an em.
func (f *fontSet) advance(m *fontMetrics, r rune) int {
	if r > 0xFFFF {
		return 500 // sanitize replaces these before text is measured
	}
	if w := m.widths[r].Load(); w != 0 {
		return int(w - 1)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	w := 500
	if gi, err := m.face.GlyphIndex(&f.buf, r); err == nil && gi != 0 {
		if adv, err := m.face.GlyphAdvance(&f.buf, gi, fixed.Int26_6(m.upem*64), font.HintingNone); err == nil {
			w = int(math.Round(float64(adv) / 64 * 1000 / m.upem))
		}
	}
	m.widths[r].Store(uint32(w + 1))
	return w
}

// sanitize makes text drawable: characters outside the Basic Multilingual
// Plane (emoji, rare Hanja) and characters the fonts lack are replaced by a
// visible box and recorded in rep; control characters become spaces, and
// the characters that reorder text (briefing.IsBidiControl) are left out.
func (f *fontSet) sanitize(s string, rep *Report) string {
	clean := true
	for _, r := range s {
		if r < 0x20 || r > 0xFFFF || r >= 0x7f && (unicode.IsControl(r) || briefing.IsBidiControl(r) || !f.covers(r)) {
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
		case r == utf8.RuneError || unicode.IsControl(r):
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

// needsFallback reports whether r must be drawn with the fallback font.
func needsFallback(r rune) bool { return r == '\\' }
