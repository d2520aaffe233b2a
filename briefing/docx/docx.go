// Package docx writes a briefing as a Word document (WordprocessingML,
// ECMA-376 / ISO/IEC 29500 transitional, as Word writes it): the handout of
// the PDF in either style, with real styles (Title, headings, Quote,
// Excerpt, Source, the points of a Korean report), lists numbered through
// numbering.xml, a table style, the marking and "page X of Y" in the
// header and footer, a contents field, bookmarks and links, and Word
// footnotes. Every part is built from typed structs with encoding/xml.
package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
)

// Options adjust the document; zero values take the briefing's own
// settings.
type Options = handout.Options

// Write writes the Word document of b to w. The document is made whole in
// memory first, so nothing is written when it fails. The same briefing
// gives the same bytes: the package's times come from the briefing's date.
func Write(w io.Writer, b *briefing.Briefing, opt Options) error {
	x := newBuilder(b, opt)
	if x.report {
		x.reportBody()
	} else {
		x.briefingBody()
	}
	var buf bytes.Buffer
	if err := x.pack(&buf); err != nil {
		return fmt.Errorf("write Word document: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write Word document: %w", err)
	}
	return nil
}

// part is one file of the package.
type part struct {
	name, contentType string
	value             any
}

// pack writes the package: [Content_Types].xml first, then the package
// relationships, the properties, the document and the parts it refers to.
func (x *builder) pack(out io.Writer) error {
	// The header, footer and other parts the document refers to.
	rels := &x.docRels
	docParts := []part{
		{"word/styles.xml", ctBase + "styles+xml", x.styleSheet()},
		{"word/numbering.xml", ctBase + "numbering+xml", nil},
		{"word/settings.xml", ctBase + "settings+xml", x.settings()},
		{"word/fontTable.xml", ctBase + "fontTable+xml", fontTable{W: nsW, Fonts: fontList}},
		{"word/footnotes.xml", ctBase + "footnotes+xml", nil},
		{"word/header1.xml", ctBase + "header+xml", x.header(true)},
		{"word/header2.xml", ctBase + "header+xml", x.header(false)},
		{"word/footer1.xml", ctBase + "footer+xml", x.footer(true)},
		{"word/footer2.xml", ctBase + "footer+xml", x.footer(false)},
	}
	kinds := []string{"styles", "numbering", "settings", "fontTable", "footnotes", "header", "header", "footer", "footer"}
	ids := make([]string, len(docParts))
	for i, p := range docParts {
		ids[i] = rels.add(kinds[i], strings.TrimPrefix(p.name, "word/"))
	}
	sect := &sectPr{
		HeaderRefs: []hdrRef{{Type: "first", ID: ids[5]}, {Type: "default", ID: ids[6]}},
		FooterRefs: []hdrFtRef{{Type: "first", ID: ids[7]}, {Type: "default", ID: ids[8]}},
		PgSz:       pgSz{W: x.geo.pageW, H: x.geo.pageH},
		PgMar: pgMar{Top: x.geo.top, Right: x.geo.right, Bottom: x.geo.bottom, Left: x.geo.left,
			Header: furnitureInset, Footer: furnitureInset},
		Cols:    &cols{Space: 425},
		TitlePg: on,
		DocGrid: &docGrid{LinePitch: 360},
	}
	doc := document{W: nsW, R: nsR, Body: body{Content: x.body, SectPr: sect}}
	// The numbering and footnotes are complete only once the body is made.
	docParts[1].value = x.numberingPart()
	docParts[4].value = x.footnotesPart()

	parts := []part{
		{"_rels/.rels", "", relationships{Xmlns: nsPkgRels, Rels: []relationship{
			{ID: "rId1", Type: relBase + "officeDocument", Target: "word/document.xml"},
			{ID: "rId2", Type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", Target: "docProps/core.xml"},
			{ID: "rId3", Type: relBase + "extended-properties", Target: "docProps/app.xml"},
		}}},
		{"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", x.core()},
		{"docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
			appProps{Xmlns: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", Application: "Briefdesk", Company: clean(x.b.Details.Organization)}},
		{"word/document.xml", ctBase + "document.main+xml", doc},
	}
	parts = append(parts, docParts...)
	parts = append(parts, part{"word/_rels/document.xml.rels", "", relationships{Xmlns: nsPkgRels, Rels: rels.rels}})
	if len(x.noteRels.rels) > 0 {
		parts = append(parts, part{"word/_rels/footnotes.xml.rels", "", relationships{Xmlns: nsPkgRels, Rels: x.noteRels.rels}})
	}

	types := contentTypes{Xmlns: nsContentTypes, Defaults: []ctDefault{
		{"rels", "application/vnd.openxmlformats-package.relationships+xml"},
		{"xml", "application/xml"},
	}}
	for _, p := range parts {
		if p.contentType != "" {
			types.Overrides = append(types.Overrides, ctOverrride{"/" + p.name, p.contentType})
		}
	}
	parts = append([]part{{"[Content_Types].xml", "", types}}, parts...)

	z := zip.NewWriter(out)
	when := x.packageTime()
	var xmlBuf bytes.Buffer
	for _, p := range parts {
		xmlBuf.Reset()
		xmlBuf.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n")
		if err := xml.NewEncoder(&xmlBuf).Encode(p.value); err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: when})
		if err != nil {
			return err
		}
		if _, err := f.Write(xmlBuf.Bytes()); err != nil {
			return err
		}
	}
	return z.Close()
}

// packageTime is the time of every file in the package: the briefing's
// date, so that the same briefing gives the same bytes.
func (x *builder) packageTime() time.Time {
	when := x.b.Date()
	if when.IsZero() || when.Year() < 1980 || when.Year() > 2107 {
		when = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return when
}

// core returns the document's properties: title, author, subject, the
// marking and topics as keywords, its language and dates.
func (x *builder) core() coreProps {
	det := x.b.Details
	subject, keywords := handout.Subject(x.b), handout.Keywords(x.b)
	language := "ko-KR"
	if x.en {
		language = "en-US"
	}
	when := w3cdtf{Type: "dcterms:W3CDTF", Value: x.packageTime().UTC().Format("2006-01-02T15:04:05Z")}
	return coreProps{
		CP: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties", DC: "http://purl.org/dc/elements/1.1/",
		DCTerms: "http://purl.org/dc/terms/", XSI: "http://www.w3.org/2001/XMLSchema-instance",
		Title: clean(det.Title), Subject: clean(subject), Creator: clean(strings.Join(handout.NonEmpty(det.Author, det.Organization), ", ")),
		Keywords: clean(strings.Join(keywords, ", ")), Language: language, Created: when, Modified: when,
	}
}

// settings asks a reader to update the fields when it opens the document
// (the contents' page numbers), and sets the footnotes' separators.
func (x *builder) settings() settings {
	s := settings{
		W: nsW, Zoom: zoom{Percent: 100}, UpdateFields: on, DefaultTabStop: wInt{800},
		CharacterSpacing: wVal{"doNotCompress"},
		FootnotePr:       footnotePr{Footnotes: []footnoteID{{-1}, {0}}},
		Compat: compat{Settings: []compatSetting{
			{Name: "compatibilityMode", URI: "http://schemas.microsoft.com/office/word", Val: "15"},
		}},
		ThemeFontLang: lang{Val: "en-US", EastAsia: "ko-KR"},
		DecimalSymbol: wVal{"."}, ListSeparator: wVal{","},
	}
	if !x.en {
		s.ThemeFontLang.Val = "ko-KR"
	}
	return s
}

// footnotesPart returns footnotes.xml: the separators, then the notes.
func (x *builder) footnotesPart() footnotes {
	f := footnotes{W: nsW, R: nsR, Notes: []footnote{
		{Type: "separator", ID: -1, Content: []any{&paragraph{PPr: &pPr{Spacing: &spacing{After: twips(0), Line: 240, LineRule: "auto"}},
			Content: []any{&run{Content: []any{separator{}}}}}}},
		{Type: "continuationSeparator", ID: 0, Content: []any{&paragraph{PPr: &pPr{Spacing: &spacing{After: twips(0), Line: 240, LineRule: "auto"}},
			Content: []any{&run{Content: []any{continuationSeparator{}}}}}}},
	}}
	f.Notes = append(f.Notes, x.notes...)
	return f
}

// header returns the header of the first page (the marking) or of the
// others (the marking, then the briefing's title and date over a rule).
func (x *builder) header(first bool) headerPart {
	h := headerPart{W: nsW, R: nsR}
	if m := x.b.Details.Marking; m != "" {
		p := para(stMarking, textRun(m, nil))
		if !first {
			p.PPr.Spacing = &spacing{After: twips(120)}
		}
		h.Content = append(h.Content, p)
	}
	if !first {
		p := para(stHeader, textRun(shorten(x.b.Details.Title, 70)+"\t\t"+x.lbl.DateOf(x.b.Details.Date), nil))
		p.PPr.PBdr = &pBdr{Bottom: line(4, lightRule, 3)}
		h.Content = append(h.Content, p)
	}
	if len(h.Content) == 0 {
		h.Content = []any{para(stHeader)}
	}
	return h
}

// declassify returns the declassification notice (예고문) of a marked
// handout, framed, which stands at the foot of the first page as the PDF
// has it: in that page's footer, above the marking.
func (x *builder) declassify() []any {
	det := x.b.Details
	if det.Marking == "" || strings.TrimSpace(det.Declassify) == "" {
		return nil
	}
	return []any{para(stNotice, textRun(x.lbl.Declassify+": "+det.Declassify, nil))}
}

// footer returns the footer of the first page (the declassification notice
// and the marking) or of the
// others ("X / Y 쪽" or "page X of Y" from the PAGE and NUMPAGES fields,
// then the marking).
func (x *builder) footer(first bool) footerPart {
	f := footerPart{W: nsW, R: nsR}
	if !first {
		const pg, total = "\x00", "\x01"
		label := x.lbl.PageOf(pg, total)
		p := para(stFooter)
		for label != "" {
			i := strings.IndexAny(label, pg+total)
			if i < 0 {
				p.Content = append(p.Content, textRun(label, nil))
				break
			}
			if i > 0 {
				p.Content = append(p.Content, textRun(label[:i], nil))
			}
			instr := "PAGE"
			if label[i] == total[0] {
				instr = "NUMPAGES"
			}
			p.Content = append(p.Content, field(instr, "1", nil)...)
			label = label[i+1:]
		}
		f.Content = append(f.Content, p)
	}
	if first {
		f.Content = append(f.Content, x.declassify()...)
	}
	if m := x.b.Details.Marking; m != "" {
		p := para(stMarking, textRun(m, nil))
		if !first {
			p.PPr.Spacing = &spacing{Before: twips(200)}
		}
		f.Content = append(f.Content, p)
	}
	if len(f.Content) == 0 {
		f.Content = []any{para(stFooter)}
	}
	return f
}

// shorten cuts s to at most n characters, with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
