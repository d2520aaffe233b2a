package ui

import (
	"fmt"
	"strings"
	"unicode"

	"fyne.io/fyne/v2/lang"
)

// tr translates format and fills it in like fmt.Sprintf, then chooses each
// Korean particle for the word before it: a translation writes "을(를)",
// "이(가)", "은(는)", "과(와)", "(으)로" or "(이)라" after a placeholder, and the
// user reads "기사를", "보고서를", "서울로", "부산으로".
func tr(format string, args ...any) string {
	return particles(fmt.Sprintf(lang.L(format), args...))
}

// particle is one written-out choice: after a final consonant the first
// form, after a vowel (or ㄹ, for 으로) the second.
type particle struct{ pattern, consonant, vowel string }

var particleForms = []particle{
	{"을(를)", "을", "를"},
	{"이(가)", "이", "가"},
	{"은(는)", "은", "는"},
	{"과(와)", "과", "와"},
	{"(으)로", "으로", "로"},
	{"(이)라", "이라", "라"},
}

// particles replaces every "을(를)"-style pair in s by the particle the
// word before it takes.
func particles(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	for _, p := range particleForms {
		for {
			i := strings.Index(s, p.pattern)
			if i < 0 {
				break
			}
			final, rieul := finalSound(s[:i])
			form := p.vowel
			if final && !(p.pattern == "(으)로" && rieul) {
				form = p.consonant
			}
			s = s[:i] + form + s[i+len(p.pattern):]
		}
	}
	return s
}

// finalSound reports whether the word at the end of s ends in a consonant
// sound, and whether that consonant is ㄹ. Closing quotes and brackets are
// skipped; digits and Latin letters are read as a Korean reader says them.
func finalSound(s string) (consonant, rieul bool) {
	r := []rune(strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’」』)]>》〉.…", r)
	}))
	if len(r) == 0 {
		return false, false
	}
	last := r[len(r)-1]
	switch {
	case last >= 0xAC00 && last <= 0xD7A3: // a Hangul syllable
		jong := (last - 0xAC00) % 28
		return jong != 0, jong == 8
	case last >= '0' && last <= '9':
		// 영 일 이 삼 사 오 육 칠 팔 구
		return strings.ContainsRune("013678", last), strings.ContainsRune("178", last)
	case unicode.IsLetter(last) && last < 0x80:
		if afterDot(r) {
			last = unicode.ToUpper(last) // a file extension is read letter by letter
		}
		if unicode.IsUpper(last) && (len(r) == 1 || !unicode.IsLower(r[len(r)-2]) || afterDot(r)) {
			// An acronym is read letter by letter: L 엘, M 엠, N 엔 and R 알
			// end in a consonant; PDF 피디에프, NCG 엔씨지 do not.
			return strings.ContainsRune("LMNR", last), last == 'L' || last == 'R'
		}
		// A word ending in these letters is read with a final consonant
		// (book 북, channel 채널, report 리포트 is not: a rough rule).
		l := unicode.ToLower(last)
		return strings.ContainsRune("bklmnpt", l), l == 'l'
	}
	return false, false
}

// afterDot reports whether the letters at the end of r follow a dot, as a
// file name extension does (보고서.txt, page.html).
func afterDot(r []rune) bool {
	i := len(r)
	for i > 0 && r[i-1] < 0x80 && unicode.IsLetter(r[i-1]) {
		i--
	}
	return i > 0 && i < len(r) && r[i-1] == '.' && len(r)-i <= 5
}
