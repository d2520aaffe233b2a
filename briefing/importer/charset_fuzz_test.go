package importer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/unicode/norm"
)

// FuzzDecode decodes any bytes as a page, with any Content-Type, and as a
// text file: the result is clean NFC UTF-8 without control characters, the
// same every time, or an error.
func FuzzDecode(f *testing.F) {
	for _, s := range []sampleText{textKo, textZh, textJa, textFr} {
		f.Add([]byte(s.page(`<meta charset="utf-8">`)), "")
		f.Add([]byte(s.plain()), "text/plain; charset=utf-8")
	}
	for _, c := range legacyCases {
		if b, err := c.enc.NewEncoder().Bytes([]byte(c.text.page(""))); err == nil {
			f.Add(b, "")
		}
	}
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(textZh.paras[0]))
	f.Add(append([]byte(`<meta charset="gb2312">`+"\xaa\xa1\x81\x30\x81\x30"), gbk...), "")
	euc, _ := korean.EUCKR.NewEncoder().Bytes([]byte(textKo.paras[0]))
	f.Add(euc, "text/html; charset=iso-8859-1")
	sjis, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte(textJa.paras[0]))
	f.Add(sjis, "text/html; charset=utf-16")
	f.Add([]byte("\x00h\x00i\x00 \x00\xac\x00"), "")
	f.Add([]byte(`<?xml version="1.0" encoding="big5"?><meta http-equiv=content-type content="charset=euc-jp">`), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		for _, decode := range []func() (string, error){
			func() (string, error) { return decodeHTML(data, contentType) },
			func() (string, error) { return decodeText(data) },
		} {
			s, err := decode()
			if err != nil {
				continue
			}
			if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
				t.Fatalf("not NFC UTF-8: %q", s)
			}
			if i := strings.IndexFunc(s, func(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r < 0xa0 }); i >= 0 {
				t.Fatalf("control character at %d: %q", i, s)
			}
			if again, _ := decode(); again != s {
				t.Fatalf("decoded differently the second time")
			}
		}
	})
}
