package gofpdf

// Briefdesk: added. The names a document gives itself and its fonts: the
// trailer's ID, and the subset tags and PostScript names of the embedded
// TrueType subsets. Each comes from the bytes it names, so that the same
// input writes the same file.

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf16"
)

// documentID returns the trailer's ID for a document whose bytes up to its
// trailer are written: the first 16 bytes of their SHA-256, in hex.
func documentID(written []byte) string {
	sum := sha256.Sum256(written)
	return hex.EncodeToString(sum[:16])
}

// subsetTag returns the six capital letters that mark a font program as a
// subset (ISO 32000-1, 9.6.4), taken from the subset's SHA-256: another
// subset, of this font or another, gets another tag.
func subsetTag(subset []byte) string {
	sum := sha256.Sum256(subset)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}

// utf8BaseFont returns the name a UTF-8 font is written under: its
// PostScript name (name ID 6), as ISO 32000-1 9.6.3 asks, or upstream's
// "utf8" and the font key for a font without one.
func utf8BaseFont(font fontDefType) string {
	if font.utf8File != nil {
		if name := pdfNameChars(font.utf8File.postScriptName); name != "" {
			return name
		}
	}
	return pdfNameChars("utf8" + font.Name)
}

// pdfNameChars keeps the characters of s that a PostScript name may hold
// and a PDF name can carry without escapes, at most 63 of them.
func pdfNameChars(s string) string {
	var b strings.Builder
	for i := 0; i < len(s) && b.Len() < 63; i++ {
		c := s[i]
		if c > ' ' && c < 0x7f && !strings.ContainsRune("()<>[]{}/%#", rune(c)) {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// pdfTextString returns s, a UTF-8 string, as a PDF text string: as it is
// when it is ASCII, else UTF-16BE with a byte order mark.
func pdfTextString(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	units := utf16.Encode([]rune(s))
	b := make([]byte, 2, 2+2*len(units))
	b[0], b[1] = 0xFE, 0xFF
	for _, u := range units {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
}
