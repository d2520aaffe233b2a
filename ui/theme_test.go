package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/encoding/korean"
)

// TestWindowDrawsHanjaAndAccents checks, without the machine's fonts, that
// the window has a font for every Hanja of KS X 1001 and every accented
// Latin letter, in regular and bold: the theme's Nanum Gothic, then the
// Latin font Fyne carries, which is the fallback Fyne itself uses.
func TestWindowDrawsHanjaAndAccents(t *testing.T) {
	var src []byte
	for hi := 0xCA; hi <= 0xFD; hi++ {
		for lo := 0xA1; lo <= 0xFE; lo++ {
			src = append(src, byte(hi), byte(lo))
		}
	}
	hanja, err := korean.EUCKR.NewDecoder().Bytes(src)
	if err != nil {
		t.Fatal(err)
	}
	want := []rune(string(hanja))
	for r := rune(0xC0); r <= 0x17F; r++ {
		if r != 0xD7 && r != 0xF7 {
			want = append(want, r)
		}
	}
	want = append(want, []rune("가힣①㎞℃※□○·「」")...)
	th := newTheme()
	for _, s := range []fyne.TextStyle{{}, {Bold: true}} {
		var faces []*sfnt.Font
		for _, res := range []fyne.Resource{th.Font(s), theme.DefaultTextFont(), theme.DefaultTextBoldFont()} {
			f, err := sfnt.Parse(res.Content())
			if err != nil {
				t.Fatalf("%s: %v", res.Name(), err)
			}
			faces = append(faces, f)
		}
		var buf sfnt.Buffer
		missing := 0
		for _, r := range want {
			found := false
			for _, f := range faces {
				if gi, err := f.GlyphIndex(&buf, r); err == nil && gi != 0 {
					found = true
					break
				}
			}
			if !found {
				if missing++; missing <= 5 {
					t.Errorf("bold=%t: no font for %q (U+%04X)", s.Bold, r, r)
				}
			}
		}
	}
}
