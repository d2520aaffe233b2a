package gofpdf

// Briefdesk: added. The XMP metadata packet, made from the document
// information the Info dictionary holds (ISO 32000-1 14.3.2 asks that the
// two agree), and the dates both give.

import (
	"encoding/xml"
	"strings"
	"time"
	"unicode/utf16"
)

// xmpPacket returns an XMP packet, in UTF-8, for the document information:
// title, author, subject, keywords, creator, producer, dates and language.
// Every value is escaped by encoding/xml, so no text can end an element,
// a CDATA section or the packet; characters XML cannot hold become U+FFFD.
func (f *Fpdf) xmpPacket() []byte {
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
		"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n" +
		"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
		"<rdf:Description rdf:about=\"\"" +
		" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" +
		" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"" +
		" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n" +
		"<dc:format>application/pdf</dc:format>\n")
	xmpAlt(&b, "dc:title", textFromPDF(f.title))
	if author := textFromPDF(f.author); author != "" {
		xmpArray(&b, "dc:creator", "rdf:Seq", []string{author})
	}
	xmpAlt(&b, "dc:description", textFromPDF(f.subject))
	keywords := textFromPDF(f.keywords)
	xmpArray(&b, "dc:subject", "rdf:Bag", splitKeywords(keywords))
	if f.lang != "" {
		xmpArray(&b, "dc:language", "rdf:Bag", []string{f.lang})
	}
	xmpSimple(&b, "pdf:Keywords", keywords)
	xmpSimple(&b, "pdf:Producer", textFromPDF(f.producer))
	xmpSimple(&b, "xmp:CreatorTool", textFromPDF(f.creator))
	xmpSimple(&b, "xmp:CreateDate", xmpDate(f.creationDate))
	xmpSimple(&b, "xmp:ModifyDate", xmpDate(f.modDate))
	xmpSimple(&b, "xmp:MetadataDate", xmpDate(f.modDate))
	b.WriteString("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>")
	return []byte(b.String())
}

// xmpSimple writes <name>value</name>, or nothing for an empty value.
func xmpSimple(b *strings.Builder, name, value string) {
	if value == "" {
		return
	}
	b.WriteString("<" + name + ">")
	xmlEscape(b, value)
	b.WriteString("</" + name + ">\n")
}

// xmpAlt writes a language alternative with value as its default.
func xmpAlt(b *strings.Builder, name, value string) {
	if value == "" {
		return
	}
	b.WriteString("<" + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">")
	xmlEscape(b, value)
	b.WriteString("</rdf:li></rdf:Alt></" + name + ">\n")
}

// xmpArray writes values as an ordered (rdf:Seq) or unordered (rdf:Bag)
// array, or nothing when there are none.
func xmpArray(b *strings.Builder, name, kind string, values []string) {
	if len(values) == 0 {
		return
	}
	b.WriteString("<" + name + "><" + kind + ">")
	for _, v := range values {
		b.WriteString("<rdf:li>")
		xmlEscape(b, v)
		b.WriteString("</rdf:li>")
	}
	b.WriteString("</" + kind + "></" + name + ">\n")
}

func xmlEscape(b *strings.Builder, s string) {
	xml.EscapeText(b, []byte(s)) // a strings.Builder does not fail
}

// splitKeywords splits the Info dictionary's keywords into dc:subject's
// items at commas and semicolons, as Acrobat reads them.
func splitKeywords(s string) []string {
	var out []string
	for _, k := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// textFromPDF returns a PDF text string as UTF-8: UTF-16BE after a byte
// order mark (what the setters' isUTF8 makes), else PDFDocEncoding.
func textFromPDF(s string) string {
	if len(s) >= 2 && s[0] == 0xFE && s[1] == 0xFF {
		units := make([]uint16, 0, len(s)/2)
		for i := 2; i+1 < len(s); i += 2 {
			units = append(units, uint16(s[i])<<8|uint16(s[i+1]))
		}
		return string(utf16.Decode(units))
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(pdfDocRune(s[i]))
	}
	return b.String()
}

// hasText reports whether a stored text string holds any character.
func hasText(s string) bool {
	return s != "" && s != "\xFE\xFF"
}

// pdfDocRune returns the character of a byte in PDFDocEncoding
// (ISO 32000-1, D.2), which is Latin-1 apart from these.
func pdfDocRune(c byte) rune {
	switch {
	case c >= 0x18 && c <= 0x1F:
		return pdfDoc18[c-0x18]
	case c >= 0x80 && c <= 0xA0:
		return pdfDoc80[c-0x80]
	case c == 0x7F || c == 0xAD:
		return '\uFFFD'
	}
	return rune(c)
}

var (
	pdfDoc18 = []rune("˘ˇˆ˙˝˛˚˜")
	pdfDoc80 = []rune("•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž\uFFFD€")
)

// pdfDate returns t as a PDF date with its offset from UTC, as
// "D:20261125090000+09'00" or "D:20261125000000Z".
func pdfDate(t time.Time) string {
	s := "D:" + t.Format("20060102150405")
	_, offset := t.Zone()
	if offset == 0 {
		return s + "Z"
	}
	return s + strings.Replace(t.Format("-07:00"), ":", "'", 1)
}

// xmpDate returns t as an XMP date: "2026-11-25T09:00:00+09:00".
func xmpDate(t time.Time) string {
	return t.Format("2006-01-02T15:04:05Z07:00")
}
