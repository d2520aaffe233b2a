package importer

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// decode decodes b, writing U+FFFD for bytes that are no character.
func (e namedEncoding) decode(b []byte) ([]byte, error) {
	if e == encGB18030 {
		return decodeGB18030(b)
	}
	return e.enc.NewDecoder().Bytes(b)
}

// decodeGB18030 decodes GB18030 (and so GBK and GB2312) as x/text does,
// and the characters of its user-defined areas as the Private Use
// characters GB18030, the HTML standard and iconv map them to, where x/text
// has none: Chinese sites draw bullets and separators with them.
func decodeGB18030(b []byte) ([]byte, error) {
	dec := simplifiedchinese.GB18030.NewDecoder()
	out := make([]byte, 0, len(b)+len(b)/2)
	start := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x81 || c == 0xff || i+1 == len(b) {
			i++
			continue
		}
		c2 := b[i+1]
		switch {
		case c2 >= 0x30 && c2 <= 0x39:
			if i+3 < len(b) && b[i+2] >= 0x81 && b[i+2] <= 0xfe && b[i+3] >= 0x30 && b[i+3] <= 0x39 {
				i += 4
			} else {
				i++
			}
			continue
		case c2 < 0x40 || c2 == 0x7f || c2 == 0xff:
			i++
			continue
		}
		r, ok := gbUserDefined(c, c2)
		if !ok {
			i += 2
			continue
		}
		part, err := dec.Bytes(b[start:i])
		if err != nil {
			return nil, err
		}
		out = utf8.AppendRune(append(out, part...), r)
		i += 2
		start = i
	}
	part, err := dec.Bytes(b[start:])
	if err != nil {
		return nil, err
	}
	return append(out, part...), nil
}

// gbUserDefined returns the Private Use character of a two-byte code in
// GB18030's user-defined areas: AAA1-AFFE, F8A1-FEFE and A140-A7A0.
func gbUserDefined(lead, trail byte) (rune, bool) {
	switch {
	case lead >= 0xaa && lead <= 0xaf && trail >= 0xa1 && trail <= 0xfe:
		return 0xe000 + rune(lead-0xaa)*94 + rune(trail-0xa1), true
	case lead >= 0xf8 && lead <= 0xfe && trail >= 0xa1 && trail <= 0xfe:
		return 0xe234 + rune(lead-0xf8)*94 + rune(trail-0xa1), true
	case lead >= 0xa1 && lead <= 0xa7 && trail >= 0x40 && trail <= 0xa0 && trail != 0x7f:
		t := rune(trail - 0x40)
		if trail > 0x7f {
			t--
		}
		return 0xe4c6 + rune(lead-0xa1)*96 + t, true
	}
	return 0, false
}
