package importer

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// outlineOf renders an article's sections as "# heading" and paragraph
// lines, to compare with what a fixture holds.
func outlineOf(a *briefing.Article) string {
	var b strings.Builder
	for _, s := range a.Sections {
		if s.Heading != "" {
			b.WriteString("# " + s.Heading + "\n")
		}
		for _, p := range s.Paragraphs {
			b.WriteString(p + "\n")
		}
	}
	return b.String()
}

func checkOutline(t *testing.T, a *briefing.Article, want string) {
	t.Helper()
	if got := outlineOf(a); got != want {
		t.Errorf("article reads\n%s\nwant\n%s", got, want)
	}
}

func sampleHWPX() hwpxDoc {
	return hwpxDoc{
		title: "한미 동맹 현황",
		paras: []docPara{
			{"본문 앞의 제목 스타일", levelTitle},
			{"개요", 1},
			{"한국(韓國)과 미국(美國)의 동맹은 굳건하다.", 0},
		},
		rows:     [][]string{{"구분", "", "내용"}, {"병력", "2만 8500명"}},
		after:    []docPara{{"주한미군은 억제력의 근간이다.", 0}, {"전망", 2}, {"협력은 계속된다.", 0}},
		footnote: "국방부 발표 자료.",
		header:   "대외비 머리말",
		deleted:  " 지워진 글",
	}
}

func TestHWPXArticle(t *testing.T) {
	a, err := Parse(sampleHWPX().bytes(t), Source{Name: "동맹.hwpx"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "한미 동맹 현황" || a.Author != "홍길동" || a.Published != "2025-03-04" || a.Language != "ko" {
		t.Errorf("title %q author %q published %q language %q", a.Title, a.Author, a.Published, a.Language)
	}
	checkOutline(t, a, `# 개요
한국(韓國)과 미국(美國)의 동맹은 굳건하다.
구분 | 내용
병력 | 2만 8500명
주한미군은 억제력의 근간이다.[1]
# 전망
협력은 계속된다.
# 각주
[1] 국방부 발표 자료.
`)
}

// TestHWPXTitleFromStyle takes the title from the first paragraph in a title
// style when the package's metadata has none.
func TestHWPXTitleFromStyle(t *testing.T) {
	d := sampleHWPX()
	d.title = ""
	a, err := Parse(d.bytes(t), Source{Name: "x.hwpx"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "본문 앞의 제목 스타일" || strings.Contains(a.Text(), "제목 스타일") {
		t.Errorf("title %q; text %q", a.Title, a.Text())
	}
}

// TestOutlineHeadingIsALine keeps an outline-numbered sentence a paragraph:
// Korean reports number their points with 개요 levels too.
func TestOutlineHeadingIsALine(t *testing.T) {
	d := hwpxDoc{title: "보고", paras: []docPara{
		{"추진 배경", 1},
		{"정부는 내년 상반기까지 관련 법령을 정비하고 예산을 확보할 계획임.", 1},
		{"세부 내용은 붙임과 같다.", 0},
	}}
	a, err := Parse(d.bytes(t), Source{Name: "보고.hwpx"})
	if err != nil {
		t.Fatal(err)
	}
	checkOutline(t, a, "# 추진 배경\n정부는 내년 상반기까지 관련 법령을 정비하고 예산을 확보할 계획임.\n세부 내용은 붙임과 같다.\n")
}

func TestDOCXArticle(t *testing.T) {
	body := `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Alliance review</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Background</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t xml:space="preserve">The alliance </w:t></w:r><w:r><w:t>holds</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:tab/><w:t>firm.</w:t></w:r>` +
		`<w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Unit</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Troops</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:p><w:r><w:t>USFK</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>28,500</w:t></w:r></w:p><w:p><w:r><w:t>(2025)</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:p><w:pPr><w:pStyle w:val="MyHeading"/></w:pPr><w:r><w:t>Outlook</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Loop1"/></w:pPr><w:r><w:t>Cooperation continues.</w:t></w:r>` +
		`<mc:AlternateContent><mc:Choice><w:r><w:t> Box.</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t> Box again.</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`
	notes := `<w:footnote w:id="1"><w:p><w:r><w:t>Ministry of Defense figures.</w:t></w:r></w:p></w:footnote>`
	a, err := Parse(docxOf(t, "", body, notes), Source{Name: "review.docx"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Alliance review" || a.Author != "Jane Roe" || a.Published != "2024-11-05" || a.Language != "en" {
		t.Errorf("title %q author %q published %q language %q", a.Title, a.Author, a.Published, a.Language)
	}
	checkOutline(t, a, `# Background
The alliance holds[1] firm.
Unit | Troops
USFK | 28,500 (2025)
# Outlook
Cooperation continues. Box.
# Footnotes
[1] Ministry of Defense figures.
`)
}

// hwpSectionFixture writes the records of a section that has what an HWP reader
// must find: a title, outline headings, Hangul with Hanja, a header to
// leave out, a footnote, a table, a line break and a tab.
func hwpSectionFixture() []byte {
	var w hwpWriter
	w.para(0, 0, 1, utf16le("국방 정책 브리핑"), nil)
	w.para(0, 1, 0, utf16le("개요"), nil)
	text := append(ctrlChar(16, "head"), utf16le("한국(韓國)과 미국(美國)의 동맹은 굳건하다.")...)
	w.para(0, 0, 0, text, func() {
		w.rec(tagCtrlHeader, 1, ctrlID("head"))
		w.list(2, 0, "대외비 머리말")
	})
	text = append(utf16le("본문에 각주가 있다"), ctrlChar(17, "fn  ")...)
	text = append(text, utf16le(".")...)
	w.para(0, 0, 0, text, func() {
		w.rec(tagCtrlHeader, 1, ctrlID("fn  "))
		w.list(2, 0, "국방부 발표 자료.")
	})
	w.para(0, 0, 0, ctrlChar(11, "tbl "), func() {
		w.rec(tagCtrlHeader, 1, ctrlID("tbl "))
		w.rec(tagTable, 2, make([]byte, 22))
		w.list(2, 0, "구분")
		w.list(2, 0, "내용")
		w.list(2, 1, "병력")
		w.list(2, 1, "2만 8500명")
	})
	w.para(0, 2, 0, utf16le("전망"), nil)
	text = append(utf16le("협력은"), 10, 0)
	text = append(text, utf16le("계속")...)
	text = append(text, ctrlChar(9, "\x00\x00\x00\x00")...)
	w.para(0, 0, 0, append(text, utf16le("된다.")...), nil)
	return w.buf.Bytes()
}

const hwpWant = `# 개요
한국(韓國)과 미국(美國)의 동맹은 굳건하다.
본문에 각주가 있다[1].
구분 | 내용
병력 | 2만 8500명
# 전망
협력은 계속 된다.
# 각주
[1] 국방부 발표 자료.
`

func TestHWPArticle(t *testing.T) {
	for _, flags := range []uint32{0, hwpCompressed} {
		a, err := Parse(hwpFile(hwpSectionFixture(), flags), Source{Name: "브리핑.hwp"})
		if err != nil {
			t.Fatalf("flags %d: %v", flags, err)
		}
		if a.Title != "국방 정책 브리핑" || a.Language != "ko" {
			t.Errorf("flags %d: title %q language %q", flags, a.Title, a.Language)
		}
		checkOutline(t, a, hwpWant)
	}
}

// TestHWPBigStream reads a section in regular sectors (over the mini
// stream's 4096 bytes) and a record with an extended size.
func TestHWPBigStream(t *testing.T) {
	long := strings.Repeat("가", 3000) // 6000 bytes: an extended record size
	var w hwpWriter
	w.para(0, 0, 0, utf16le(long), nil)
	w.para(0, 0, 0, utf16le("끝."), nil)
	a, err := Parse(hwpFile(w.buf.Bytes(), 0), Source{Name: "long.hwp"})
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := a.Paragraph(0, 0); p != long || a.ParagraphCount() != 2 {
		t.Errorf("%d paragraphs, the first %d bytes", a.ParagraphCount(), len(p))
	}
}

func TestOfficeRefused(t *testing.T) {
	encryptedHWPX := sampleHWPX()
	encryptedHWPX.manifest = `<?xml version="1.0"?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><odf:file-entry odf:full-path="Contents/section0.xml"><odf:encryption-data odf:checksum-type="SHA1"/></odf:file-entry></odf:manifest>`
	encryptedDOCX := writeCFB(map[string][]byte{"EncryptionInfo": {4, 0, 4, 0}, "EncryptedPackage": bytes.Repeat([]byte{7}, 5000)})
	for _, c := range []struct {
		name string
		data []byte
		kind error
		says string
	}{
		{"password.hwp", hwpFile(hwpSectionFixture(), hwpPassword), ErrProtected, "protected by a password"},
		{"배포용.hwp", hwpFile(hwpSectionFixture(), hwpDistributed|hwpCompressed), ErrProtected, "distribution document (배포용 문서)"},
		{"drm.hwp", hwpFile(hwpSectionFixture(), hwpCertDRM|hwpCompressed), ErrProtected, "protected by DRM"},
		{"인증서.hwp", hwpFile(hwpSectionFixture(), hwpCertCrypt|hwpCompressed), ErrProtected, "encrypted for a certificate (인증서 암호화)"},
		{"개인정보.hwp", hwpFile(hwpSectionFixture(), hwpPrivacy|hwpCompressed), ErrProtected, "personal information (개인정보 보안 문서)"},
		{"locked.hwpx", encryptedHWPX.bytes(t), ErrProtected, "HWPX document is protected by a password"},
		{"locked.docx", encryptedDOCX, ErrProtected, "DOCX document is protected by a password"},
		{"old.hwp", []byte(hwpSignature + " V3.00 \x1a\x01\x02\x03\x04\x05"), ErrFormat, "HWP 3"},
		{"old.docx", writeCFB(map[string][]byte{"WordDocument": {1, 2}}), ErrFormat, "Word 97–2003"},
		{"empty.hwpx", hwpxDoc{}.bytes(t), ErrEmpty, "HWPX document has no body text"},
		{"text.hwp", []byte("plain text, not HWP"), ErrDamaged, "HWP file is damaged"},
		{"other.docx", zipOf(t, "a.txt", "x"), ErrDamaged, "no word/document.xml"},
	} {
		a, err := Parse(c.data, Source{Name: c.name})
		if a != nil || !errors.Is(err, c.kind) || !strings.Contains(err.Error(), c.says) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: got %v, %v; want one line saying %q", c.name, a, err, c.says)
		}
	}
}

// TestOfficeSniffed reads office files that arrive without a name, or
// under the wrong one.
func TestOfficeSniffed(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"-", hwpFile(hwpSectionFixture(), hwpCompressed), "국방 정책 브리핑"},
		{"-", sampleHWPX().bytes(t), "한미 동맹 현황"},
		{"misnamed.docx", sampleHWPX().bytes(t), "한미 동맹 현황"},
		{"misnamed.hwp", docxOf(t, "Named", `<w:p><w:r><w:t>Text.</w:t></w:r></w:p>`, ""), "Named"},
	} {
		a, err := Parse(c.data, Source{Name: c.name})
		if err != nil || a.Title != c.want {
			t.Errorf("%s: %v, %v; want the title %q", c.name, a, err, c.want)
		}
	}
}

// TestOfficeBroken cuts and corrupts every fixture: each must give an
// article or an error, never a panic or both.
func TestOfficeBroken(t *testing.T) {
	fixtures := map[string][]byte{
		"a.hwp":  hwpFile(hwpSectionFixture(), hwpCompressed),
		"b.hwp":  hwpFile(hwpSectionFixture(), 0),
		"c.hwpx": sampleHWPX().bytes(t),
		"d.docx": docxOf(t, "T", `<w:p><w:r><w:t>Text.</w:t></w:r></w:p>`, ""),
	}
	errs := 0
	for name, data := range fixtures {
		for cut := 0; cut < len(data); cut += 1 + len(data)/97 {
			if _, err := Parse(data[:cut], Source{Name: name}); err != nil {
				errs++
			}
			bad := bytes.Clone(data)
			for i := cut; i < len(bad) && i < cut+8; i++ {
				bad[i] ^= 0xA5
			}
			checkArticle(t, bad, Source{Name: name})
		}
	}
	if errs == 0 {
		t.Error("no truncated file was refused")
	}
}

// TestOfficeBomb refuses a package whose part unpacks past the limits.
func TestOfficeBomb(t *testing.T) {
	huge := strings.Repeat("<w:p><w:r><w:t>aaaaaaaaaaaaaaaa</w:t></w:r></w:p>", (maxZipPart/48)+1000)
	data := docxOf(t, "Bomb", huge, "")
	if len(data) > MaxSize {
		t.Fatalf("the bomb is %d bytes, over the input limit", len(data))
	}
	_, err := Parse(data, Source{Name: "bomb.docx"})
	if !errors.Is(err, ErrTooComplex) {
		t.Errorf("got %v, want a refusal for size", err)
	}
}

// TestSmallPackagesUnpackLittle checks that a small package whose parts
// unpack to far more than it could hold is refused before they are read
// whole, and that notes count against the paragraphs an article may hold.
func TestSmallPackagesUnpackLittle(t *testing.T) {
	filler := strings.Repeat("<x/>", 3<<20) // 12 MB of XML in each part
	data := zipOf(t,
		"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>본문</w:t></w:r></w:p></w:body></w:document>`,
		"word/styles.xml", `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`+filler+`</w:styles>`,
		"word/footnotes.xml", `<?xml version="1.0"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`+filler+`</w:footnotes>`,
	)
	if len(data) > 1<<20 {
		t.Fatalf("the package is %d bytes; it should be small", len(data))
	}
	if _, err := Parse(data, Source{Name: "parts.docx"}); !errors.Is(err, ErrTooComplex) {
		t.Errorf("parts unpacking to 24 MB from a small package: %v, want a refusal for size", err)
	}
	refs := strings.Repeat(`<w:r><w:footnoteReference w:id="1"/></w:r>`, briefing.MaxParagraphs+10)
	notes := docxOf(t, "Notes", `<w:p>`+refs+`</w:p>`, `<w:footnote w:id="1"><w:p><w:r><w:t>각주</w:t></w:r></w:p></w:footnote>`)
	if _, err := Parse(notes, Source{Name: "notes.docx"}); !errors.Is(err, ErrTooComplex) {
		t.Errorf("%d note references: %v, want a refusal for size", briefing.MaxParagraphs+10, err)
	}
}

func TestHeadingStyle(t *testing.T) {
	for name, want := range map[string]int{"heading 1": 1, "Heading2": 2, "제목 3": 3, "Title": levelTitle, "제목": levelTitle, "Normal": 0, "개요 1": 0, "heading": 0, "Heading 10": 0} {
		if got := headingStyle(name); got != want {
			t.Errorf("headingStyle(%q) = %d, want %d", name, got, want)
		}
	}
}

// TestANumberAloneIsNoHeading checks that an outline paragraph or a heading
// that holds only a number or a mark starts no section.
func TestANumberAloneIsNoHeading(t *testing.T) {
	for _, b := range []block{{text: "5", level: 1, weak: true}, {text: "100", level: 2}, {text: "※", level: 1}} {
		if b.isHeading() {
			t.Errorf("%q at level %d is a heading", b.text, b.level)
		}
	}
	for _, b := range []block{{text: "Ⅱ. 추진 계획", level: 1, weak: true}, {text: "2025년 예산", level: 2}} {
		if !b.isHeading() {
			t.Errorf("%q at level %d is not a heading", b.text, b.level)
		}
	}
}

// TestATitleWithoutLettersNamesNothing checks that a document whose
// properties give a title of no letters ("1") is named otherwise.
func TestATitleWithoutLettersNamesNothing(t *testing.T) {
	a, err := Parse(docxOf(t, "1", `<w:p><w:r><w:t>본문 문단입니다.</w:t></w:r></w:p>`, ""), Source{Name: "주간_보고.docx"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "주간 보고" {
		t.Errorf("title %q, want the file's name", a.Title)
	}
}

// TestTextArtIsText checks that the words of a 글맵시 (text art), kept in an
// attribute, are read with the paragraph that holds it.
func TestTextArtIsText(t *testing.T) {
	d := hwpxDoc{title: "표지", paras: []docPara{{text: "본문 첫 문단."}}, textart: "한미동맹 70주년\u240d\u240a기념 보고"}
	a, err := Parse(d.bytes(t), Source{Name: "textart.hwpx"})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Text(); !strings.Contains(got, "한미동맹 70주년 기념 보고") || !strings.Contains(got, "본문 첫 문단.") {
		t.Errorf("text %q", got)
	}
}
