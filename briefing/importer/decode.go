package importer

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Errors a reader returns for input it cannot use.
var (
	ErrBinary   = errors.New("not a text file (it contains binary data)")
	ErrEncoding = errors.New("the text is in none of the encodings Briefdesk reads (UTF-8, UTF-16, EUC-KR/CP949, GB18030/GBK, Big5, Shift_JIS, EUC-JP, Windows-1252)")
	ErrEmpty    = errors.New("no text found")
	ErrFormat   = errors.New("unsupported file type")
)

// decodeText turns raw bytes into NFC-normalised UTF-8. It honours a byte
// order mark, recognises UTF-16 without one, accepts UTF-8, and otherwise
// reads the bytes in the legacy encoding they read best in (see detect):
// Korean files are often in CP949, Chinese ones in GBK, Japanese ones in
// Shift_JIS. Stray NULs and control characters are dropped.
func decodeText(data []byte) (string, error) {
	if enc := bomEncoding(data); enc != nil {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return "", ErrEncoding
		}
		return textual(out)
	}
	if bytes.IndexByte(data, 0) < 0 && utf8.Valid(data) {
		return textual(data)
	}
	return decodeUndeclared(data, namedEncoding{})
}

// decodeTextAs is decodeText for text that came with an HTTP Content-Type:
// the header's charset, when the bytes fit it, comes before detection.
func decodeTextAs(data []byte, contentType string) (string, error) {
	if bomEncoding(data) == nil {
		if declared := lookupCharset(headerCharset(contentType)); declared.enc != nil {
			if out, ok := declaredFits(data, declared, true); ok {
				return textual(out)
			}
		}
	}
	return decodeText(data)
}

// bomEncoding returns the encoding announced by a byte order mark, or nil.
func bomEncoding(data []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	return nil
}

// sniffUTF16 recognises UTF-16 without a byte order mark by where the zero
// bytes of ASCII characters fall: on one side of each pair (the other side
// has a zero only now and then, as in 가, U+AC00).
func sniffUTF16(data []byte) encoding.Encoding {
	if len(data) < 4 || len(data)%2 != 0 {
		return nil
	}
	even, odd := 0, 0
	for i := 0; i+1 < len(data); i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := len(data) / 2
	switch {
	case odd > half/5 && even*10 <= odd:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case even > half/5 && odd*10 <= even:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// decodeStrict decodes with e and fails if any byte sequence is invalid,
// instead of silently writing replacement characters.
func decodeStrict(e namedEncoding, data []byte) ([]byte, error) {
	out, err := e.decode(data)
	if err != nil {
		return nil, err
	}
	if bytes.ContainsRune(out, utf8.RuneError) && !bytes.Contains(data, []byte("\uFFFD")) {
		return nil, ErrEncoding
	}
	return out, nil
}

// textual cleans decoded text, refusing what is not text: more than one
// character in twenty a control character or a replacement character (a
// compressed or binary body, whatever its headers say). NULs do not count:
// a page padded or sprinkled with them is text all the same, and they are
// dropped.
func textual(b []byte) (string, error) {
	bad, all := 0, 0
	for _, r := range string(b) {
		if r == 0 {
			continue
		}
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

// clean normalises to NFC, unifies line ends and drops control characters
// (C0 other than tab and newline, DEL, C1) and byte order marks.
func clean(b []byte) (string, error) {
	if !utf8.Valid(b) {
		return "", ErrEncoding
	}
	s := norm.NFC.String(strings.ReplaceAll(string(b), "\r\n", "\n"))
	var out strings.Builder
	out.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\r' || r == '\u2028' || r == '\u2029':
			out.WriteByte('\n')
		case r == '\t' || r == '\n':
			out.WriteRune(r)
		case r < 0x20 || r >= 0x7f && r < 0xa0 || r == '\ufeff':
		default:
			out.WriteRune(r)
		}
	}
	return out.String(), nil
}
