package importer

import (
	"bytes"
	"errors"
	"mime"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// headLimit bounds the search for a page's own charset declaration: the
// HTML standard looks at the first 1,024 bytes only, but real pages put
// their <meta charset> after long scripts, styles and comments.
const headLimit = 64 << 10

// decodeHTML decodes a page to UTF-8. A byte order mark wins; then the
// HTTP header's charset, or the page's own declaration anywhere in its head,
// when the bytes fit it. A declaration the bytes do not fit (a server that
// lies, a page saved in another encoding) is set aside for what the bytes
// are, as is one the bytes fit only as gibberish. Without a declaration the
// bytes are read as UTF-8 if they are, or in the legacy encoding they read
// best in (see detect). Bytes that are text in none of these are an error,
// never an article.
func decodeHTML(data []byte, contentType string) (string, error) {
	if bomEncoding(data) != nil {
		return decodeText(data)
	}
	label, fromHeader := headerCharset(contentType), true
	if label == "" {
		label, fromHeader = pageCharset(data), false
	}
	declared := lookupCharset(label)
	if declared.enc != nil {
		if out, ok := declaredFits(data, declared, fromHeader); ok {
			return textual(out)
		}
	}
	text, err := decodeUndeclared(data, declared)
	if errors.Is(err, ErrEncoding) && declared.enc != nil {
		return "", briefing.Because(ErrEncoding, "the page says it is %s, but its bytes are not", label)
	}
	return text, err
}

// declaredFits decodes data with the declared encoding if its bytes fit:
// every byte a character; not UTF-8 when another encoding is declared (a
// page saved as UTF-8 that kept its old declaration); and, for the legacy
// encodings Briefdesk can tell apart, no other reading far better (a page
// in GBK that says it is ISO-8859-1). UTF-16 is only taken from the HTTP
// header: a page that says it is UTF-16 in its own markup, which UTF-16
// bytes could not be read to find, is not (the HTML standard reads it as
// UTF-8).
func declaredFits(data []byte, declared namedEncoding, fromHeader bool) ([]byte, bool) {
	if isUTF16(declared.enc) && !fromHeader {
		return nil, false
	}
	if declared.enc != unicode.UTF8 && clearlyUTF8(data) {
		return nil, false
	}
	out, err := decodeStrict(declared, data)
	if err != nil {
		return nil, false
	}
	if isLegacy(declared) {
		s := sample(data)
		mine := measure(declared, s)
		if best, found := detect(s, declared); found && best.enc != declared && best.strong() && mine.score() < best.score()/3 {
			return nil, false
		}
	}
	return out, true
}

// clearlyUTF8 reports whether data is valid UTF-8 with at least eight
// multi-byte characters, which text in another encoding never is.
func clearlyUTF8(data []byte) bool {
	n := 0
	for _, c := range data {
		if c >= 0xc0 {
			n++
		}
	}
	return n >= 8 && utf8.Valid(data)
}

// decodeUndeclared decodes bytes no declaration fits: UTF-16 without a byte
// order mark, UTF-8 (with a stray invalid byte or two), or the legacy
// encoding they read best in.
func decodeUndeclared(data []byte, declared namedEncoding) (string, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		if enc := sniffUTF16(data); enc != nil {
			if out, err := decodeStrict(namedEncoding{"UTF-16", enc}, data); err == nil {
				return textual(out)
			}
		}
	}
	s := sample(data)
	if mostlyUTF8(s) && mostlyUTF8(data) {
		return textual(bytes.ToValidUTF8(data, []byte("\uFFFD")))
	}
	var hint namedEncoding
	if isLegacy(declared) {
		hint = declared
	}
	if best, ok := detect(s, hint); ok {
		out, err := best.enc.decode(data)
		if err == nil {
			return textual(out)
		}
	}
	// Text in none of them: binary data, or an encoding Briefdesk does not
	// read. Read as Windows-1252, binary shows its control bytes.
	if out, err := encLatin.decode(data); err == nil {
		if _, err := textual(out); err != nil {
			return "", err
		}
	}
	return "", ErrEncoding
}

// mostlyUTF8 reports whether data is UTF-8 but for the odd invalid byte:
// none, or at least twenty valid multi-byte characters for each. Text
// in a legacy encoding forms valid UTF-8 only by chance, and rarely.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	return invalid == 0 || valid >= 20*invalid
}

// headerCharset returns the charset an HTTP Content-Type names, if any.
func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		return params["charset"]
	}
	if m := charsetParam().FindStringSubmatch(contentType); m != nil {
		return m[1]
	}
	return ""
}

var (
	charsetParam = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)charset\s*=\s*["']?([^"'\s;,>]+)`) })
	xmlEncoding  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']`) })
)

// pageCharset returns the charset a page declares: in an XML declaration
// at its start, or the first <meta charset> or <meta http-equiv=
// "Content-Type" content="…; charset=…"> of its head that names an encoding,
// read with the tokenizer (so that comments and scripts are skipped) up to
// </head>, <body> or headLimit.
func pageCharset(data []byte) string {
	head := data[:min(len(data), headLimit)]
	if m := xmlEncoding().FindSubmatch(head); m != nil && lookupCharset(string(m[1])).enc != nil {
		return string(m[1])
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return ""
			case atom.Meta:
				if !hasAttr {
					continue
				}
				if label := metaCharset(z); lookupCharset(label).enc != nil {
					return label
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Head {
				return ""
			}
		}
	}
}

// metaCharset reads the charset of a <meta> tag's attributes.
func metaCharset(z *html.Tokenizer) string {
	var charset, content, equiv string
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(k) {
		case "charset":
			charset = string(v)
		case "content":
			content = string(v)
		case "http-equiv":
			equiv = strings.ToLower(strings.TrimSpace(string(v)))
		}
	}
	if charset != "" {
		return charset
	}
	if equiv == "content-type" {
		if m := charsetParam().FindStringSubmatch(content); m != nil {
			return m[1]
		}
	}
	return ""
}

// charsetAliases are labels pages use that the HTML standard's list lacks.
var charsetAliases = map[string]string{
	"cp949": "euc-kr", "ms949": "euc-kr", "uhc": "euc-kr", "euckr": "euc-kr", "x-windows-949": "euc-kr",
	"ks_c_5601": "euc-kr", "ksc5601-1987": "euc-kr",
	"cp936": "gbk", "ms936": "gbk", "gb-2312": "gbk", "gb_2312": "gbk", "gb2312-80": "gbk",
	"cp932": "shift_jis", "ms932": "shift_jis", "shift-jis": "shift_jis", "x-ms-cp932": "shift_jis",
	"cp950": "big5", "ms950": "big5", "big5hkscs": "big5", "big-5": "big5",
	"eucjp": "euc-jp", "ujis": "euc-jp",
}

// lookupCharset returns the encoding a charset label names, by the HTML
// standard's labels (ISO-8859-1 and US-ASCII are Windows-1252) with these
// supersets: GB2312 and GBK read as GB18030, EUC-KR as CP949, Shift_JIS as
// Windows-31J and Big5 with the Hong Kong additions (x/text's EUC-KR,
// Shift_JIS and Big5 are those already).
func lookupCharset(label string) namedEncoding {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	if a, ok := charsetAliases[label]; ok {
		label = a
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return namedEncoding{}
	}
	name, _ := htmlindex.Name(enc)
	switch name {
	case "gbk", "gb18030":
		return encGB18030
	case "euc-kr":
		return encCP949
	case "shift_jis":
		return encSJIS
	case "big5":
		return encBig5
	case "euc-jp":
		return encEUCJP
	case "windows-1252":
		return encLatin
	case "utf-8":
		return namedEncoding{"UTF-8", unicode.UTF8}
	case "x-user-defined":
		return encLatin
	}
	return namedEncoding{strings.ToUpper(name), enc}
}

// isLegacy reports whether e is one of the legacy encodings detection
// tells apart.
func isLegacy(e namedEncoding) bool {
	for _, l := range legacy {
		if e == l {
			return true
		}
	}
	return false
}

func isUTF16(enc encoding.Encoding) bool {
	name, _ := htmlindex.Name(enc)
	return strings.HasPrefix(name, "utf-16")
}
