package hwpx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout/handouttest"
)

// sampleBriefing returns a briefing assembled from the bundled sample
// articles, with a summary and commentary that use every kind of block the
// analyst may write, and a marking.
func sampleBriefing(t testing.TB, lang string) *briefing.Briefing {
	t.Helper()
	b := handouttest.Samples(t, lang)
	b.Details.Declassify = "2027. 12. 31.까지 대외비"
	b.Summary = "**핵심:** 한미 양국은 *확장억제* 실행력을 높이기로 했다.\n\n" +
		"□ 함정 정비 협력이 가장 구체적인 성과\n○ 국내 조선소 두 곳이 MSRA 체결\n- 창정비 물량 증가\n※ 부품 공급망은 별도 점검\n\n" +
		"| 구분 | 내용 |\n|:--|--:|\n| 정비 | 2건 |\n"
	b.Topics[0].Commentary = "## 평가\n\n동맹 현황은 안정적이다. 漢字 表記와 café Ñandú 철자를 그대로 둔다.[^1]\n\n" +
		"### 세부\n\n1. 정상 간 합의 이행 점검\n2. 의회 동향 관찰\n\n- 첫째\n- 둘째\n\n> 분석관의 인용\n\n" +
		"[안전한 주소](https://example.org/safe) [위험한 주소](javascript:alert(1))\n\n[^1]: 각주의 내용."
	b.Topics[1].Commentary = "□ 연합연습 유지\n○ 자유의 방패 보완\n- 사이버·우주 영역 추가\n· 세부 과제\n※ 북한 반발 가능성"
	return b
}

func export(t testing.TB, b *briefing.Briefing, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, b, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pkg is an HWPX package read back: its entries in order and their bytes.
type pkg struct {
	names   []string
	methods map[string]uint16
	files   map[string][]byte
}

func openPkg(t testing.TB, data []byte) *pkg {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	p := &pkg{methods: map[string]uint16{}, files: map[string][]byte{}}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		p.names = append(p.names, f.Name)
		p.methods[f.Name] = f.Method
		p.files[f.Name] = body
	}
	return p
}

// node is an XML element read back, by its local name.
type node struct {
	name  string
	attrs map[string]string
	kids  []*node
	text  string // the character data directly inside
	up    *node
}

// parseXML reads a whole document, failing the test if it is not
// well-formed.
func parseXML(t testing.TB, name string, data []byte) *node {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := &node{name: "#document"}
	cur := root
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", name, err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			n := &node{name: tk.Name.Local, attrs: map[string]string{}, up: cur}
			for _, a := range tk.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			cur.kids = append(cur.kids, n)
			cur = n
		case xml.EndElement:
			cur = cur.up
		case xml.CharData:
			cur.text += string(tk)
		}
	}
	if cur != root || len(root.kids) != 1 {
		t.Fatalf("%s: %d roots", name, len(root.kids))
	}
	return root.kids[0]
}

// all returns the elements under n (and n) with the local name.
func (n *node) all(name string) []*node {
	var out []*node
	var walk func(*node)
	walk = func(m *node) {
		if m.name == name {
			out = append(out, m)
		}
		for _, k := range m.kids {
			walk(k)
		}
	}
	walk(n)
	return out
}

// textOf returns the text of a paragraph or any element: its hp:t
// elements' characters, line breaks as "\n".
func (n *node) plain() string {
	var sb strings.Builder
	var walk func(*node)
	walk = func(m *node) {
		switch m.name {
		case "t":
			// Character data and line breaks in order are not kept apart
			// by this small reader: a t's own text, then its breaks.
			sb.WriteString(m.text)
			for _, k := range m.kids {
				if k.name == "lineBreak" {
					sb.WriteString("\n")
				}
			}
			return
		case "subList":
			if m.up != nil && m.up.name != "tc" {
				return // headers and footers are not the paragraph's text
			}
		}
		for _, k := range m.kids {
			walk(k)
		}
	}
	walk(n)
	return sb.String()
}

// doc is a written handout read back.
type readBack struct {
	pkg     *pkg
	head    *node
	sec     *node
	paras   []*node           // the body's paragraphs, in order (not those of headers, footers or cells)
	styles  map[string]string // style id → name
	paraPrs map[string]*node
}

func readHandout(t testing.TB, data []byte) *readBack {
	t.Helper()
	p := openPkg(t, data)
	r := &readBack{pkg: p, styles: map[string]string{}, paraPrs: map[string]*node{}}
	r.head = parseXML(t, partHeader, p.files[partHeader])
	r.sec = parseXML(t, partSection, p.files[partSection])
	for _, k := range r.sec.kids {
		if k.name == "p" {
			r.paras = append(r.paras, k)
		}
	}
	for _, s := range r.head.all("style") {
		r.styles[s.attrs["id"]] = s.attrs["name"]
	}
	for _, pp := range r.head.all("paraPr") {
		r.paraPrs[pp.attrs["id"]] = pp
	}
	return r
}

// style returns the name of a paragraph's style.
func (r *readBack) style(p *node) string { return r.styles[p.attrs["styleIDRef"]] }

// find returns the body paragraphs whose text contains s.
func (r *readBack) find(s string) []*node {
	var out []*node
	for _, p := range r.paras {
		if strings.Contains(p.plain(), s) {
			out = append(out, p)
		}
	}
	return out
}

func (r *readBack) dump() string {
	var sb strings.Builder
	for i, p := range r.paras {
		fmt.Fprintf(&sb, "%3d %-10s %q\n", i, r.style(p), p.plain())
	}
	return sb.String()
}
