package importer

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Errors a reader returns for input it cannot use.
var (
	ErrBinary   = errors.New("not a text file (it contains binary data)")
	ErrEncoding = errors.New("text is neither UTF-8, UTF-16 nor EUC-KR/CP949")
	ErrEmpty    = errors.New("no text found")
	ErrFormat   = errors.New("unsupported file type")
)

// decodeText turns raw bytes into NFC-normalised UTF-8. It honours a byte
// order mark, accepts valid UTF-8, and otherwise tries CP949 (a superset of
// EUC-KR), which is what Korean Windows and older Korean sites write.
func decodeText(data []byte) (string, error) {
	if enc := bomEncoding(data); enc != nil {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return "", ErrEncoding
		}
		return clean(out)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if enc := sniffUTF16(data); enc != nil {
			out, err := enc.NewDecoder().Bytes(data)
			if err == nil {
				return clean(out)
			}
		}
		return "", ErrBinary
	}
	if utf8.Valid(data) {
		return clean(data)
	}
	out, err := decodeStrict(korean.EUCKR, data)
	if err != nil {
		return "", ErrEncoding
	}
	return clean(out)
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
// bytes of ASCII characters fall.
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
	case odd > half/3 && even == 0:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case even > half/3 && odd == 0:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// decodeStrict decodes with enc and fails if any byte sequence is invalid,
// instead of silently writing replacement characters.
func decodeStrict(enc encoding.Encoding, data []byte) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, err
	}
	if bytes.ContainsRune(out, utf8.RuneError) && !bytes.Contains(data, []byte("\uFFFD")) {
		return nil, ErrEncoding
	}
	return out, nil
}

// clean normalises to NFC, unifies line ends and drops control characters
// other than tab and newline.
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
		case r < 0x20 || r == 0x7f || r == '\ufeff':
		default:
			out.WriteRune(r)
		}
	}
	return out.String(), nil
}
