package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The topic model reads a paragraph as hashed features: Korean words and
// the runs of two and three syllables inside them (particles attach to
// nouns, so "동맹은", "동맹의" and "한미동맹" share "동맹"), English words
// and pairs of neighbouring words, and single Hanja (美, 北). Each feature
// remembers the word it came from, so that an explanation can name words
// the user sees.

// featureBits is the size of the hashed feature space: 2^18 buckets.
const featureBits = 18

// feature is one hashed feature of a text and the word it came from.
type feature struct {
	bucket uint32
	word   int32 // index into the words of the text
}

// hashFeature hashes a feature's kind and text (FNV-1a, 32 bits) into the
// feature space.
func hashFeature(kind byte, parts ...string) uint32 {
	h := uint32(2166136261)
	h = (h ^ uint32(kind)) * 16777619
	for i, p := range parts {
		if i > 0 {
			h = (h ^ ' ') * 16777619
		}
		for j := 0; j < len(p); j++ {
			h = (h ^ uint32(p[j])) * 16777619
		}
	}
	return h & (1<<featureBits - 1)
}

// textFeatures appends the features of text to dst and returns them with
// the words they came from, as the text spells them.
func textFeatures(text string, dst []feature) ([]feature, []string) {
	return nfcFeatures(norm.NFC.String(text), dst)
}

// nfcFeatures is textFeatures of text in NFC.
func nfcFeatures(text string, dst []feature) ([]feature, []string) {
	var words []string
	prevLatin := "" // the stem of the word before, if it was English and only spaces came between
	for len(text) > 0 {
		i := strings.IndexFunc(text, isWordRune)
		if i < 0 {
			break
		}
		if strings.TrimSpace(text[:i]) != "" {
			prevLatin = "" // a pair does not cross punctuation
		}
		text = text[i:]
		j := strings.IndexFunc(text, func(r rune) bool { return !isWordRune(r) })
		if j < 0 {
			j = len(text)
		}
		word := text[:j]
		text = text[j:]
		w := int32(len(words))
		words = append(words, word)
		lower := strings.ToLower(word)
		switch {
		case hasHangul(lower):
			dst = hangulFeatures(dst, lower, w)
			prevLatin = ""
		case isLatinWord(lower):
			stem := latinStem(lower)
			dst = append(dst, feature{hashFeature('l', stem), w})
			if prevLatin != "" {
				dst = append(dst, feature{hashFeature('p', prevLatin, stem), w})
			}
			prevLatin = stem
		default:
			for _, r := range lower {
				if unicode.Is(unicode.Han, r) {
					dst = append(dst, feature{hashFeature('c', string(r)), w})
				}
			}
			if isNumber(lower) {
				dst = append(dst, feature{hashFeature('n', numberShape(lower)), w})
			}
			prevLatin = ""
		}
	}
	return dst, words
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// hangulFeatures adds a Korean word (with digits read as 0) and its runs of
// two and three characters, the first marked as the word's start.
func hangulFeatures(dst []feature, word string, w int32) []feature {
	var buf [64]rune
	runes := append(buf[:0], '^')
	for _, r := range word {
		if unicode.IsDigit(r) {
			r = '0'
		}
		runes = append(runes, r)
	}
	dst = append(dst, feature{hashRunes('w', runes[1:]), w})
	for i := 0; i+1 < len(runes); i++ {
		dst = append(dst, feature{hashRunes('2', runes[i:i+2]), w})
		if i+2 < len(runes) {
			dst = append(dst, feature{hashRunes('3', runes[i:i+3]), w})
		}
		if r := runes[i+1]; r >= 0x3400 && unicode.Is(unicode.Han, r) {
			dst = append(dst, feature{hashRunes('c', runes[i+1:i+2]), w})
		}
	}
	return dst
}

// hashRunes is hashFeature of the text of runes, without making it.
func hashRunes(kind byte, runes []rune) uint32 {
	h := uint32(2166136261)
	h = (h ^ uint32(kind)) * 16777619
	var b [utf8.UTFMax]byte
	for _, r := range runes {
		n := utf8.EncodeRune(b[:], r)
		for _, c := range b[:n] {
			h = (h ^ uint32(c)) * 16777619
		}
	}
	return h & (1<<featureBits - 1)
}

func isLatinWord(s string) bool {
	letters := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			letters = true
		case unicode.IsDigit(r), unicode.In(r, unicode.Latin):
		default:
			return false
		}
	}
	return letters
}

// latinStem is an English word in its American spelling without the most
// common endings, so that "exercises", "exercised" and "exercise" are one.
func latinStem(w string) string {
	if us, ok := americanSpelling[w]; ok {
		w = us
	}
	if len(w) <= 4 {
		return w
	}
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 && !strings.HasSuffix(w, "ss") {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// numberShape keeps what a number says without its value: a year, a
// percentage-sized figure, a large amount.
func numberShape(s string) string {
	switch n := len(s); {
	case n == 4 && (s[0] == '1' || s[0] == '2'):
		return "year"
	case n <= 2:
		return "small"
	default:
		return "large"
	}
}
