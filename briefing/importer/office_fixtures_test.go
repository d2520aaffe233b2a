package importer

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"html"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"
)

// The office fixtures are made here, in code, so that every test says what
// its document holds: zip packages for HWPX and DOCX, and for HWP a compound
// file written by a small test-only writer.

// zipOf packs parts in the order given (a name with a leading "=" is stored
// uncompressed, as an HWPX's mimetype must be).
func zipOf(t testing.TB, parts ...string) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		name, method := parts[i], zip.Deflate
		if n, ok := strings.CutPrefix(name, "="); ok {
			name, method = n, zip.Store
		}
		w, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// docPara is one paragraph of a fixture: its text and its heading level
// (0 body text, levelTitle the title).
type docPara struct {
	text  string
	level int
}

// hwpxDoc describes an HWPX fixture.
type hwpxDoc struct {
	title    string
	paras    []docPara  // before the table
	rows     [][]string // a table after them
	after    []docPara  // after the table
	footnote string     // in the first paragraph after the table
	header   string     // a page header's text
	deleted  string     // tracked-deleted text in the last paragraph
	manifest string     // META-INF/manifest.xml
	textart  string     // a 글맵시's text (lines apart by ␍␊) in the first paragraph
}

const hpNS = `xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"`

func (d hwpxDoc) bytes(t testing.TB) []byte {
	esc := html.EscapeString
	para := func(p docPara, inner string) string {
		style, shape := 0, 0
		switch {
		case p.level == levelTitle:
			style = 2
		case p.level > 0:
			shape = p.level // paraPr n is outline level n-1
		}
		return fmt.Sprintf(`<hp:p paraPrIDRef="%d" styleIDRef="%d"><hp:run charPrIDRef="0">%s<hp:t>%s</hp:t></hp:run><hp:linesegarray><hp:lineseg textpos="0"/></hp:linesegarray></hp:p>`, shape, style, inner, esc(p.text))
	}
	var sec strings.Builder
	sec.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec ` + hpNS + `>`)
	for i, p := range d.paras {
		inner := ""
		if i == 0 && d.header != "" {
			inner = `<hp:ctrl><hp:header id="1"><hp:subList>` + para(docPara{text: d.header}, "") + `</hp:subList></hp:header></hp:ctrl>`
		}
		if i == 0 && d.textart != "" {
			inner += `<hp:textart id="1" text="` + esc(d.textart) + `"><hp:textartPr fontName="함초롬바탕"/></hp:textart>`
		}
		sec.WriteString(para(p, inner))
	}
	if len(d.rows) > 0 {
		sec.WriteString(`<hp:p paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0"><hp:tbl rowCnt="2">`)
		for _, r := range d.rows {
			sec.WriteString(`<hp:tr>`)
			for _, c := range r {
				sec.WriteString(`<hp:tc><hp:subList>` + para(docPara{text: c}, "") + `</hp:subList><hp:cellAddr colAddr="0"/></hp:tc>`)
			}
			sec.WriteString(`</hp:tr>`)
		}
		sec.WriteString(`</hp:tbl><hp:t/></hp:run></hp:p>`)
	}
	for i, p := range d.after {
		text := esc(p.text)
		if i == 0 && d.footnote != "" {
			text += `</hp:t><hp:ctrl><hp:footNote number="1"><hp:subList>` + para(docPara{text: d.footnote}, "") + `</hp:subList></hp:footNote></hp:ctrl><hp:t>`
		}
		if i == len(d.after)-1 && d.deleted != "" {
			text += `<hp:deleteBegin Id="1"/>` + esc(d.deleted) + `<hp:deleteEnd Id="1"/>`
		}
		fmt.Fprintf(&sec, `<hp:p paraPrIDRef="%d" styleIDRef="0"><hp:run charPrIDRef="0"><hp:t>%s</hp:t></hp:run></hp:p>`, max(p.level, 0), text)
	}
	sec.WriteString(`</hs:sec>`)
	header := `<?xml version="1.0" encoding="UTF-8"?><hh:head ` + hpNS + `><hh:refList><hh:paraProperties>` +
		`<hh:paraPr id="0"><hh:heading type="NONE" idRef="0" level="0"/></hh:paraPr>` +
		`<hh:paraPr id="1"><hh:heading type="OUTLINE" idRef="0" level="0"/></hh:paraPr>` +
		`<hh:paraPr id="2"><hh:heading type="OUTLINE" idRef="0" level="1"/></hh:paraPr>` +
		`</hh:paraProperties><hh:styles>` +
		`<hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0"/>` +
		`<hh:style id="1" type="PARA" name="개요 1" engName="Outline 1" paraPrIDRef="1"/>` +
		`<hh:style id="2" type="PARA" name="문서 제목" engName="Title" paraPrIDRef="0"/>` +
		`</hh:styles></hh:refList></hh:head>`
	content := `<?xml version="1.0" encoding="UTF-8"?><opf:package xmlns:opf="http://www.idpf.org/2007/opf/"><opf:metadata><opf:title>` + esc(d.title) + `</opf:title>` +
		`<opf:meta name="creator" content="text">홍길동</opf:meta><opf:meta name="CreatedDate" content="text">2025-03-04T01:02:03Z</opf:meta></opf:metadata>` +
		`<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/></opf:manifest>` +
		`<opf:spine><opf:itemref idref="header"/><opf:itemref idref="section0"/></opf:spine></opf:package>`
	manifest := d.manifest
	if manifest == "" {
		manifest = `<?xml version="1.0"?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>`
	}
	return zipOf(t,
		"=mimetype", hwpxMime,
		"version.xml", `<?xml version="1.0"?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version"/>`,
		"Contents/header.xml", header,
		"Contents/section0.xml", sec.String(),
		"Contents/content.hpf", content,
		"META-INF/container.xml", `<?xml version="1.0"?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>`,
		"META-INF/manifest.xml", manifest,
	)
}

// docxOf makes a DOCX whose body is given as WordprocessingML; notes are
// the w:footnote elements of footnotes.xml.
func docxOf(t testing.TB, title, body, notes string) []byte {
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	styles := `<?xml version="1.0"?><w:styles ` + w + `>` +
		`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="Section head"/><w:basedOn w:val="Heading1"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop one"/><w:basedOn w:val="Loop2"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop two"/><w:basedOn w:val="Loop1"/></w:style>` +
		`</w:styles>`
	core := `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">` +
		`<dc:title>` + html.EscapeString(title) + `</dc:title><dc:creator>Jane Roe</dc:creator><dcterms:created>2024-11-05T09:00:00Z</dcterms:created></cp:coreProperties>`
	return zipOf(t,
		"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml", `<?xml version="1.0"?><w:document `+w+` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>`+body+`</w:body></w:document>`,
		"word/styles.xml", styles,
		"word/footnotes.xml", `<?xml version="1.0"?><w:footnotes `+w+`><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>SEPARATOR</w:t></w:r></w:p></w:footnote>`+notes+`</w:footnotes>`,
		"docProps/core.xml", core,
	)
}

// A test-only compound file writer: version 3 (512-byte sectors), streams
// under 4096 bytes in the mini stream, each storage's children chained as
// right siblings.

type cfbNode struct {
	name     string
	data     []byte
	storage  bool
	children []*cfbNode
}

func writeCFB(streams map[string][]byte) []byte {
	root := &cfbNode{name: "Root Entry", storage: true}
	var paths []string
	for p := range streams {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		cur := root
		parts := strings.Split(p, "/")
		for i, name := range parts {
			var next *cfbNode
			for _, c := range cur.children {
				if c.name == name {
					next = c
				}
			}
			if next == nil {
				next = &cfbNode{name: name, storage: i < len(parts)-1}
				cur.children = append(cur.children, next)
			}
			if i == len(parts)-1 {
				next.data = streams[p]
			}
			cur = next
		}
	}
	var nodes []*cfbNode
	var walk func(n *cfbNode)
	walk = func(n *cfbNode) {
		nodes = append(nodes, n)
		for _, c := range n.children {
			walk(c)
		}
	}
	walk(root)
	index := map[*cfbNode]int{}
	for i, n := range nodes {
		index[n] = i
	}
	// the mini stream and the big streams
	var mini []byte
	var miniFAT []uint32
	start := map[*cfbNode]uint32{}
	var big [][]byte
	var bigOf []*cfbNode
	for _, n := range nodes[1:] {
		if n.storage || len(n.data) == 0 {
			continue
		}
		if len(n.data) < 4096 {
			first := uint32(len(mini) / 64)
			start[n] = first
			count := (len(n.data) + 63) / 64
			for k := 0; k < count; k++ {
				miniFAT = append(miniFAT, first+uint32(k)+1)
			}
			miniFAT[len(miniFAT)-1] = cfbEnd
			mini = append(mini, n.data...)
			mini = append(mini, make([]byte, count*64-len(n.data))...)
			continue
		}
		big, bigOf = append(big, n.data), append(bigOf, n)
	}
	secs := func(n int) int { return (n + 511) / 512 }
	dirSecs := secs(len(nodes) * 128)
	miniFATSecs := secs(len(miniFAT) * 4)
	miniSecs := secs(len(mini))
	bigSecs := 0
	for _, b := range big {
		bigSecs += secs(len(b))
	}
	rest := dirSecs + miniFATSecs + miniSecs + bigSecs
	fatSecs := 1
	for (fatSecs+rest+127)/128 > fatSecs {
		fatSecs++
	}
	total := fatSecs + rest
	fat := make([]uint32, fatSecs*128)
	for i := range fat {
		fat[i] = cfbFree
	}
	next := uint32(0)
	alloc := func(n int, mark uint32) uint32 {
		first := next
		for k := 0; k < n; k++ {
			if mark != 0 {
				fat[next] = mark
			} else if k == n-1 {
				fat[next] = cfbEnd
			} else {
				fat[next] = next + 1
			}
			next++
		}
		return first
	}
	alloc(fatSecs, 0xFFFFFFFD)
	dirStart := alloc(dirSecs, 0)
	miniFATStart, miniStart := uint32(cfbEnd), uint32(cfbEnd)
	if miniFATSecs > 0 {
		miniFATStart = alloc(miniFATSecs, 0)
		miniStart = alloc(miniSecs, 0)
	}
	for i, b := range big {
		start[bigOf[i]] = alloc(secs(len(b)), 0)
	}
	le := binary.LittleEndian
	out := make([]byte, 512*(1+total))
	h := out[:512]
	copy(h, cfbMagic)
	le.PutUint16(h[0x18:], 0x3E)
	le.PutUint16(h[0x1A:], 3)
	le.PutUint16(h[0x1C:], 0xFFFE)
	le.PutUint16(h[0x1E:], 9)
	le.PutUint16(h[0x20:], 6)
	le.PutUint32(h[0x2C:], uint32(fatSecs))
	le.PutUint32(h[0x30:], dirStart)
	le.PutUint32(h[0x38:], 4096)
	le.PutUint32(h[0x3C:], miniFATStart)
	le.PutUint32(h[0x40:], uint32(miniFATSecs))
	le.PutUint32(h[0x44:], cfbEnd)
	for i := 0; i < 109; i++ {
		v := uint32(cfbFree)
		if i < fatSecs {
			v = uint32(i)
		}
		le.PutUint32(h[0x4C+4*i:], v)
	}
	at := func(sector uint32) []byte { return out[512*(int(sector)+1):] }
	for i, v := range fat {
		le.PutUint32(at(0)[4*i:], v)
	}
	right := map[*cfbNode]uint32{}
	for _, n := range nodes {
		for k := 0; k+1 < len(n.children); k++ {
			right[n.children[k]] = uint32(index[n.children[k+1]])
		}
	}
	for i, n := range nodes {
		d := at(dirStart)[128*i : 128*(i+1)]
		units := utf16.Encode([]rune(n.name))
		for k, u := range units {
			le.PutUint16(d[2*k:], u)
		}
		le.PutUint16(d[64:], uint16(2*len(units)+2))
		d[66] = 2
		if n.storage {
			d[66] = 1
		}
		le.PutUint32(d[68:], cfbNone)
		le.PutUint32(d[72:], cfbNone)
		if r, ok := right[n]; ok {
			le.PutUint32(d[72:], r)
		}
		le.PutUint32(d[76:], cfbNone)
		if len(n.children) > 0 {
			le.PutUint32(d[76:], uint32(index[n.children[0]]))
		}
		le.PutUint32(d[116:], cfbEnd)
		if s, ok := start[n]; ok {
			le.PutUint32(d[116:], s)
			le.PutUint64(d[120:], uint64(len(n.data)))
		}
	}
	root0 := at(dirStart)[:128]
	root0[66] = 5
	if miniSecs > 0 {
		le.PutUint32(root0[116:], miniStart)
		le.PutUint64(root0[120:], uint64(len(mini)))
		for i, v := range miniFAT {
			le.PutUint32(at(miniFATStart)[4*i:], v)
		}
		copy(at(miniStart), mini)
	}
	for i, b := range big {
		copy(at(start[bigOf[i]]), b)
	}
	return out
}

// hwpWriter writes HWP 5 records.
type hwpWriter struct{ buf bytes.Buffer }

func (w *hwpWriter) rec(tag, level int, data []byte) {
	size := len(data)
	h := uint32(tag) | uint32(level)<<10
	if size >= 0xFFF {
		binary.Write(&w.buf, binary.LittleEndian, h|0xFFF<<20)
		binary.Write(&w.buf, binary.LittleEndian, uint32(size))
	} else {
		binary.Write(&w.buf, binary.LittleEndian, h|uint32(size)<<20)
	}
	w.buf.Write(data)
}

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

// ctrlChar is an inline or extended control in paragraph text: eight
// WCHARs, the code first and last.
func ctrlChar(code uint16, id string) []byte {
	b := binary.LittleEndian.AppendUint16(nil, code)
	v := uint32(id[0])<<24 | uint32(id[1])<<16 | uint32(id[2])<<8 | uint32(id[3])
	b = binary.LittleEndian.AppendUint32(b, v)
	b = append(b, make([]byte, 8)...)
	return binary.LittleEndian.AppendUint16(b, code)
}

func ctrlID(id string) []byte {
	v := uint32(id[0])<<24 | uint32(id[1])<<16 | uint32(id[2])<<8 | uint32(id[3])
	return binary.LittleEndian.AppendUint32(nil, v)
}

// para writes a paragraph at a level: its header (shape and style), its
// text with a paragraph end, and then whatever controls add writes.
func (w *hwpWriter) para(level, shape, style int, text []byte, add func()) {
	h := make([]byte, 24)
	binary.LittleEndian.PutUint32(h, uint32(len(text)/2+1))
	binary.LittleEndian.PutUint16(h[8:], uint16(shape))
	h[10] = byte(style)
	w.rec(tagParaHeader, level, h)
	w.rec(tagParaText, level+1, append(text, 13, 0))
	if add != nil {
		add()
	}
}

// list writes a LIST_HEADER (for a cell, its row) and one paragraph.
func (w *hwpWriter) list(level, row int, text string) {
	lh := make([]byte, 34)
	binary.LittleEndian.PutUint32(lh, 1)
	binary.LittleEndian.PutUint16(lh[10:], uint16(row))
	w.rec(tagListHeader, level, lh)
	w.para(level, 0, 0, utf16le(text), nil)
}

// hwpFile makes an HWP 5 file of a section's records, with three paragraph
// shapes (none, outline level 1, outline level 2) and two styles (바탕글,
// and a title style), compressed or not, with the given header flags.
func hwpFile(section []byte, flags uint32) []byte {
	header := make([]byte, 256)
	copy(header, hwpSignature)
	binary.LittleEndian.PutUint32(header[32:], 0x05000300)
	binary.LittleEndian.PutUint32(header[36:], flags)
	var info hwpWriter
	for _, p := range []uint32{0, 1 << 23, 1<<23 | 1<<25} {
		info.rec(tagParaShape, 0, binary.LittleEndian.AppendUint32(make([]byte, 0, 54), p))
	}
	style := func(name, eng string) []byte {
		b := binary.LittleEndian.AppendUint16(nil, uint16(len(utf16.Encode([]rune(name)))))
		b = append(b, utf16le(name)...)
		b = binary.LittleEndian.AppendUint16(b, uint16(len(utf16.Encode([]rune(eng)))))
		return append(append(b, utf16le(eng)...), make([]byte, 10)...)
	}
	info.rec(tagStyle, 0, style("바탕글", "Normal"))
	info.rec(tagStyle, 0, style("문서 제목", "Title"))
	docInfo := info.buf.Bytes()
	if flags&hwpCompressed != 0 {
		docInfo, section = deflated(docInfo), deflated(section)
	}
	return writeCFB(map[string][]byte{
		"FileHeader":        header,
		"DocInfo":           docInfo,
		"BodyText/Section0": section,
	})
}

func deflated(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestSpeed)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}
