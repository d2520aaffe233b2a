package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// pkg is a written document read back: its parts in zip order.
type pkg struct {
	names []string
	parts map[string][]byte
}

func readPkg(t testing.TB, data []byte) pkg {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	p := pkg{parts: map[string][]byte{}}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		p.names = append(p.names, f.Name)
		p.parts[f.Name] = b
	}
	return p
}

// element is a start tag seen while walking a part.
type element struct {
	name  xml.Name
	attrs map[string]string // by local name
}

// walk parses a part as XML, failing the test if it is not well-formed,
// and calls fn for every start tag.
func walk(t testing.TB, name string, data []byte, fn func(e element)) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", name, err)
		}
		if se, ok := tok.(xml.StartElement); ok && fn != nil {
			e := element{name: se.Name, attrs: map[string]string{}}
			for _, a := range se.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			fn(e)
		}
	}
}

// paragraphs returns the text of each paragraph of a part (w:t, with tabs
// and breaks as \t and \n), in order; a paragraph in a table cell is one
// of them.
func paragraphs(t testing.TB, data []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	var out []string
	var cur *strings.Builder
	var depth int // of open w:p elements (a footnote's are in its own part)
	inText := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Space != nsW {
				continue
			}
			switch tok.Name.Local {
			case "p":
				depth++
				cur = &strings.Builder{}
			case "t":
				inText = true
			case "tab":
				// A run's tab, not a tab stop (which has a position).
				if cur != nil && depth > 0 && len(tok.Attr) == 0 {
					cur.WriteByte('\t')
				}
			case "br":
				if cur != nil {
					cur.WriteByte('\n')
				}
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "p":
				depth--
				out = append(out, cur.String())
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText && cur != nil {
				cur.Write(tok)
			}
		}
	}
}

// allText returns a part's paragraphs joined by line feeds.
func allText(t testing.TB, data []byte) string {
	return strings.Join(paragraphs(t, data), "\n")
}

// values returns the attr attribute of every element local of a part.
func values(t testing.TB, data []byte, local, attr string) []string {
	var out []string
	walk(t, local, data, func(e element) {
		if e.name.Local == local {
			out = append(out, e.attrs[attr])
		}
	})
	return out
}
