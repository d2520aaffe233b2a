package importer

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"golang.org/x/net/html"
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

// minArticleChars is the least text a page must yield to count as an
// article; less is a menu or an error page that readability fell back on.
const minArticleChars = 40

// maxElements bounds the pages read: real news pages have a few thousand
// elements, and building and searching the tree of millions (a 20 MB page
// of table cells) takes minutes and gigabytes.
const maxElements = 200_000

// ErrTooComplex is returned for a page over maxElements.
var ErrTooComplex = errors.New("the page is too complex to read")

// countElements counts the start tags of a page, up to limit, with the
// tokenizer alone, which takes time in proportion to the page.
func countElements(page string, limit int) int {
	z := html.NewTokenizer(strings.NewReader(page))
	n := 0
	for n < limit {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.StartTagToken, html.SelfClosingTagToken:
			n++
		}
	}
	return n
}

// cleanByline removes the reporter suffixes and dates news sites put in bylines.
func cleanByline(s string) string {
	s = squash(s)
	for _, cut := range []string{" · ", " | ", "입력", "기사입력", "Updated", "Published"} {
		if i := strings.Index(s, cut); i > 0 {
			s = strings.TrimSpace(s[:i])
		}
	}
	s = strings.TrimPrefix(s, "By ")
	s = strings.TrimPrefix(s, "by ")
	return s
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
