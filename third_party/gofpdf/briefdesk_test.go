package gofpdf

// Briefdesk: tests of the changes this copy carries (see README.md).

import (
	"bytes"
	"fmt"
	"math"
	"math/rand"
	"os"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The bundled fonts: Myeongjo has composite Hangul and hinted Latin glyphs.
var testFonts = []string{
	"../../assets/fonts/NanumMyeongjo.ttf",
	"../../assets/fonts/NanumGothicBold.ttf",
}

const testText = "한미동맹 연합방위태세 — MRO·함정 정비 2026년 SCM (확장억제) \"NCG\" 똠방각하 ÀÉ fi"

func readFont(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestSubsetKeepsOutlines cuts a subset for testText and checks that every
// character's outline in the subset, hinting removed, is the outline in the
// whole font, and that the subset parses as a font.
func TestSubsetKeepsOutlines(t *testing.T) {
	for _, path := range testFonts {
		data := readFont(t, path)
		utf, err := loadUTF8Font(data)
		if err != nil {
			t.Fatal(err)
		}
		used := map[int]int{}
		for _, r := range testText {
			used[int(r)] = int(r)
		}
		cut := utf.GenerateCutFont(used)
		whole, err := sfnt.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		sub, err := sfnt.Parse(cut)
		if err != nil {
			t.Fatalf("%s: the subset does not parse: %v", path, err)
		}
		if len(cut) >= len(data)/100 {
			t.Errorf("%s: the subset of %d characters is %d bytes", path, len(used), len(cut))
		}
		var b1, b2 sfnt.Buffer
		for r, gid := range utf.CodeSymbolDictionary {
			if r == 0 {
				continue
			}
			g1, err := whole.GlyphIndex(&b1, rune(r))
			if err != nil {
				t.Fatal(err)
			}
			s1, err1 := whole.LoadGlyph(&b1, g1, fixed.I(1000), nil)
			s2, err2 := sub.LoadGlyph(&b2, sfnt.GlyphIndex(gid), fixed.I(1000), nil)
			if err1 != nil || err2 != nil {
				t.Fatalf("%s %q: %v / %v", path, rune(r), err1, err2)
			}
			if fmt.Sprint(s1) != fmt.Sprint(s2) {
				t.Errorf("%s %q: the subset's outline differs from the font's", path, rune(r))
			}
		}
	}
}

// TestStripInstructions removes a simple glyph's instructions and padding,
// and leaves what it cannot read alone.
func TestStripInstructions(t *testing.T) {
	// One contour of three on-curve points with byte-sized coordinates,
	// five bytes of instructions and three bytes of padding.
	glyph := []byte{
		0, 1, 0, 0, 0, 0, 0, 9, 0, 9, // header: 1 contour, bounding box
		0, 2, // last point of the contour
		0, 5, 1, 2, 3, 4, 5, // instructions
		0x37, 0x37, 0x37, // flags: on curve, x and y short and positive
		1, 2, 3, // x
		4, 5, 6, // y
		0, 0, 0, // padding
	}
	want := []byte{
		0, 1, 0, 0, 0, 0, 0, 9, 0, 9,
		0, 2,
		0, 0,
		0x37, 0x37, 0x37,
		1, 2, 3,
		4, 5, 6,
	}
	if got := stripInstructions(glyph); !bytes.Equal(got, want) {
		t.Errorf("stripped glyph\n got %v\nwant %v", got, want)
	}
	truncated := glyph[:20]
	if got := stripInstructions(truncated); !bytes.Equal(got, truncated) {
		t.Errorf("a truncated glyph was changed: %v", got)
	}
}

// TestAppendNumLikeFmt checks the strconv formatting against fmt's.
func TestAppendNumLikeFmt(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	values := []float64{0, -0.004, 0.005, 0.125, 1.005, -1.005, 2.675, 841.89, -595.28, 1e7, math.Copysign(0, -1)}
	for i := 0; i < 10000; i++ {
		values = append(values, (rnd.Float64()-0.5)*2000, float64(rnd.Intn(100000))/1000)
	}
	for _, v := range values {
		for _, prec := range []int{2, 3} {
			want := fmt.Sprintf("%.*f", prec, v)
			if got := string(appendNum(nil, v, prec)); got != want {
				t.Fatalf("appendNum(%v, %d) = %q, fmt gives %q", v, prec, got, want)
			}
		}
	}
}

var fixedTime = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// TestParsedFontShared checks that documents sharing a parsed font, one
// after another and at the same time, write the bytes a document with its
// own parse writes, and that a different font is not mistaken for it.
func TestParsedFontShared(t *testing.T) {
	data := readFont(t, testFonts[0])
	doc := func(font []byte) []byte {
		pdf := New("P", "pt", "A4", "")
		pdf.SetCompression(true)
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(fixedTime)
		pdf.SetModificationDate(fixedTime)
		pdf.AddUTF8FontFromBytes("myeongjo", "", font)
		pdf.AddPage()
		pdf.SetFont("myeongjo", "", 12)
		pdf.Text(40, 60, testText)
		var out bytes.Buffer
		if err := pdf.Output(&out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	first := doc(data)
	if again := doc(append([]byte(nil), data...)); !bytes.Equal(first, again) {
		t.Error("a second document with the same font gave other bytes")
	}
	var wg sync.WaitGroup
	results := make([][]byte, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = doc(data)
		}(i)
	}
	wg.Wait()
	for i, r := range results {
		if !bytes.Equal(first, r) {
			t.Errorf("concurrent document %d gave other bytes", i)
		}
	}
	other := doc(readFont(t, testFonts[1]))
	if bytes.Equal(first, other) {
		t.Error("a document with another font gave the same bytes")
	}

	broken := append([]byte(nil), data[:100]...)
	pdf := New("P", "pt", "A4", "")
	pdf.AddUTF8FontFromBytes("broken", "", broken)
	if pdf.Error() == nil {
		t.Error("a font that does not parse is not an error")
	}
}

// TestCompressPages compresses pages in parallel to what one by one gives.
func TestCompressPages(t *testing.T) {
	var pages []*bytes.Buffer
	for i := 0; i < 37; i++ {
		pages = append(pages, bytes.NewBufferString(fmt.Sprintf("BT %d 0 Td (page %d) Tj ET\n", i, i)+testText))
	}
	got := compressPages(pages)
	for i, p := range pages {
		if !bytes.Equal(got[i], sliceCompress(p.Bytes())) {
			t.Fatalf("page %d compressed differently", i)
		}
		back, err := sliceUncompress(got[i])
		if err != nil || !bytes.Equal(back, p.Bytes()) {
			t.Fatalf("page %d does not decompress to itself: %v", i, err)
		}
	}
}

// TestTextFastPath checks that Text writes what the upstream code wrote:
// the same operators, the text as escaped UTF-16, every rune recorded.
func TestTextFastPath(t *testing.T) {
	pdf := New("P", "pt", "A4", "")
	pdf.AddUTF8FontFromBytes("myeongjo", "", readFont(t, testFonts[0]))
	pdf.AddPage()
	pdf.SetFont("myeongjo", "", 12)
	texts := []string{testText, `괄호 (안) \ 역슬래시`, "줄\r바꿈 ©", "", "ABC 가나다 ㄱㄴ 0123456789"}
	for i, s := range texts {
		for _, colour := range []bool{false, true} {
			if colour {
				pdf.SetTextColor(200, 10, 10)
			} else {
				pdf.SetTextColor(0, 0, 0)
			}
			page := pdf.pages[pdf.page]
			before := page.Len()
			x, y := 12.5+float64(i), 700.125-float64(i)*13.3
			pdf.Text(x, y, s)
			want := fmt.Sprintf("BT %.2f %.2f Td (%s) Tj ET", x*pdf.k, (pdf.h-y)*pdf.k, pdf.escape(utf8toutf16(s, false)))
			if pdf.colorFlag {
				want = fmt.Sprintf("q %s %s Q", pdf.color.text.str, want)
			}
			if got := page.String()[before:]; got != want+"\n" {
				t.Errorf("Text(%q) wrote\n%q\nwant\n%q", s, got, want+"\n")
			}
			for _, r := range s {
				if pdf.currentFont.usedRunes[int(r)] != int(r) {
					t.Errorf("rune %q of %q is not recorded for the subset", r, s)
				}
			}
		}
	}
}

// TestPagesCompressedEarly checks that a page compressed while the next was
// drawn, then written to again after SetPage, is written whole.
func TestPagesCompressedEarly(t *testing.T) {
	pdf := New("P", "pt", "A4", "")
	pdf.SetCompression(true)
	pdf.SetFont("Helvetica", "", 12)
	for i := 1; i <= 5; i++ {
		pdf.AddPage()
		pdf.Text(40, 60, fmt.Sprintf("page %d", i))
	}
	pdf.SetPage(2)
	pdf.Text(40, 90, "added later")
	pdf.SetPage(5)
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		t.Fatal(err)
	}
	var contents []string
	for _, data := range pdfStreams(t, out.Bytes()) {
		if back, err := sliceUncompress(data); err == nil && bytes.Contains(back, []byte(" Tj ET")) {
			contents = append(contents, string(back))
		}
	}
	if len(contents) != 5 {
		t.Fatalf("%d page streams, want 5", len(contents))
	}
	for i, c := range contents {
		if !bytes.Contains([]byte(c), []byte(fmt.Sprintf("(page %d)", i+1))) {
			t.Errorf("page %d lacks its text: %q", i+1, c)
		}
		if later := bytes.Contains([]byte(c), []byte("(added later)")); later != (i == 1) {
			t.Errorf("page %d: text added after SetPage present = %v", i+1, later)
		}
	}
}

// pdfStreams returns the compressed contents of the pages of a PDF written
// by gofpdf, found by their dictionaries.
func pdfStreams(t *testing.T, pdf []byte) [][]byte {
	t.Helper()
	var out [][]byte
	for _, m := range pageStream.FindAllSubmatchIndex(pdf, -1) {
		n, err := strconv.Atoi(string(pdf[m[2]:m[3]]))
		if err != nil || m[1]+n > len(pdf) {
			t.Fatalf("a page stream of length %q", pdf[m[2]:m[3]])
		}
		out = append(out, pdf[m[1]:m[1]+n])
	}
	return out
}

var pageStream = regexp.MustCompile(`<</Filter /FlateDecode /Length (\d+)>>\nstream\n`)

// TestSubsetLeavesFontAlone cuts a large subset and checks that the font's
// bytes, which every document shares, are as they were.
func TestSubsetLeavesFontAlone(t *testing.T) {
	for _, path := range testFonts {
		data := readFont(t, path)
		orig := append([]byte(nil), data...)
		utf, err := loadUTF8Font(data)
		if err != nil {
			t.Fatal(err)
		}
		used := map[int]int{}
		for r := 0x20; r <= 0xFFFF; r++ {
			used[r] = r
		}
		if cut := utf.GenerateCutFont(used); len(cut) == 0 {
			t.Fatalf("%s: no subset", path)
		}
		if !bytes.Equal(data, orig) {
			n := 0
			for i := range data {
				if data[i] != orig[i] {
					n++
				}
			}
			t.Errorf("%s: subsetting changed %d bytes of the font", path, n)
		}
	}
}
