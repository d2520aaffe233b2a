package importer

import (
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/korean"
)

// decodeHTML decodes a page to UTF-8: a byte order mark, the HTTP header's
// charset or the page's own declaration wins when the bytes fit it; a
// declaration the bytes do not fit (a server that lies) is set aside for
// what the bytes are: valid UTF-8, or CP949. Without a declaration, anything
// else is tried as CP949 before the HTML standard's Windows-1252 default.
// Bytes that are text in none of these are an error, never an article.
func decodeHTML(data []byte, contentType string) (string, error) {
	if bomEncoding(data) != nil {
		return decodeText(data)
	}
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if certain {
		if out, err := decodeStrict(enc, data); err == nil {
			return textual(out)
		}
	}
	if utf8.Valid(data) {
		return textual(data)
	}
	if out, err := decodeStrict(korean.EUCKR, data); err == nil {
		return textual(out)
	}
	if certain {
		return "", briefing.Because(ErrEncoding, "the page says it is %s, but its bytes are not", name)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", ErrEncoding
	}
	return textual(out)
}

// textual cleans decoded text, refusing what is not text: more than one
// character in twenty a control character or a replacement character (a
// compressed or binary body, whatever its headers say).
func textual(b []byte) (string, error) {
	bad, all := 0, 0
	for _, r := range string(b) {
		all++
		if r == utf8.RuneError || r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r >= 0x7f && r < 0xa0 {
			bad++
		}
	}
	if all > 0 && bad*20 > all {
		return "", ErrBinary
	}
	return clean(b)
}
