package importer

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// namedEncoding is an encoding with the name messages give it.
type namedEncoding struct {
	name string
	enc  encoding.Encoding
}

// The legacy encodings undeclared bytes are tried in. The first ones win
// ties: Korean first, as Briefdesk's users read Korean most.
var (
	encCP949   = namedEncoding{"EUC-KR/CP949", korean.EUCKR} // x/text's EUC-KR is CP949
	encGB18030 = namedEncoding{"GB18030", simplifiedchinese.GB18030}
	encBig5    = namedEncoding{"Big5", traditionalchinese.Big5} // with the HKSCS additions
	encSJIS    = namedEncoding{"Shift_JIS", japanese.ShiftJIS}  // with the Windows-31J additions
	encEUCJP   = namedEncoding{"EUC-JP", japanese.EUCJP}
	encLatin   = namedEncoding{"Windows-1252", charmap.Windows1252}
	legacy     = []namedEncoding{encCP949, encGB18030, encBig5, encSJIS, encEUCJP, encLatin}
)

// Bounds of the sample detection decodes: the pieces of the input around
// its non-ASCII bytes, up to sampleHigh such bytes or sampleMax bytes in
// all, so that a 20 MB page costs what a small one does.
const (
	sampleHigh  = 16 << 10
	sampleMax   = 256 << 10
	samplePiece = 1 << 10
)

// minScore is the least score (see fit) a reading needs: text decoded
// with its encoding scores 0.5 or more, text decoded with a wrong one
// rarely 0.2.
const minScore = 0.3

// fit is how a sample reads in one encoding.
type fit struct {
	enc     namedEncoding
	letters int     // characters that tell scripts apart: not ASCII, not shared punctuation
	common  float64 // how many of them are frequent in running text
	bad     int     // bytes the encoding has no character for, and C1 controls
}

// score is the share of frequent characters, less four times the share of
// bad ones.
func (f fit) score() float64 {
	if f.letters == 0 {
		return 0
	}
	return (f.common - 4*float64(f.bad)) / float64(f.letters)
}

// plausible reports whether the sample reads as text in the encoding: at
// most one character in a hundred bad, and a good score.
func (f fit) plausible() bool {
	return f.bad*100 <= f.letters && f.score() >= minScore
}

// strong reports whether the sample reads so well in the encoding that a
// declaration saying otherwise is set aside.
func (f fit) strong() bool {
	return f.bad == 0 && f.letters >= 20 && f.score() >= 0.4
}

// detect returns the legacy encoding a sample (see sample) reads best in,
// preferring hint (the page's own declaration) on a tie; ok is false when
// it reads as text in none.
func detect(s []byte, hint namedEncoding) (best fit, ok bool) {
	order := legacy
	if hint.enc != nil {
		order = append([]namedEncoding{hint}, legacy...)
	}
	for _, e := range order {
		f := measure(e, s)
		if f.plausible() && (!ok || f.score() > best.score()) {
			best, ok = f, true
		}
	}
	return best, ok
}

// sample returns pieces of data around its non-ASCII bytes, each starting
// at a character boundary: the first byte over 0x7F after ASCII, and ending
// after a byte no encoding here uses inside a character (below 0x30 or
// 0x3A-0x3F: controls, space, punctuation, '<', '>').
func sample(data []byte) []byte {
	var out []byte
	high := 0
	for i := 0; i < len(data) && high < sampleHigh && len(out) < sampleMax; {
		j := i
		for j < len(data) && data[j] < 0x80 {
			j++
		}
		if j == len(data) {
			break
		}
		end := min(j+samplePiece, len(data))
		for k := end; k < min(end+samplePiece, len(data)); k++ {
			if c := data[k]; c < 0x30 || c >= 0x3a && c <= 0x3f {
				end = k + 1
				break
			}
		}
		for _, c := range data[j:end] {
			if c >= 0x80 {
				high++
			}
		}
		out = append(append(out, data[j:end]...), '\n')
		i = end
	}
	return out
}

// measure decodes the sample with e and counts what the text is made of.
func measure(e namedEncoding, s []byte) fit {
	f := fit{enc: e}
	out, err := e.decode(s)
	if err != nil {
		f.bad, f.letters = 1, 1
		return f
	}
	if e.enc == charmap.Windows1252 {
		measureLatin(&f, string(out))
		return f
	}
	common := commonSets()
	for _, r := range string(out) {
		switch {
		case r < 0x80 || neutral(r):
		case r == utf8.RuneError || r < 0xa0:
			f.letters++
			f.bad++
		case r >= 0x3041 && r <= 0x30ff: // kana
			f.letters++
			f.common++
		default:
			f.letters++
			if common.has(r) {
				f.common++
			}
		}
	}
	return f
}

// measureLatin counts Windows-1252 text: a western language has its
// accented letters and typographic quotes one at a time between ASCII
// letters; text in a multi-byte encoding read as Windows-1252 comes out as
// runs of them.
func measureLatin(f *fit, s string) {
	run, runBad := 0, 0
	flush := func() {
		f.letters += run
		f.bad += runBad
		switch run - runBad {
		case 1:
			f.common++
		case 2:
			f.common++ // two in a row, as in "Größe": half each
		}
		run, runBad = 0, 0
	}
	for _, r := range s {
		if r < 0x80 {
			flush()
			continue
		}
		run++
		if r < 0xa0 || r == utf8.RuneError {
			runBad++
		}
	}
	flush()
}

// neutral reports punctuation and symbols that Chinese, Japanese and Korean
// encodings share at the same bytes, which tell none of them apart.
func neutral(r rune) bool {
	switch {
	case r == 0xb7, r >= 0x2010 && r <= 0x203b, r >= 0x25a0 && r <= 0x25ff,
		r >= 0x3000 && r <= 0x303f, r >= 0xff01 && r <= 0xff60:
		return true
	}
	return false
}

// charSet is a set of Hangul syllables and CJK ideographs.
type charSet struct {
	hangul [(0xd7a4 - 0xac00 + 63) / 64]uint64
	cjk    [(0xa000 - 0x4e00 + 63) / 64]uint64
}

func (c *charSet) add(s string) {
	for _, r := range s {
		switch {
		case r >= 0xac00 && r <= 0xd7a3:
			c.hangul[(r-0xac00)/64] |= 1 << ((r - 0xac00) % 64)
		case r >= 0x4e00 && r <= 0x9fff:
			c.cjk[(r-0x4e00)/64] |= 1 << ((r - 0x4e00) % 64)
		}
	}
}

func (c *charSet) has(r rune) bool {
	switch {
	case r >= 0xac00 && r <= 0xd7a3:
		return c.hangul[(r-0xac00)/64]&(1<<((r-0xac00)%64)) != 0
	case r >= 0x4e00 && r <= 0x9fff:
		return c.cjk[(r-0x4e00)/64]&(1<<((r-0x4e00)%64)) != 0
	}
	return false
}

// commonSets returns the frequent characters of commonchars.go as a set.
var commonSets = sync.OnceValue(func() *charSet {
	c := &charSet{}
	for _, s := range []string{commonHangul, commonHanzi, commonHanziTraditional, commonKanji} {
		c.add(s)
	}
	return c
})
