package importer

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// A short news item in each language the encodings are for, written for
// these tests: a title and two paragraphs.
type sampleText struct {
	lang, title string
	paras       []string
}

var (
	textKo = sampleText{"ko", "하반기 연합연습 일정 발표", []string{
		"국방부는 오늘 하반기 연합연습 일정을 발표했다. 연습은 다음 달 첫째 주에 시작해 열흘 동안 이어진다.",
		"군 당국은 야외기동훈련의 비중을 늘리고 지휘소 연습과 연계하는 방안을 검토하고 있다고 설명했다.",
	}}
	textZh = sampleText{"zh", "下半年联合演习日程公布", []string{
		"国防部今天宣布了下半年联合演习的日程。演习将于下月第一周开始，持续十天。",
		"军方表示，正在研究增加野外机动训练比重的方案，并与指挥所演习相结合。",
	}}
	textZhHant = sampleText{"zh-Hant", "下半年聯合演習日程公布", []string{
		"國防部今天宣布了下半年聯合演習的日程。演習將於下月第一週開始，持續十天。",
		"軍方表示，正在研究增加野外機動訓練比重的方案，並與指揮所演習相結合。",
	}}
	textJa = sampleText{"ja", "下半期の合同演習の日程を発表", []string{
		"防衛省は今日、下半期の合同演習の日程を発表した。演習は来月の第一週に始まり、十日間続く。",
		"当局は野外機動訓練の比重を増やし、指揮所演習と連携させる案を検討していると説明した。",
	}}
	textFr = sampleText{"fr", "Calendrier des exercices conjoints", []string{
		"Le ministère de la Défense a annoncé aujourd’hui le calendrier des exercices conjoints du second semestre.",
		"Les exercices débuteront la première semaine du mois prochain et dureront dix jours, a précisé l’état-major.",
	}}
	textDe = sampleText{"de", "Zeitplan der gemeinsamen Übungen", []string{
		"Das Verteidigungsministerium hat heute den Zeitplan für die gemeinsamen Übungen veröffentlicht.",
		"Die Übungen beginnen in der ersten Woche des nächsten Monats und dauern zehn Tage; größere Manöver folgen.",
	}}
)

// page returns the text as a web page, with extra markup in its head.
func (s sampleText) page(head string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html><head>%s<title>%s</title></head>\n<body><article>\n", head, s.title)
	for _, p := range s.paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString("</article></body></html>\n")
	return b.String()
}

// plain returns the text as a plain-text file.
func (s sampleText) plain() string {
	return s.title + "\n\n" + strings.Join(s.paras, "\n\n") + "\n"
}

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("%v cannot encode the fixture: %v", enc, err)
	}
	return b
}

// checkRead parses data and checks that the article has the text's title
// and paragraphs.
func checkRead(t *testing.T, data []byte, src Source, want sampleText) {
	t.Helper()
	a, err := Parse(data, src)
	if err != nil {
		t.Fatalf("%s: %v", src.Name, err)
	}
	if src.Format != FormatText && FormatOf(src.Name) != FormatText && a.Title != want.title {
		t.Errorf("title %q, want %q", a.Title, want.title)
	}
	text := a.Text()
	for _, p := range want.paras {
		if !strings.Contains(text, p) {
			t.Errorf("the text lacks %q:\n%s", p, text)
		}
	}
	if strings.ContainsRune(text, '\uFFFD') {
		t.Errorf("replacement characters in the text:\n%s", text)
	}
}

// legacyCases pairs each text with the encodings it is written in.
var legacyCases = []struct {
	name string
	text sampleText
	enc  encoding.Encoding
}{
	{"Korean in EUC-KR", textKo, korean.EUCKR},
	{"Chinese in GBK", textZh, simplifiedchinese.GBK},
	{"Chinese in GB18030", textZh, simplifiedchinese.GB18030},
	{"traditional Chinese in Big5", textZhHant, traditionalchinese.Big5},
	{"Japanese in Shift_JIS", textJa, japanese.ShiftJIS},
	{"Japanese in EUC-JP", textJa, japanese.EUCJP},
	{"French in Windows-1252", textFr, charmap.Windows1252},
	{"German in Windows-1252", textDe, charmap.Windows1252},
}

// TestUndeclaredEncodings reads pages and text files that do not say their
// encoding: the bytes alone tell which.
func TestUndeclaredEncodings(t *testing.T) {
	for _, c := range legacyCases {
		t.Run(c.name, func(t *testing.T) {
			checkRead(t, encode(t, c.enc, c.text.page("")), Source{Name: "page.html"}, c.text)
			checkRead(t, encode(t, c.enc, c.text.plain()), Source{Name: "note.txt"}, c.text)
		})
	}
}

// TestDeclaredEncodings reads pages that say their encoding, in a <meta>
// tag, an http-equiv <meta>, an XML declaration or the HTTP header.
func TestDeclaredEncodings(t *testing.T) {
	for _, c := range legacyCases {
		label, _ := encodingLabel(c.enc)
		t.Run(c.name, func(t *testing.T) {
			for _, d := range []struct {
				how, head, prefix, contentType string
			}{
				{"meta charset", `<meta charset="` + label + `">`, "", ""},
				{"http-equiv", `<meta content="text/html; charset=` + label + `" http-equiv="Content-Type">`, "", ""},
				{"XML declaration", "", `<?xml version="1.0" encoding="` + label + `"?>` + "\n", ""},
				{"HTTP header", "", "", "text/html; charset=" + label},
			} {
				t.Run(d.how, func(t *testing.T) {
					data := encode(t, c.enc, d.prefix+c.text.page(d.head))
					checkRead(t, data, Source{Name: "page.html", ContentType: d.contentType}, c.text)
				})
			}
		})
	}
}

func encodingLabel(enc encoding.Encoding) (string, error) {
	switch enc {
	case korean.EUCKR:
		return "euc-kr", nil
	case simplifiedchinese.GBK:
		return "gbk", nil
	case simplifiedchinese.GB18030:
		return "gb18030", nil
	case traditionalchinese.Big5:
		return "big5", nil
	case japanese.ShiftJIS:
		return "shift_jis", nil
	case japanese.EUCJP:
		return "euc-jp", nil
	case charmap.Windows1252:
		return "windows-1252", nil
	}
	return "", errors.New("no label")
}

// TestLateDeclaration finds a page's <meta charset> after long scripts and
// styles, past the 1,024 bytes the HTML standard's prescan reads, and not
// in a script, a comment or the body. The page is in Windows-1251, which
// detection does not try: only the declaration gets it right.
func TestLateDeclaration(t *testing.T) {
	ru := sampleText{"ru", "Учения начнутся в следующем месяце", []string{
		"Министерство обороны сегодня объявило график совместных учений на второе полугодие.",
		"Учения начнутся в первую неделю следующего месяца и продлятся десять дней.",
	}}
	filler := "<style>" + strings.Repeat("p { margin: 0 0 1em 0; line-height: 1.6; }\n", 80) + "</style>\n" +
		`<script>var tpl = '<meta charset="utf-8">'; // ` + strings.Repeat("x", 500) + "</script>\n" +
		`<!-- <meta charset="euc-kr"> -->` + "\n"
	for _, head := range []string{
		filler + `<meta charset="windows-1251">`,
		filler + `<meta http-equiv="content-type" content="text/html;charset=windows-1251">`,
	} {
		data := encode(t, charmap.Windows1251, ru.page(head))
		if i := bytes.Index(data, []byte("windows-1251")); i < 1024 {
			t.Fatalf("the declaration is at byte %d, not after the first 1,024", i)
		}
		if got := pageCharset(data); got != "windows-1251" {
			t.Errorf("declared %q, want windows-1251", got)
		}
		checkRead(t, data, Source{Name: "late.html"}, ru)
	}
	// A declaration in the body is not the page's.
	body := []byte(`<html><head><title>x</title></head><body><meta charset="windows-1251"><p>x</p></body></html>`)
	if got := pageCharset(body); got != "" {
		t.Errorf("a <meta> in the body declared %q", got)
	}
	// Nor is one beyond the bound.
	far := []byte("<html><head><style>" + strings.Repeat(" ", headLimit) + `</style><meta charset="windows-1251"></head></html>`)
	if got := pageCharset(far); got != "" {
		t.Errorf("a <meta> past %d bytes declared %q", headLimit, got)
	}
	// A label that names no encoding is passed over for the next.
	two := []byte(`<html><head><meta charset="klingon"><meta charset="gbk"></head></html>`)
	if got := pageCharset(two); got != "gbk" {
		t.Errorf("declared %q, want gbk", got)
	}
}

// TestCharsetLabels reads the labels pages use, as the encodings the
// bytes behind them are: the HTML standard's labels, common aliases, and
// supersets for the old charsets.
func TestCharsetLabels(t *testing.T) {
	cases := map[string]namedEncoding{
		"gb2312": encGB18030, "GBK": encGB18030, "x-gbk": encGB18030, "gb18030": encGB18030, "cp936": encGB18030,
		"euc-kr": encCP949, "ks_c_5601-1987": encCP949, "cp949": encCP949, "EUCKR": encCP949,
		"shift_jis": encSJIS, "sjis": encSJIS, "windows-31j": encSJIS, "cp932": encSJIS,
		"big5": encBig5, "big5-hkscs": encBig5, "cp950": encBig5,
		"euc-jp": encEUCJP, "iso-8859-1": encLatin, "us-ascii": encLatin, "windows-1252": encLatin,
		` "utf-8" `: {"UTF-8", unicode.UTF8}, "utf8": {"UTF-8", unicode.UTF8},
	}
	for label, want := range cases {
		if got := lookupCharset(label); got != want {
			t.Errorf("%q: %q, want %q", label, got.name, want.name)
		}
	}
	for _, label := range []string{"", "klingon", "x-unknown"} {
		if got := lookupCharset(label); got.enc != nil {
			t.Errorf("%q: %q, want none", label, got.name)
		}
	}
	if got := headerCharset(`text/html; charset="gb2312"`); got != "gb2312" {
		t.Errorf("header: %q", got)
	}
	if got := headerCharset(`text/html; charset=euc-kr; charset=utf-8`); got != "euc-kr" {
		t.Errorf("malformed header: %q", got)
	}
}

// TestSupersets reads what pages labelled with the older, smaller charsets
// really hold: GB2312 pages with GBK and GB18030 characters, EUC-KR pages
// with CP949 syllables, Shift_JIS pages with Windows-31J characters, Big5
// pages with Hong Kong characters, GBK pages with user-defined characters.
func TestSupersets(t *testing.T) {
	cases := []struct {
		label string
		body  []byte
		want  string
		more  []byte // a paragraph more, for an article long enough
	}{
		{"gb2312", encode(t, simplifiedchinese.GB18030, "朱镕基在北京发表讲话，𠮷字与欧元符号€也在其中。"), "朱镕基在北京发表讲话，𠮷字与欧元符号€也在其中。",
			encode(t, simplifiedchinese.GBK, textZh.paras[0])},
		{"euc-kr", encode(t, korean.EUCKR, "똠방각하와 뷁 같은 음절도 한국어 문장에 나올 수 있다."), "똠방각하와 뷁 같은 음절도 한국어 문장에 나올 수 있다.",
			encode(t, korean.EUCKR, textKo.paras[0])},
		{"shift_jis", encode(t, japanese.ShiftJIS, "会議は①と②の議題を扱い、髙橋氏が説明した。"), "会議は①と②の議題を扱い、髙橋氏が説明した。",
			encode(t, japanese.ShiftJIS, textJa.paras[0])},
		// 0x87 0x40 is a Hong Kong (HKSCS) character, which the HTML
		// standard's Big5 encoder does not write but its decoder reads.
		{"big5", append(encode(t, traditionalchinese.Big5, "香港的新聞報導提到了"), append([]byte{0x87, 0x40}, encode(t, traditionalchinese.Big5, "這個字。")...)...), "香港的新聞報導提到了\u43F0這個字。",
			encode(t, traditionalchinese.Big5, textZhHant.paras[0])},
		// 0xAA 0xA1 is the first of GBK's user-defined characters, which
		// GB18030 and the HTML standard map to U+E000.
		{"gbk", append(encode(t, simplifiedchinese.GBK, "国防部今天宣布了演习的日程"), append([]byte{0xAA, 0xA1}, encode(t, simplifiedchinese.GBK, "军方表示正在研究方案。")...)...), "国防部今天宣布了演习的日程\uE000军方表示正在研究方案。",
			encode(t, simplifiedchinese.GBK, textZh.paras[1])},
	}
	for _, c := range cases {
		t.Run(c.label, func(t *testing.T) {
			var data []byte
			data = append(data, `<html><head><meta charset="`+c.label+`"><title>t</title></head><body><article><p>`...)
			data = append(append(data, c.body...), "</p><p>"...)
			data = append(append(data, c.more...), "</p></article></body></html>"...)
			a, err := Parse(data, Source{Name: "page.html"})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Text(); !strings.Contains(got, c.want) {
				t.Errorf("text %q, want %q", got, c.want)
			}
		})
	}
}

// TestLyingDeclarations sets aside declarations the bytes do not fit, or
// fit only as gibberish, for what the bytes are; and keeps those they fit.
func TestLyingDeclarations(t *testing.T) {
	cases := []struct {
		name        string
		text        sampleText
		enc         encoding.Encoding
		head        string
		contentType string
	}{
		{"GBK page that says EUC-KR", textZh, simplifiedchinese.GBK, `<meta charset="euc-kr">`, ""},
		{"Shift_JIS page that says UTF-8", textJa, japanese.ShiftJIS, `<meta charset="utf-8">`, ""},
		{"EUC-KR page whose server says ISO-8859-1", textKo, korean.EUCKR, "", "text/html; charset=ISO-8859-1"},
		{"GBK page whose server says UTF-8 and which says GB2312", textZh, simplifiedchinese.GBK, `<meta charset="gb2312">`, "text/html; charset=utf-8"},
		{"Big5 page that says GB2312", textZhHant, traditionalchinese.Big5, `<meta charset="gb2312">`, ""},
		{"EUC-KR page that says EUC-KR", textKo, korean.EUCKR, `<meta charset="euc-kr">`, ""},
		{"Windows-1252 page that says ISO-8859-1", textFr, charmap.Windows1252, `<meta charset="iso-8859-1">`, ""},
		{"UTF-8 page that says UTF-16", textKo, unicode.UTF8, `<meta charset="utf-16">`, ""},
		{"UTF-8 page whose server says ISO-8859-1", textKo, unicode.UTF8, "", "text/html; charset=ISO-8859-1"},
		{"UTF-8 page that says Windows-1251", textFr, unicode.UTF8, `<meta charset="windows-1251">`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := encode(t, c.enc, c.text.page(c.head))
			if len(data)%2 == 1 {
				data = append(data, '\n') // even, as UTF-16 would be
			}
			checkRead(t, data, Source{Name: "page.html", ContentType: c.contentType}, c.text)
		})
	}
}

// TestStrayNULs reads UTF-8 text with NUL and control bytes sprinkled in
// and padded with NULs: they are dropped, and the text is what it would be
// without them.
func TestStrayNULs(t *testing.T) {
	sprinkle := func(s string) []byte {
		var b []byte
		for i, r := range s {
			b = append(b, string(r)...)
			if i%7 == 0 {
				b = append(b, 0)
			}
			if i%97 == 0 {
				b = append(b, 0x01)
			}
		}
		return append(b, make([]byte, 4096)...)
	}
	for _, text := range []sampleText{textKo, textFr} {
		checkRead(t, sprinkle(text.page("")), Source{Name: "page.html"}, text)
		checkRead(t, sprinkle(text.plain()), Source{Name: "note.txt"}, text)
	}
	// The same in a legacy encoding.
	checkRead(t, append(encode(t, korean.EUCKR, textKo.page("")), make([]byte, 1000)...), Source{Name: "page.html"}, textKo)
}

// TestUTF16WithoutBOM reads UTF-16 without a byte order mark, whose NULs are
// half of its ASCII characters and not stray: they are not dropped to read
// the rest as ASCII.
func TestUTF16WithoutBOM(t *testing.T) {
	for _, enc := range []encoding.Encoding{
		unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
		unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
	} {
		checkRead(t, encode(t, enc, textKo.plain()), Source{Name: "note.txt"}, textKo)
		checkRead(t, encode(t, enc, textKo.page("")), Source{Name: "page.html"}, textKo)
	}
}

// TestNotText refuses what is not text, whatever it is called and whatever
// the server says, with a reason: compressed pages, images, random bytes;
// and text in an encoding Briefdesk does not read.
func TestNotText(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Repeat(textKo.page(""), 20)))
	zw.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	noise := make([]byte, 64<<10)
	for i := range noise {
		noise[i] = byte(rng.Uint32())
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00"), noise...)
	high := make([]byte, 4096) // bytes over 0x7F only: no control bytes, but no text either
	for i := range high {
		high[i] = 0x80 + byte(rng.Uint32()%0x80)
	}
	cases := []struct {
		name string
		data []byte
		src  Source
		want error
		says string
	}{
		{"gzip page", gz.Bytes(), Source{Name: "page.html", ContentType: "text/html; charset=utf-8"}, ErrBinary, "binary data"},
		{"gzip page without a name", gz.Bytes(), Source{Name: "https://example.com/a", Format: FormatHTML}, ErrBinary, "binary data"},
		{"image", png, Source{Name: "photo.html"}, ErrBinary, "binary data"},
		{"image as text", png, Source{Name: "photo.txt"}, ErrBinary, "binary data"},
		{"noise", noise, Source{Name: "noise.txt"}, ErrBinary, "binary data"},
		{"no encoding", high, Source{Name: "high.txt"}, ErrEncoding, "none of the encodings"},
		{"no encoding, declared", append([]byte(`<meta charset="gbk"><p>`), high...), Source{Name: "high.html"}, ErrEncoding, "the page says it is gbk, but its bytes are not"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(c.data, c.src)
			if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.says) {
				t.Errorf("error %v, want %v saying %q", err, c.want, c.says)
			}
		})
	}
}

// TestSampleBounded keeps what detection decodes small, however large the
// input and wherever its text is.
func TestSampleBounded(t *testing.T) {
	line := encode(t, simplifiedchinese.GBK, strings.Join(textZh.paras, "")+"\n")
	big := bytes.Repeat(line, (MaxSize/len(line))-1)
	if s := sample(big); len(s) > sampleMax+2*samplePiece {
		t.Errorf("sample of %d bytes from %d", len(s), len(big))
	}
	noSafeByte := bytes.Repeat([]byte{0xB0, 0xA1}, MaxSize/2)
	if s := sample(noSafeByte); len(s) > sampleMax+2*samplePiece {
		t.Errorf("sample of %d bytes from %d", len(s), len(noSafeByte))
	}
	late := append(bytes.Repeat([]byte("<p>plain ASCII</p>\n"), 500_000), line...)
	if s := sample(late); !bytes.Contains(s, line[:len(line)-1]) {
		t.Error("the sample misses the only non-ASCII text, at the end")
	}
}

// BenchmarkDecodeLegacy20MB decodes the largest page accepted, in GBK
// without a declaration: detection reads a sample, the decoding all of it.
func BenchmarkDecodeLegacy20MB(b *testing.B) {
	line, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("<p>" + strings.Join(textZh.paras, "") + "</p>\n"))
	page := bytes.Repeat(line, MaxSize/len(line)-1)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := decodeHTML(page, ""); err != nil {
			b.Fatal(err)
		}
	}
}
