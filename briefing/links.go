package briefing

import (
	"net/url"
	"strings"
	"unicode"
)

// MaxLinkLength is the longest address that becomes a link; a longer one is
// shown as text. Real addresses are far shorter, and every link is repeated
// in each line of the handout it spans.
const MaxLinkLength = 2048

// SafeLink reports whether addr may become a link a reader can follow: an
// http or https address with a host, or a mailto address, of at most
// MaxLinkLength bytes, without spaces or control characters, and not
// starting with "-" (which an opener could take for an option). Everything
// else — javascript:, file:, data:, smb:, relative paths — stays text.
func SafeLink(addr string) bool {
	if addr == "" || len(addr) > MaxLinkLength || strings.HasPrefix(addr, "-") {
		return false
	}
	for _, r := range addr {
		if unicode.IsSpace(r) || unicode.IsControl(r) || IsBidiControl(r) {
			return false
		}
	}
	u, err := url.Parse(addr)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.Host != "" && u.User == nil
	case "mailto":
		return u.Opaque != "" && !strings.ContainsAny(u.Opaque, "?&")
	}
	return false
}

// IsBidiControl reports whether r is one of the characters that change the
// direction text is shown in: marks, embeddings, overrides and isolates.
// Korean and English text never needs them; a hostile title uses them to
// show its words in another order than they are stored.
func IsBidiControl(r rune) bool {
	switch {
	case r == 0x061C, r == 0x200E, r == 0x200F:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Neutral returns s without the characters that change the direction text
// is shown in, so that a title cannot show its words in another order than
// they are stored ("gpj.exe" shown as "exe.jpg"). Korean and English text
// never needs them.
func Neutral(s string) string {
	if strings.IndexFunc(s, IsBidiControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if IsBidiControl(r) {
			return -1
		}
		return r
	}, s)
}
