package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

// drawnText is a string drawn on a page with the font, size and fill colour
// in force, as the page's content stream sets them.
type drawnText struct {
	page             int
	text, font, size string
	color            string
	x, y             float64 // where the text starts: y is the baseline from the foot, in points
}

// drawnTexts reads the page content streams gofpdf writes: the font from
// "BT /F… size Tf ET" lines, the colour from bare "… rg"/"… g" lines or a
// "q … rg BT … Tj ET Q" wrapper, the text as escaped UTF-16.
func drawnTexts(t *testing.T, pdf []byte) []drawnText {
	t.Helper()
	var out []drawnText
	streams := regexp.MustCompile(`<</Filter /FlateDecode /Length (\d+)>>\nstream\n`)
	for page, m := range streams.FindAllSubmatchIndex(pdf, -1) {
		n, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
		r, err := zlib.NewReader(bytes.NewReader(pdf[m[1] : m[1]+n]))
		if err != nil {
			t.Fatal(err)
		}
		content, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		font, size, fill := "", "", "0 g"
		for _, line := range contentLines(content) {
			f := strings.Fields(line)
			switch {
			case len(f) == 5 && f[0] == "BT" && f[3] == "Tf":
				font, size = f[1], f[2]
			case strings.HasSuffix(line, " rg") && !strings.HasPrefix(line, "q "), strings.HasSuffix(line, " g") && !strings.HasPrefix(line, "q "):
				fill = line
			case strings.Contains(line, ") Tj ET"), strings.Contains(line, ")] TJ ET"):
				color := fill
				if strings.HasPrefix(line, "q ") {
					color = strings.TrimSpace(line[2:strings.Index(line, "BT ")])
				}
				var text string
				if strings.Contains(line, ") Tj ET") {
					text = line[strings.Index(line, "Td (")+4 : strings.LastIndex(line, ") Tj")]
				} else {
					// The words of a justified line, apart by their gaps.
					inner := line[strings.Index(line, "Td [(")+5 : strings.LastIndex(line, ")] TJ")]
					text = tjGap.ReplaceAllString(inner, utf16Space)
				}
				pos := strings.Fields(line[strings.Index(line, "BT ")+3 : strings.Index(line, " Td ")])
				x, _ := strconv.ParseFloat(pos[len(pos)-2], 64)
				y, _ := strconv.ParseFloat(pos[len(pos)-1], 64)
				out = append(out, drawnText{page + 1, utf16Text(text), font, size, color, x, y})
			}
		}
	}
	return out
}

// tjGap is the gap between two words of a TJ array: a number between
// strings; utf16Space is a space as the strings write it.
var (
	tjGap      = regexp.MustCompile(`\) -?[0-9.]+ \(`)
	utf16Space = "\x00 "
)

// contentLines splits a content stream into lines at the newlines outside
// string operands (the UTF-16 of some characters holds a newline byte).
func contentLines(content []byte) []string {
	var lines []string
	start, inString := 0, false
	for i := 0; i < len(content); i++ {
		switch c := content[i]; {
		case inString && c == '\\':
			i++
		case inString && c == ')':
			inString = false
		case !inString && c == '(':
			inString = true
		case !inString && c == '\n':
			lines = append(lines, string(content[start:i]))
			start = i + 1
		}
	}
	return append(lines, string(content[start:]))
}

// utf16Text decodes gofpdf's escaped UTF-16 string operand.
func utf16Text(s string) string {
	var raw []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'r' {
				raw = append(raw, '\r')
				continue
			}
		}
		raw = append(raw, s[i])
	}
	var units []uint16
	for i := 0; i+1 < len(raw); i += 2 {
		units = append(units, uint16(raw[i])<<8|uint16(raw[i+1]))
	}
	return string(utf16.Decode(units))
}
