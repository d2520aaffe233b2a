package gofpdf

// Briefdesk: tests of the changes this copy carries (see README.md).

import (
	"bytes"
	"compress/zlib"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
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

func readFont(t testing.TB, path string) []byte {
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

// metaDoc is a one-page document in a subset of Myeongjo with the
// document information set, as briefing/pdf sets it; change adjusts it
// before its page is drawn.
func metaDoc(t *testing.T, title string, change func(*Fpdf)) []byte {
	t.Helper()
	kst := time.FixedZone("KST", 9*3600)
	pdf := New("P", "pt", "A4", "")
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(time.Date(2026, 11, 25, 9, 30, 0, 0, kst))
	pdf.SetModificationDate(time.Date(2026, 11, 26, 18, 0, 5, 0, kst))
	pdf.SetTitle(title, true)
	pdf.SetAuthor("김분석, 국방정책연구팀", true)
	pdf.SetSubject("11월 넷째 주 동향", true)
	pdf.SetKeywords("대외비, 한미동맹; MRO", true)
	pdf.SetCreator("Briefdesk", true)
	pdf.SetProducer("Briefdesk", true)
	pdf.SetLang("ko")
	pdf.AddUTF8FontFromBytes("myeongjo", "", readFont(t, testFonts[0]))
	if change != nil {
		change(pdf)
	}
	pdf.AddPage()
	pdf.SetFont("myeongjo", "", 12)
	pdf.Text(40, 60, testText)
	pdf.Text(40, 80, title)
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// A title with what could end an XML element, a CDATA section or the
// packet, a character XML cannot hold, Hanja and accented letters.
const trickyTitle = "한미동맹 <브리핑> & \"연합\" '방위' ]]> ?> 美 해군 Curaçao\x01"

// TestPDFVersion checks the header says 1.7, that transparency does not
// lower or raise it, and that only a document with transparency gives
// its pages a transparency group.
func TestPDFVersion(t *testing.T) {
	plain := metaDoc(t, "제목", nil)
	alpha := metaDoc(t, "제목", func(pdf *Fpdf) {
		pdf.AddPage()
		pdf.SetAlpha(0.5, "Multiply")
		pdf.Rect(10, 10, 50, 50, "F")
	})
	for name, doc := range map[string][]byte{"plain": plain, "with transparency": alpha} {
		if !bytes.HasPrefix(doc, []byte("%PDF-1.7\n")) {
			t.Errorf("%s: header %q, want %%PDF-1.7", name, doc[:8])
		}
	}
	group := []byte("/Group <</Type /Group /S /Transparency")
	if bytes.Contains(plain, group) {
		t.Error("a page without transparency has a transparency group")
	}
	if !bytes.Contains(alpha, group) {
		t.Error("a page with transparency has no transparency group")
	}
}

// TestLang checks /Lang in the catalog, escaped as a PDF string.
func TestLang(t *testing.T) {
	tests := []struct{ tag, want string }{
		{"ko", "/Lang (ko)"},
		{"en-GB", "/Lang (en-GB)"},
		{`x(y)\`, `/Lang (x\(y\)\\)`},
		{"한", "/Lang (\xFE\xFF\xD5\\\\)"}, // U+D55C: its low byte is a backslash
	}
	for _, tt := range tests {
		doc := metaDoc(t, "제목", func(pdf *Fpdf) { pdf.SetLang(tt.tag) })
		catalog := pdfObject(t, doc, "/Type /Catalog")
		if !bytes.Contains(catalog, []byte(tt.want+"\n")) {
			t.Errorf("SetLang(%q): catalog\n%s\nlacks %q", tt.tag, catalog, tt.want)
		}
	}
	doc := metaDoc(t, "제목", func(pdf *Fpdf) { pdf.SetLang("") })
	if bytes.Contains(doc, []byte("/Lang")) {
		t.Error("SetLang(\"\") wrote a /Lang")
	}
}

// TestXMPMetadata reads the XMP packet the catalog points to and checks
// that it is uncompressed, well-formed and says what the Info dictionary
// says, the title's specials escaped and its Korean text intact.
func TestXMPMetadata(t *testing.T) {
	doc := metaDoc(t, trickyTitle, nil)
	dict, packet := metadataStream(t, doc)
	if !bytes.Contains(dict, []byte("/Type /Metadata /Subtype /XML")) || bytes.Contains(dict, []byte("/Filter")) {
		t.Errorf("metadata stream dictionary %s", dict)
	}
	if !bytes.HasPrefix(packet, []byte("<?xpacket begin=\"\uFEFF\"")) || !bytes.HasSuffix(packet, []byte("<?xpacket end=\"r\"?>")) {
		t.Errorf("not an XMP packet:\n%s", packet)
	}
	// The specials are escaped, never written as they are.
	for _, raw := range []string{"<브리핑>", "& ", "]]>", "?> 美", "\x01"} {
		if bytes.Contains(packet, []byte(raw)) {
			t.Errorf("packet holds %q unescaped", raw)
		}
	}
	got := xmpValues(t, packet)
	wantTitle := strings.Replace(trickyTitle, "\x01", "\uFFFD", 1)
	want := map[string]string{
		"title":        wantTitle,
		"creator":      "김분석, 국방정책연구팀",
		"description":  "11월 넷째 주 동향",
		"subject":      "대외비|한미동맹|MRO",
		"language":     "ko",
		"Keywords":     "대외비, 한미동맹; MRO",
		"Producer":     "Briefdesk",
		"CreatorTool":  "Briefdesk",
		"CreateDate":   "2026-11-25T09:30:00+09:00",
		"ModifyDate":   "2026-11-26T18:00:05+09:00",
		"MetadataDate": "2026-11-26T18:00:05+09:00",
		"format":       "application/pdf",
	}
	for k, w := range want {
		if g := strings.Join(got[k], "|"); g != w {
			t.Errorf("XMP %s = %q, want %q", k, g, w)
		}
	}
	// The Info dictionary gives the same dates.
	info := pdfObject(t, doc, "/Producer ")
	for _, d := range []string{"/CreationDate (D:20261125093000+09'00)", "/ModDate (D:20261126180005+09'00)"} {
		if !bytes.Contains(info, []byte(d)) {
			t.Errorf("Info dictionary lacks %s:\n%s", d, info)
		}
	}
	if d := pdfDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)); d != "D:20260102030405Z" {
		t.Errorf("UTC date %q", d)
	}
	if d := pdfDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("", -(3*3600+1800)))); d != "D:20260102030405-03'30" {
		t.Errorf("date west of UTC %q", d)
	}

	// An empty value is in neither.
	doc = metaDoc(t, "제목", func(pdf *Fpdf) { pdf.SetAuthor("", true) })
	_, packet = metadataStream(t, doc)
	if bytes.Contains(doc, []byte("/Author")) || xmpValues(t, packet)["creator"] != nil {
		t.Error("an empty author was written")
	}

	// Metadata the caller gives is written as it is, and pointed to.
	own := []byte("<?xpacket begin=\"\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/><?xpacket end=\"r\"?>")
	doc = metaDoc(t, "제목", func(pdf *Fpdf) { pdf.SetXmpMetadata(own) })
	if _, packet := metadataStream(t, doc); !bytes.Equal(packet, own) {
		t.Errorf("given metadata written as\n%s", packet)
	}
}

// TestTextFromPDF reads back what the setters store.
func TestTextFromPDF(t *testing.T) {
	for _, s := range []string{"", "ASCII", "한미동맹 美 Curaçao — ①", "😀 outside the BMP"} {
		if got := textFromPDF(pdfTextString(s)); got != s {
			t.Errorf("textFromPDF(pdfTextString(%q)) = %q", s, got)
		}
	}
	if got := textFromPDF(utf8toutf16("한미 美")); got != "한미 美" {
		t.Errorf("textFromPDF(utf8toutf16) = %q", got)
	}
	if got := textFromPDF("Caf\xe9 \x84 \x92 \xa0"); got != "Café — ™ €" {
		t.Errorf("PDFDocEncoding read as %q", got)
	}
}

// TestDocumentID checks the trailer's ID: from the content, so the same
// document has the same ID and another document another.
func TestDocumentID(t *testing.T) {
	one := metaDoc(t, "한미동맹 브리핑", nil)
	two := metaDoc(t, "한미동맹 브리핑", nil)
	other := metaDoc(t, "한미동맹 브리핑 2", nil)
	if !bytes.Equal(one, two) {
		t.Fatal("the same document gave other bytes")
	}
	id := func(doc []byte) string {
		m := regexp.MustCompile(`(?s)trailer\n<<.*/ID \[<([0-9a-f]{32})><([0-9a-f]{32})>\]\n>>`).FindSubmatch(doc)
		if m == nil {
			t.Fatalf("no /ID in the trailer:\n%s", doc[bytes.LastIndex(doc, []byte("trailer")):])
		}
		if !bytes.Equal(m[1], m[2]) {
			t.Errorf("a new document's two IDs differ: %s %s", m[1], m[2])
		}
		return string(m[1])
	}
	if id(one) != id(two) {
		t.Error("the same document got another ID")
	}
	if id(one) == id(other) {
		t.Error("another document got the same ID")
	}
	// An encrypted document keeps the empty ID its key was computed with.
	locked := metaDoc(t, "제목", func(pdf *Fpdf) { pdf.SetProtection(CnProtectPrint, "", "owner") })
	if !bytes.Contains(locked, []byte("/ID [()()]")) {
		t.Error("an encrypted document lost its empty ID")
	}
	qpdfCheck(t, locked)
}

// TestSubsetTags checks that a subset's BaseFont and FontName are the
// font's PostScript name behind a tag of six capitals, the same for the
// same subset and another for another.
func TestSubsetTags(t *testing.T) {
	names := regexp.MustCompile(`/(?:BaseFont|FontName) /([A-Z]{6})\+NanumMyeongjo\s`)
	tag := func(doc []byte) string {
		m := names.FindAllSubmatch(doc, -1)
		if len(m) != 3 {
			t.Fatalf("%d tagged font names, want 3 (Type0, CIDFont, descriptor)", len(m))
		}
		for _, n := range m[1:] {
			if !bytes.Equal(n[1], m[0][1]) {
				t.Errorf("tags differ: %s, %s", m[0][1], n[1])
			}
		}
		return string(m[0][1])
	}
	a, b := tag(metaDoc(t, "제목", nil)), tag(metaDoc(t, "제목", nil))
	c := tag(metaDoc(t, "다른 제목", nil))
	if a != b {
		t.Errorf("the same subset got tags %s and %s", a, b)
	}
	if a == c {
		t.Errorf("another subset got the same tag %s", a)
	}
	// A font's key is no PDF name: a font without a PostScript name.
	if got := utf8BaseFont(fontDefType{Name: "nanum gothic(B)"}); got != "utf8nanumgothicB" {
		t.Errorf("fallback name %q", got)
	}
}

// TestNoCoreFont checks that a document drawn in a UTF-8 font, with
// pages, links, bookmarks and a footer, names no font it does not embed.
func TestNoCoreFont(t *testing.T) {
	doc := metaDoc(t, "제목", func(pdf *Fpdf) {
		pdf.SetFooterFunc(func() {
			pdf.SetFont("myeongjo", "", 8)
			pdf.Text(40, 800, fmt.Sprintf("%d쪽", pdf.PageNo()))
		})
		pdf.AliasNbPages("")
		for i := 0; i < 3; i++ {
			pdf.AddPage()
			pdf.Bookmark(fmt.Sprintf("쪽 %d", i), 0, -1)
			pdf.LinkString(40, 40, 100, 20, "https://example.com/")
			pdf.Link(40, 70, 100, 20, pdf.AddLink())
		}
	})
	if n, want := bytes.Count(doc, []byte("/BaseFont /")), 2; n != want {
		t.Errorf("%d fonts named, want %d (one Type0 and its CIDFont)", n, want)
	}
	for _, s := range []string{"/Type1", "/Helvetica", "/Times", "/Courier", "/ZapfDingbats", "/Symbol"} {
		if bytes.Contains(doc, []byte(s)) {
			t.Errorf("the document names %s", s)
		}
	}
	qpdfCheck(t, doc)
}

// TestQpdfCheck runs qpdf --check on a document with every change here.
func TestQpdfCheck(t *testing.T) {
	qpdfCheck(t, metaDoc(t, trickyTitle, nil))
}

func qpdfCheck(t *testing.T, doc []byte) {
	t.Helper()
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf is not installed; install it to check the files")
	}
	path := filepath.Join(t.TempDir(), "check.pdf")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("qpdf", "--check", path).CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("No syntax or stream encoding errors")) || bytes.Contains(out, []byte("WARNING")) {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
}

// pdfObject returns the dictionary of the object holding marker.
func pdfObject(t *testing.T, doc []byte, marker string) []byte {
	t.Helper()
	i := bytes.Index(doc, []byte(marker))
	if i < 0 {
		t.Fatalf("no object holds %q", marker)
	}
	start := bytes.LastIndex(doc[:i], []byte(" obj\n"))
	end := bytes.Index(doc[i:], []byte("endobj"))
	if start < 0 || end < 0 {
		t.Fatalf("the object holding %q is not whole", marker)
	}
	return doc[start : i+end]
}

// metadataStream returns the dictionary and the bytes of the stream the
// catalog's /Metadata points to.
func metadataStream(t *testing.T, doc []byte) (dict, data []byte) {
	t.Helper()
	m := regexp.MustCompile(`/Metadata (\d+) 0 R`).FindSubmatch(pdfObject(t, doc, "/Type /Catalog"))
	if m == nil {
		t.Fatal("the catalog has no /Metadata")
	}
	obj := regexp.MustCompile(`(?m)^` + string(m[1]) + ` 0 obj\n(<<[^\n]*/Length (\d+)[^\n]*>>)\nstream\n`).FindSubmatchIndex(doc)
	if obj == nil {
		t.Fatalf("no stream object %s", m[1])
	}
	n, _ := strconv.Atoi(string(doc[obj[4]:obj[5]]))
	return doc[obj[2]:obj[3]], doc[obj[1] : obj[1]+n]
}

// xmpValues parses an XMP packet and returns the text of each property,
// by its local name, one entry per rdf:li of an array.
func xmpValues(t *testing.T, packet []byte) map[string][]string {
	t.Helper()
	const rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	values := map[string][]string{}
	var stack []xml.Name
	var text strings.Builder
	d := xml.NewDecoder(bytes.NewReader(packet))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the XMP packet is not well-formed: %v\n%s", err, packet)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			stack = append(stack, tok.Name)
			text.Reset()
		case xml.CharData:
			text.Write(tok)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			if tok.Name.Space == rdf && tok.Name.Local != "li" {
				continue
			}
			prop := tok.Name
			for i := len(stack) - 1; prop.Space == rdf && i >= 0; i-- {
				prop = stack[i]
			}
			if prop.Space != rdf && text.Len() > 0 {
				values[prop.Local] = append(values[prop.Local], text.String())
			}
			text.Reset()
		}
	}
	return values
}

// fontWork is a font of the handout, the characters a document draws in
// it (a few hundred, as a long handout uses) and the SHA-256 of fontDoc's
// document with its streams inflated (contents), as the parse and subset
// that went before the Briefdesk changes to font loading wrote it: the
// contents do not depend on the compression level.
var fontWork = []struct{ file, text, sum string }{
	{"NanumGothic.ttf", spread(0xAC00, 0xD7A3, 400) + "0123456789 ()·-",
		"b5256c9b6097fe0e4dfd4086ddbb031f5971e44bf99fa9c74715534723f1889d"},
	{"NanumMyeongjo.ttf", spread(0xAC00, 0xD7A3, 400) + "0123456789 ()·-",
		"31e505f968831482c13deb012b9050dda67aed3076e1e674a3b31111bd3a6144"},
	{"NotoSans-Regular.ttf", spread('!', '~', 94) + "ÀÉçñöü–—‘’“”…",
		"3e7524766276804433721fa332851eab05a77554252d3b921bb1f45dbd099354"},
	{"NotoSerifKR-Hanja-Regular.ttf", spread(0x4E00, 0x9FA5, 300),
		"2825b913cd4c1b123db33fc13d02c8fa992de65ac68d208373b680854ee1b61e"},
}

// TestFontDocsUnchanged checks that a document drawn in each of fontWork's
// fonts has the bytes it had, parsed fresh and from the cache.
func TestFontDocsUnchanged(t *testing.T) {
	for _, w := range fontWork {
		data := readFont(t, "../../assets/fonts/"+w.file)
		forgetParsedFonts()
		for _, when := range []string{"parsed", "cached"} {
			if got := fmt.Sprintf("%x", sha256.Sum256(contents(t, fontDoc(t, data, w.text)))); got != w.sum {
				t.Errorf("%s, %s: document's SHA-256 %s, want %s", w.file, when, got, w.sum)
			}
		}
	}
}

// contents returns a document with its streams inflated, without what
// depends on their compressed bytes: stream lengths, the document id and
// the cross-reference table.
func contents(tb testing.TB, doc []byte) []byte {
	var out bytes.Buffer
	rest := doc
	for {
		i := bytes.Index(rest, []byte("stream\n"))
		if i < 0 {
			break
		}
		j := bytes.Index(rest[i:], []byte("\nendstream"))
		if j < 0 {
			tb.Fatal("a stream without its end")
		}
		out.Write(rest[:i])
		body := rest[i+len("stream\n") : i+j]
		if r, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			plain, err := io.ReadAll(r)
			if err != nil {
				tb.Fatal(err)
			}
			body = plain
		}
		out.Write(body)
		rest = rest[i+j+len("\nendstream"):]
	}
	if x := bytes.LastIndex(rest, []byte("\nxref\n")); x >= 0 {
		rest = rest[:x]
	}
	out.Write(rest)
	s := regexp.MustCompile(`/Length1? \d+|/ID \[[^\]]*\]`).ReplaceAll(out.Bytes(), nil)
	return s
}

// spread returns n characters evenly spaced from first to last.
func spread(first, last rune, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteRune(first + rune(int(last-first)*i/(n-1)))
	}
	return b.String()
}

// forgetParsedFonts empties the process's font cache, so that the next
// document parses its fonts as a new process would.
func forgetParsedFonts() {
	parsedFonts.Lock()
	clear(parsedFonts.m)
	parsedFonts.Unlock()
}

// fontDoc is a one-page document that draws text in font, forty characters
// to a line.
func fontDoc(tb testing.TB, font []byte, text string) []byte {
	pdf := New("P", "pt", "A4", "")
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.AddUTF8FontFromBytes("font", "", font)
	pdf.AddPage()
	pdf.SetFont("font", "", 10)
	runes := []rune(text)
	for i := 0; i < len(runes); i += 40 {
		pdf.Text(20, 20+float64(i/40)*12, string(runes[i:min(i+40, len(runes))]))
	}
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}

// BenchmarkLoadAndCut is a font's cost to a process: the parse (the cache
// emptied first), the font's id, drawing a few hundred characters and the
// subset, in a one-page document.
func BenchmarkLoadAndCut(b *testing.B) {
	for _, w := range fontWork {
		data := readFont(b, "../../assets/fonts/"+w.file)
		b.Run(strings.TrimSuffix(w.file, ".ttf"), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				forgetParsedFonts()
				fontDoc(b, data, w.text)
			}
		})
	}
}

// TestFontIDLikeJSON checks generateFontID against the SHA-1 of the whole
// definition as encoding/json writes it, which upstream's id was.
func TestFontIDLikeJSON(t *testing.T) {
	want := func(def fontDefType) string {
		def.File = ""
		b, err := json.Marshal(&def)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%x", sha1.Sum(b))
	}
	defs := []fontDefType{
		{Tp: "Core", Name: "Helvetica"},
		{Tp: "TrueType", Name: "x", Cw: []int{}},
		{Tp: "TrueType", Name: `tricky "Cw":null <&>`, Cw: []int{0, -1, 1 << 40, 65535, 7}, File: "f.z", Diff: "1 /a"},
		{Tp: "TrueType", Name: "runs", Cw: []int{-3, -3, 7, 7, 7, 0, 0, 12, 12}},
		{Tp: "TrueType", Name: "one", Cw: []int{5}},
	}
	pdf := New("P", "pt", "A4", "")
	for i, path := range testFonts {
		family := fmt.Sprintf(`font "Cw":null %d`, i)
		pdf.AddUTF8FontFromBytes(family, "B", readFont(t, path))
		pdf.AddUTF8FontFromBytes(family+" again", "B", readFont(t, path))
		def := pdf.fonts[getFontKey(fontFamilyEscape(family), "B")]
		again := pdf.fonts[getFontKey(fontFamilyEscape(family+" again"), "B")]
		if again.i != want(again) || again.i == def.i {
			t.Errorf("%s: font id under a second name %s, want %s (the first %s)", path, again.i, want(again), def.i)
		}
		if len(def.Cw) != 1<<16 {
			t.Fatalf("%s: %d widths", path, len(def.Cw))
		}
		if def.i != want(def) {
			t.Errorf("%s: font id %s, want %s", path, def.i, want(def))
		}
		defs = append(defs, def)
	}
	for _, def := range defs {
		got, err := generateFontID(def)
		if err != nil || got != want(def) {
			t.Errorf("%s: font id %s (%v), want %s", def.Name, got, err, want(def))
		}
	}
}

// TestCmapAndWidthsLikeUpstream checks the parse's cmap and widths against
// upstream's maps, for every bundled font and for a made-up font whose cmap
// maps characters twice, to the missing glyph and past the glyph count.
func TestCmapAndWidthsLikeUpstream(t *testing.T) {
	fonts, err := filepath.Glob("../../assets/fonts/*.ttf")
	if err != nil || len(fonts) < 10 {
		t.Fatalf("bundled fonts: %v, %v", fonts, err)
	}
	for _, path := range fonts {
		data := readFont(t, path)
		utf := newUTF8Font(&fileReader{array: data})
		if err := parse(utf); err != nil {
			t.Fatal(err)
		}
		ref := newUTF8Font(&fileReader{array: data})
		ref.skip(4)
		ref.generateTableDescriptions()
		symbolChar, charSymbol := upstreamCmap(ref, utf.cmapPosition)
		ref.SeekTable("maxp")
		ref.skip(4)
		numSymbols := ref.readUint16()
		ref.SeekTable("hhea")
		ref.skip(34)
		metrics := ref.readUint16()
		widths, dw := upstreamWidths(ref, metrics, numSymbols, symbolChar, 1000/float64(utf.fontElementSize))
		compareCmap(t, filepath.Base(path), utf, charSymbol, widths, dw)
		if len(charSymbol) < 200 {
			t.Errorf("%s: %d characters in the cmap", path, len(charSymbol))
		}
	}
	for _, c := range []struct {
		lastMapped bool
		glyphs     int // numSymbols; 8 have full metrics
	}{{false, 60}, {true, 60}, {true, 6}} {
		data, pos := madeUpFont(c.lastMapped)
		utf := newUTF8Font(&fileReader{array: data})
		utf.tableDescriptions = map[string]*tableDescription{"hmtx": {position: 512}}
		utf.parseHMTXTable(8, c.glyphs, pos, 0.5)
		ref := newUTF8Font(&fileReader{array: data})
		ref.tableDescriptions = utf.tableDescriptions
		symbolChar, charSymbol := upstreamCmap(ref, pos)
		widths, dw := upstreamWidths(ref, 8, c.glyphs, symbolChar, 0.5)
		compareCmap(t, fmt.Sprintf("made-up font %v", c), utf, charSymbol, widths, dw)
	}
}

func compareCmap(t *testing.T, name string, utf *utf8FontFile, charSymbol map[int]int, widths []int, dw float64) {
	t.Helper()
	for r := -1; r <= 0x10000; r++ {
		g, ok := utf.runeGlyphs.lookup(r)
		if wg, wok := charSymbol[r]; g != wg || ok != wok {
			t.Fatalf("%s: U+%04X maps to %d (%v), upstream %d (%v)", name, r, g, ok, wg, wok)
		}
	}
	if !slices.Equal(utf.CharWidths, widths) || utf.DefaultWidth != dw {
		for r := range widths {
			if utf.CharWidths[r] != widths[r] {
				t.Errorf("%s: width of U+%04X %d, upstream %d", name, r, utf.CharWidths[r], widths[r])
				break
			}
		}
		t.Errorf("%s: default width %v, upstream %v", name, utf.DefaultWidth, dw)
	}
}

// madeUpFont returns a cmap subtable at pos whose segments overlap, map
// characters 0 and U+FFFF (which have no width), map to the missing glyph,
// through the glyph id array (and past the subtable's end) and to glyphs
// past the count, and at 512 the metrics of 8 glyphs, two of them with the
// sign bit set; the last of them is mapped if lastMapped.
func madeUpFont(lastMapped bool) ([]byte, int) {
	type segment struct{ start, end, delta, offset int }
	segs := []segment{
		{0x00, 0x01, 3, 0},     // glyphs 3 and 4
		{0x20, 0x30, 10, 0},    // glyphs 42–58
		{0x28, 0x3F, -0x27, 0}, // glyphs 1–24, over the segment before
		{0x100, 0x105, 1, 1},   // through the glyph id array
		{0x200, 0x200, 99, 0},  // past the glyph count
		{0xFFFF, 0xFFFF, 5, 0}, // glyph 4
	}
	if !lastMapped {
		segs[2].end = 0x2D // not to glyph 7
	}
	b := binary.BigEndian.AppendUint16
	const pos = 16
	data := make([]byte, pos)
	n := len(segs)
	sub := b(b(b(b(b(b(b(nil, 4), 0), 0), uint16(2*n)), 0), 0), 0)
	for _, s := range segs {
		sub = b(sub, uint16(s.end))
	}
	sub = b(sub, 0)
	for _, s := range segs {
		sub = b(sub, uint16(s.start))
	}
	for _, s := range segs {
		sub = b(sub, uint16(int16(s.delta)))
	}
	for i, s := range segs {
		if s.offset != 0 { // the glyph id array, after the offsets
			sub = b(sub, uint16(2*(n-i)))
		} else {
			sub = b(sub, 0)
		}
	}
	for _, g := range []int{0, 5, 69, 2, 4, 9} { // U+0105 is past the end
		sub = b(sub, uint16(g))
	}
	binary.BigEndian.PutUint16(sub[2:], uint16(len(sub)-2))
	data = append(data, sub...)
	data = append(data, make([]byte, 512-len(data))...)
	for _, adv := range []int{500, 600, 40000, 700, 0, 800, 900, 50000} {
		data = b(b(data, uint16(adv)), 0)
	}
	return data, pos
}

// TestParsedFontKey checks that a font given again, in its slice or in a
// copy, finds its parse, and that a font that differs only where the
// cache's key does not look is parsed on its own.
func TestParsedFontKey(t *testing.T) {
	forgetParsedFonts()
	data := readFont(t, testFonts[1])
	first, err := loadUTF8Font(data)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := loadUTF8Font(data)
	cp := append([]byte(nil), data...)
	copied, _ := loadUTF8Font(cp)
	if again.shared != first.shared || copied.shared != first.shared {
		t.Error("the same bytes were parsed again")
	}
	if &copied.fileReader.array[0] != &cp[0] {
		t.Error("a document reads another copy of the bytes than the one it gave")
	}
	// A byte of the glyph data, in the middle of the font.
	glyf := first.shared.font.tableDescriptions["glyf"]
	cp[glyf.position+glyf.size/2]++
	if fontBytesKey(cp) != fontBytesKey(data) {
		t.Fatal("the key reads the middle of the font; pick another byte")
	}
	changed, err := loadUTF8Font(cp)
	if err != nil || changed.shared == first.shared {
		t.Errorf("a font that differs in its glyph data found the other's parse (%v)", err)
	}
	if now, _ := loadUTF8Font(data); now.shared != first.shared && !bytes.Equal(now.shared.data, data) {
		t.Error("the first font now finds the other's bytes")
	}
}

// TestFontOpLikeFmt checks that SetFont, SetFontSize and SetFontUnitSize
// write the operator upstream formatted with fmt.
func TestFontOpLikeFmt(t *testing.T) {
	pdf := New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("myeongjo", "", readFont(t, testFonts[0]))
	pdf.AddPage()
	for _, size := range []float64{12, 7.5, 10.005, 2.675, 0.004, 100.125} {
		for _, set := range []func(){
			func() { pdf.SetFont("Myeongjo", "", size) },
			func() { pdf.SetFontSize(size) },
			func() { pdf.SetFontUnitSize(size / pdf.k) },
		} {
			page := pdf.pages[pdf.page]
			before := page.Len()
			set()
			want := fmt.Sprintf("BT /F%s %.2f Tf ET\n", pdf.currentFont.i, pdf.fontSizePt)
			if got := page.String()[before:]; got != want {
				t.Errorf("size %v: wrote %q, want %q", size, got, want)
			}
		}
	}
	if len(pdf.currentFont.i) != 40 {
		t.Errorf("font id %q", pdf.currentFont.i)
	}
	pdf.AddUTF8FontFromBytes("Nanum Gothic", "B", readFont(t, testFonts[1]))
	for _, family := range []string{"Nanum Gothic", "nanum gothic", "Nanum Gothic", "NANUM GOTHIC"} {
		pdf.SetFont(family, "b", 10)
		if pdf.fontFamily != "nanum#20gothic" || pdf.fontStyle != "B" || pdf.Error() != nil {
			t.Fatalf("SetFont(%q) set %q %q (%v)", family, pdf.fontFamily, pdf.fontStyle, pdf.Error())
		}
	}
	if pdf.SetFont("Myeongjo", "", 0); pdf.fontFamily != "myeongjo" || pdf.currentFont.Name != "myeongjo" {
		t.Errorf("SetFont(Myeongjo) set %q, font %q", pdf.fontFamily, pdf.currentFont.Name)
	}
}

// TestCIDFontMapLikeUpstream checks the widths array of the CID font
// against upstream's, for the bundled fonts' widths and made-up ones, with
// used characters in runs and alone.
func TestCIDFontMapLikeUpstream(t *testing.T) {
	rnd := rand.New(rand.NewSource(7))
	var widths [][]int
	for _, path := range append(testFonts, "../../assets/fonts/NotoSans-Regular.ttf") {
		utf, err := loadUTF8Font(readFont(t, path))
		if err != nil {
			t.Fatal(err)
		}
		widths = append(widths, utf.CharWidths)
	}
	for range 4 {
		cw := make([]int, 1<<16)
		for i := 1; i < len(cw); {
			n, w := 1+rnd.Intn(12), []int{0, 65535, 500, 600, rnd.Intn(1000)}[rnd.Intn(5)]
			for ; n > 0 && i < len(cw); n, i = n-1, i+1 {
				cw[i] = w
			}
		}
		widths = append(widths, cw)
	}
	pdf := New("P", "pt", "A4", "")
	for i, cw := range widths {
		for try := range 8 {
			font := fontDefType{Cw: cw, usedRunes: makeSubsetRange(57 - 25*(try%2))}
			last := 0
			for range rnd.Intn(300) {
				r := []int{rnd.Intn(256), 0xAC00 + rnd.Intn(200), rnd.Intn(1 << 16)}[rnd.Intn(3)]
				for n := 1 + rnd.Intn(20); n > 0 && r < 1<<16; n, r = n-1, r+1 {
					font.usedRunes[r] = r
					last = max(last, r)
				}
			}
			pdf.buffer.Reset()
			pdf.generateCIDFontMap(&font, last)
			want := upstreamCIDFontMap(&font, last)
			if got := strings.TrimSuffix(pdf.buffer.String(), "\n"); got != want {
				t.Fatalf("widths %d, try %d: %d runes\n%.300s\nupstream\n%.300s", i, try, len(font.usedRunes), got, want)
			}
			if try == 7 && len(want) < 200 {
				t.Errorf("widths %d: a short array %q", i, want)
			}
		}
	}
}

// TestPutLikeUpstream checks untypedKeyMap.put(nil, ...) against upstream's
// for keys in put's order and out of it.
func TestPutLikeUpstream(t *testing.T) {
	for _, keys := range [][]interface{}{
		{}, {0, 1, 2}, {0, "interval", 1}, {"interval"}, {1, "interval", 0}, {0, 2}, {2, 0, 1}, {1, 2, 3},
	} {
		a := untypedKeyMap{keySet: slices.Clone(keys), valueSet: make([]int, len(keys))}
		b := untypedKeyMap{keySet: slices.Clone(keys), valueSet: make([]int, len(keys))}
		a.put(nil, 9)
		upstreamPut(&b, nil, 9)
		if !slices.Equal(a.keySet, b.keySet) || !slices.Equal(a.valueSet, b.valueSet) {
			t.Errorf("put to %v: keys %v, upstream %v", keys, a.keySet, b.keySet)
		}
	}
}

// TestChecksumLikeUpstream checks generateChecksum against upstream's on
// random data, data that carries at every word, and a whole font.
func TestChecksumLikeUpstream(t *testing.T) {
	rnd := rand.New(rand.NewSource(3))
	inputs := [][]byte{nil, bytes.Repeat([]byte{0xFF}, 4096), readFont(t, testFonts[0])}
	for n := range 200 {
		b := make([]byte, 4*n)
		rnd.Read(b)
		inputs = append(inputs, b)
	}
	var utf utf8FontFile
	for _, b := range inputs {
		b = b[:len(b)&^3]
		if got, want := utf.generateChecksum(b), upstreamChecksum(b); !slices.Equal(got, want) {
			t.Fatalf("checksum of %d bytes %v, upstream %v", len(b), got, want)
		}
	}
	odd := []byte{1, 2, 3, 4, 5, 6}
	if got, want := utf.generateChecksum(odd), upstreamChecksum([]byte{1, 2, 3, 4, 5, 6, 0, 0}); !slices.Equal(got, want) || !bytes.Equal(odd, []byte{1, 2, 3, 4, 5, 6}) {
		t.Errorf("checksum of 6 bytes %v, upstream %v; the bytes are now %v", got, want, odd)
	}
}

// TestGlyphLocationsLikeUpstream checks the loca offsets read where looked
// up against upstream's decoding of the whole table, for every bundled
// font and for made-up 16-bit offsets, and that a glyph past the table
// panics as upstream's slice did.
func TestGlyphLocationsLikeUpstream(t *testing.T) {
	fonts, _ := filepath.Glob("../../assets/fonts/*.ttf")
	formats := map[int]bool{}
	for _, path := range fonts {
		utf, err := loadUTF8Font(readFont(t, path))
		if err != nil {
			t.Fatal(err)
		}
		prep := utf.cutPrep()
		formats[prep.locaFormat] = true
		want := upstreamLoca(utf, prep.locaFormat, prep.numSymbols)
		if len(want) != prep.numSymbols+1 || len(want) < 100 {
			t.Fatalf("%s: %d offsets for %d glyphs", path, len(want), prep.numSymbols)
		}
		for g, w := range want {
			if got := prep.symbolPosition.at(g); got != w {
				t.Fatalf("%s: glyph %d at %d, upstream %d", path, g, got, w)
			}
		}
		func() {
			defer func() { _ = recover() }()
			prep.symbolPosition.at(len(want))
			t.Errorf("%s: a glyph past the table did not panic", path)
		}()
	}
	if !formats[1] {
		t.Errorf("loca formats among the bundled fonts: %v", formats)
	}
	// The bundled fonts have 32-bit offsets; 16-bit ones, made up, with
	// bytes after the table.
	data := make([]byte, 8)
	for _, o := range []uint16{0, 10, 10, 0xFFFF, 7, 1, 1, 1} {
		data = binary.BigEndian.AppendUint16(data, o)
	}
	utf := newUTF8Font(&fileReader{array: data})
	utf.tableDescriptions = map[string]*tableDescription{"loca": {position: 8}}
	utf.parseLOCATable(0, 4)
	want := upstreamLoca(utf, 0, 4)
	for g, w := range want {
		if got := utf.symbolPosition.at(g); got != w {
			t.Errorf("made-up glyph %d at %d, upstream %d", g, got, w)
		}
	}
	func() {
		defer func() { _ = recover() }()
		utf.symbolPosition.at(len(want))
		t.Error("a made-up glyph past the table did not panic")
	}()
}

// TestTextSpaced draws a justified line with TextSpaced: one TJ operator
// whose numbers move each word by its gap, the runes recorded for the
// subset, and the words read back apart by a PDF reader.
func TestTextSpaced(t *testing.T) {
	pdf := New("P", "pt", "A4", "")
	pdf.AddUTF8FontFromBytes("myeongjo", "", readFont(t, testFonts[0]))
	pdf.AddPage()
	pdf.SetFont("myeongjo", "", 10)
	words := []string{"한미", "양국은", "(확장억제)", `\역슬래시`}
	gaps := []float64{4.25, 6, 8}
	page := pdf.pages[pdf.page]
	before := page.Len()
	pdf.TextSpaced(72, 700, words, gaps)
	want := fmt.Sprintf("BT %.2f %.2f Td [(%s) -425.0 (%s) -600.0 (%s) -800.0 (%s)] TJ ET\n", 72*pdf.k, (pdf.h-700)*pdf.k,
		pdf.escape(utf8toutf16(words[0], false)), pdf.escape(utf8toutf16(words[1], false)),
		pdf.escape(utf8toutf16(words[2], false)), pdf.escape(utf8toutf16(words[3], false)))
	if got := page.String()[before:]; got != want {
		t.Errorf("TextSpaced wrote\n%q\nwant\n%q", got, want)
	}
	for _, w := range words {
		for _, r := range w {
			if pdf.currentFont.usedRunes[int(r)] != int(r) {
				t.Errorf("rune %q is not recorded for the subset", r)
			}
		}
	}
	// Nothing is drawn when the words and gaps do not match, or the font is
	// not a UTF-8 font.
	before = page.Len()
	pdf.TextSpaced(72, 680, words, gaps[:1])
	if page.Len() != before {
		t.Error("TextSpaced drew words without their gaps")
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	qpdfCheck(t, buf.Bytes())
	if _, err := exec.LookPath("pdftotext"); err == nil {
		path := filepath.Join(t.TempDir(), "spaced.pdf")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(string(out)); got != strings.Join(words, " ") {
			t.Errorf("pdftotext read %q, want the words apart", got)
		}
	}
}

// TestPageRoom checks that a new page's contents start with room for what
// the page before held.
func TestPageRoom(t *testing.T) {
	pdf := New("P", "pt", "A4", "")
	pdf.SetCompression(false)
	pdf.AddPage()
	for i := range 200 {
		pdf.Line(10, float64(i), 200, float64(i))
	}
	pdf.AddPage()
	if held, room := pdf.pages[1].Len(), pdf.pages[2].Cap(); held == 0 || room < held {
		t.Errorf("page 2 starts with room for %d bytes; page 1 held %d", room, held)
	}
}

// TestAppendNumLikeStrconv compares appendNum with strconv on numbers of
// every magnitude a page uses and beyond, halves and near-halves included.
func TestAppendNumLikeStrconv(t *testing.T) {
	rnd := rand.New(rand.NewSource(2))
	var values []float64
	for _, v := range []float64{0.5, 1.5, 2.5, -0.5, -2.5, 0.05, 0.15, 0.25, 0.0005, 0.0015, 123.4565, 999999.9995, 1e9, -1e9, 1e12, math.Inf(1), math.NaN(), -0.0001} {
		values = append(values, v, math.Nextafter(v, 0), math.Nextafter(v, math.Inf(1)))
	}
	for i := 0; i < 200000; i++ {
		mag := math.Pow(10, float64(rnd.Intn(14)-4))
		values = append(values, (rnd.Float64()-0.5)*mag, float64(rnd.Intn(2000000)-1000000)/2000)
	}
	for _, v := range values {
		for prec := 0; prec <= 3; prec++ {
			want := strconv.AppendFloat(nil, v, 'f', prec, 64)
			if got := appendNum(nil, v, prec); string(got) != string(want) {
				t.Fatalf("appendNum(%v, %d) = %q, strconv gives %q", v, prec, got, want)
			}
		}
	}
}

// TestAppendToPage draws on a finished page: what it draws is a second
// content stream of that page, the page's own stream is what it would have
// been, links keep pointing at the right pages, and qpdf finds the
// document sound.
func TestAppendToPage(t *testing.T) {
	make := func(appendText bool) []byte {
		pdf := New("P", "pt", "A4", "")
		pdf.SetCompression(false)
		pdf.SetCreationDate(fixedTime)
		pdf.SetModificationDate(fixedTime)
		pdf.SetFont("Helvetica", "", 10)
		link := pdf.AddLink()
		pdf.AddPage()
		pdf.Text(20, 20, "first page")
		pdf.Link(20, 10, 50, 12, link)
		pdf.AddPage()
		pdf.SetLink(link, 0, 2)
		pdf.Text(20, 20, "second page")
		if appendText {
			pdf.AppendToPage(1, func() {
				pdf.SetFont("Helvetica", "", 8)
				pdf.Text(20, 800, "page 1 of 2")
			})
			pdf.AppendToPage(9, func() { t.Error("drew on a page that does not exist") })
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	plain, appended := make(false), make(true)
	if !bytes.Contains(appended, []byte("/Contents [4 0 R 7 0 R]")) {
		t.Fatalf("page 1 does not name two streams:\n%s", appended)
	}
	i := bytes.Index(appended, []byte("7 0 obj"))
	if i < 0 || !bytes.Contains(appended[i:], []byte("stream\nq\nBT /F")) || !bytes.Contains(appended[i:], []byte(" 8.00 Tf ET\nBT 20.00 41.89 Td (page 1 of 2) Tj ET\nQ\nendstream")) {
		t.Errorf("the second stream is not what was drawn:\n%s", appended[max(i, 0):])
	}
	// Page 1's own stream and page 2 are as they were, and the link still
	// goes to page 2 (object 5).
	stream := func(doc []byte, obj string) []byte {
		s := doc[bytes.Index(doc, []byte(obj+" 0 obj")):]
		return s[:bytes.Index(s, []byte("endobj"))]
	}
	for _, obj := range []string{"4", "6"} {
		if !bytes.Equal(stream(plain, obj), stream(appended, obj)) {
			t.Errorf("object %s changed:\n%s\nwas\n%s", obj, stream(appended, obj), stream(plain, obj))
		}
	}
	if !bytes.Contains(appended, []byte("/Dest [5 0 R")) {
		t.Error("the link does not point at page 2")
	}
	if _, err := exec.LookPath("qpdf"); err == nil {
		path := filepath.Join(t.TempDir(), "appended.pdf")
		os.WriteFile(path, appended, 0o644)
		if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check: %v\n%s", err, out)
		}
	}
}

// TestLinkAnnotationsAsFmtWroteThem checks that the link annotations, now
// written without fmt, are the text fmt wrote.
func TestLinkAnnotationsAsFmtWroteThem(t *testing.T) {
	pdf := New("P", "pt", "A4", "")
	pdf.SetCompression(false)
	pdf.SetFont("Helvetica", "", 10)
	pdf.AddPage()
	internal := pdf.AddLink()
	pdf.LinkString(10.123, 20.456, 30.789, 12.5, "https://example.org/a?b=c&d=(e)")
	pdf.Link(-5.5, 700.004, 100, 0.333, internal)
	pdf.AddPage()
	pdf.SetLink(internal, 123.456, 2)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	k := pdf.GetConversionRatio()
	_, h := pdf.GetPageSize()
	rect := func(x, y, w, ht float64) string {
		x, y, w, ht = x*k, (h-y)*k, w*k, ht*k
		return fmt.Sprintf("/Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] ", x, y, x+w, y-ht)
	}
	want := "/Annots [<</Type /Annot /Subtype /Link " + rect(10.123, 20.456, 30.789, 12.5) +
		"/A <</S /URI /URI (https://example.org/a?b=c&d=\\(e\\))>>>>" +
		"<</Type /Annot /Subtype /Link " + rect(-5.5, 700.004, 100, 0.333) +
		fmt.Sprintf("/Dest [%d 0 R /XYZ 0 %.2f null]>>", 5, h*k-123.456*k) + "]"
	if !bytes.Contains(buf.Bytes(), []byte(want)) {
		i := bytes.Index(buf.Bytes(), []byte("/Annots"))
		t.Errorf("annotations:\n%s\nwant\n%s", buf.Bytes()[max(i, 0):max(i, 0)+400], want)
	}
}
