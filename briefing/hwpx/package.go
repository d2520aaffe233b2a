package hwpx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/handout"
)

// The package's parts in the order Hancom Office writes them: the
// mimetype first and stored, so that a reader knows the file from its
// first bytes; the version stored too; the rest deflated.
const (
	partMimetype  = "mimetype"
	partVersion   = "version.xml"
	partHeader    = "Contents/header.xml"
	partSection   = "Contents/section0.xml"
	partPreview   = "Preview/PrvText.txt"
	partSettings  = "settings.xml"
	partContainer = "META-INF/container.xml"
	partContent   = "Contents/content.hpf"
	partManifest  = "META-INF/manifest.xml"

	mimetype = "application/hwp+zip"
)

// pack writes the package. Every entry is written raw, compressed here:
// so that the mimetype's entry has no extra field and no data descriptor,
// and its name and content stand at the start of the file, where a reader
// looks for them; and so that every entry has the same fixed time.
func (d *doc) pack(w io.Writer) error {
	zw := zip.NewWriter(w)
	parts := []struct {
		name   string
		stored bool
		body   func(io.Writer) error
	}{
		{partMimetype, true, func(w io.Writer) error { _, err := io.WriteString(w, mimetype); return err }},
		{partVersion, true, xmlPart(versionDoc())},
		{partHeader, false, xmlPart(d.head())},
		{partSection, false, xmlPart(&section{namespaces: allNamespaces, Paras: d.paras})},
		{partPreview, false, func(w io.Writer) error { _, err := io.WriteString(w, d.preview()); return err }},
		{partSettings, false, xmlPart(settingsDoc())},
		{partContainer, false, xmlPart(containerDoc())},
		{partContent, false, xmlPart(d.contentDoc())},
		{partManifest, false, xmlPart(&manifest{Xmlns: nsManifest})},
	}
	var body, packed bytes.Buffer
	fw, err := flate.NewWriter(&packed, flate.DefaultCompression)
	if err != nil {
		return err
	}
	for _, p := range parts {
		body.Reset()
		if err := p.body(&body); err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
		h := &zip.FileHeader{Name: p.name, Method: zip.Store, CRC32: crc32.ChecksumIEEE(body.Bytes()),
			UncompressedSize64: uint64(body.Len())}
		//lint:ignore SA1019 the MS-DOS time alone: Modified would add an extra field to every entry
		h.ModifiedDate, h.ModifiedTime = dosDate, 0
		data := body.Bytes()
		if !p.stored {
			packed.Reset()
			fw.Reset(&packed)
			if _, err := fw.Write(data); err != nil {
				return err
			}
			if err := fw.Close(); err != nil {
				return err
			}
			h.Method, data = zip.Deflate, packed.Bytes()
		}
		h.CompressedSize64 = uint64(len(data))
		raw, err := zw.CreateRaw(h)
		if err != nil {
			return err
		}
		if _, err := raw.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// dosDate is 1 January 1980 as an MS-DOS date, the time of every entry:
// fixed, so that the same briefing gives the same bytes.
const dosDate = 1<<5 | 1

// xmlPart writes v as an XML document with the declaration Hancom writes.
func xmlPart(v any) func(io.Writer) error {
	return func(w io.Writer) error {
		if _, err := io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>`); err != nil {
			return err
		}
		return xml.NewEncoder(w).Encode(v)
	}
}

type version struct {
	XMLName     xml.Name `xml:"hv:HCFVersion"`
	Xmlns       string   `xml:"xmlns:hv,attr"`
	Target      string   `xml:"tagetApplication,attr"` // sic: Hancom's spelling
	Major       int      `xml:"major,attr"`
	Minor       int      `xml:"minor,attr"`
	Micro       int      `xml:"micro,attr"`
	BuildNumber int      `xml:"buildNumber,attr"`
	OS          int      `xml:"os,attr"`
	XMLVersion  string   `xml:"xmlVersion,attr"`
	Application string   `xml:"application,attr"`
	AppVersion  string   `xml:"appVersion,attr"`
}

// versionDoc names the format version the document follows (OWPML 1.4,
// as Hancom Office 2014 and later write it) and the application.
func versionDoc() *version {
	return &version{Xmlns: nsVersion, Target: "WORDPROCESSOR", Major: 5, Minor: 0, Micro: 5, OS: 1,
		XMLVersion: "1.4", Application: "Briefdesk", AppVersion: "1"}
}

type settings struct {
	XMLName xml.Name `xml:"ha:HWPApplicationSetting"`
	XmlnsHA string   `xml:"xmlns:ha,attr"`
	XmlnsC  string   `xml:"xmlns:config,attr"`
	Caret   caret    `xml:"ha:CaretPosition"`
}

type caret struct {
	List int `xml:"listIDRef,attr"`
	Para int `xml:"paraIDRef,attr"`
	Pos  int `xml:"pos,attr"`
}

func settingsDoc() *settings { return &settings{XmlnsHA: nsApp, XmlnsC: nsConfig} }

type container struct {
	XMLName   xml.Name   `xml:"ocf:container"`
	XmlnsOCF  string     `xml:"xmlns:ocf,attr"`
	XmlnsHPF  string     `xml:"xmlns:hpf,attr"`
	RootFiles []rootFile `xml:"ocf:rootfiles>ocf:rootfile"`
}

type rootFile struct {
	FullPath  string `xml:"full-path,attr"`
	MediaType string `xml:"media-type,attr"`
}

func containerDoc() *container {
	return &container{XmlnsOCF: nsContainer, XmlnsHPF: nsHPF, RootFiles: []rootFile{
		{partContent, "application/hwpml-package+xml"},
		{partPreview, "text/plain"},
	}}
}

// manifest is META-INF/manifest.xml, which Hancom Office writes empty
// unless the document is encrypted.
type manifest struct {
	XMLName xml.Name `xml:"odf:manifest"`
	Xmlns   string   `xml:"xmlns:odf,attr"`
}

type opfPackage struct {
	XMLName xml.Name `xml:"opf:package"`
	namespaces
	Version  string       `xml:"version,attr"`
	UniqueID string       `xml:"unique-identifier,attr"`
	ID       string       `xml:"id,attr"`
	Metadata opfMetadata  `xml:"opf:metadata"`
	Manifest []opfItem    `xml:"opf:manifest>opf:item"`
	Spine    []opfItemRef `xml:"opf:spine>opf:itemref"`
}

type opfMetadata struct {
	Title    string    `xml:"opf:title"`
	Language string    `xml:"opf:language"`
	Meta     []opfMeta `xml:"opf:meta"`
}

type opfMeta struct {
	Name    string `xml:"name,attr"`
	Content string `xml:"content,attr"`
	Value   string `xml:",chardata"`
}

type opfItem struct {
	ID        string `xml:"id,attr"`
	Href      string `xml:"href,attr"`
	MediaType string `xml:"media-type,attr"`
}

type opfItemRef struct {
	IDRef  string `xml:"idref,attr"`
	Linear string `xml:"linear,attr,omitempty"`
}

// contentDoc is the package's manifest and reading order (content.hpf),
// with the document's title, author, subject and dates.
func (d *doc) contentDoc() *opfPackage {
	det := d.b.Details
	when := d.b.Date()
	if when.IsZero() {
		when = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	stamp := when.UTC().Format(time.RFC3339)
	subject, keywords := handout.Subject(d.b), handout.Keywords(d.b)
	author := strings.Join(nonEmpty(det.Author, det.Organization), ", ")
	meta := func(name, value string) opfMeta { return opfMeta{Name: name, Content: "text", Value: clean(value)} }
	return &opfPackage{
		namespaces: allNamespaces,
		Metadata: opfMetadata{
			Title:    clean(det.Title),
			Language: map[bool]string{true: "en", false: "ko"}[d.en],
			Meta: []opfMeta{
				meta("creator", author), meta("subject", subject), meta("description", det.Declassify),
				meta("lastsaveby", author), meta("CreatedDate", stamp), meta("ModifiedDate", stamp),
				meta("date", d.lbl.DateOf(det.Date)), meta("keyword", strings.Join(keywords, ", ")),
			},
		},
		Manifest: []opfItem{
			{"header", partHeader, "application/xml"},
			{"section0", partSection, "application/xml"},
			{"settings", partSettings, "application/xml"},
		},
		Spine: []opfItemRef{{IDRef: "header", Linear: "yes"}, {IDRef: "section0"}},
	}
}

// preview is the text Hancom Office shows before it opens a document
// (Preview/PrvText.txt): the first paragraphs, in lines ended by CR LF,
// at most previewRunes characters.
func (d *doc) preview() string {
	var sb strings.Builder
	for _, p := range d.paras {
		line := paraText(p)
		if line == "" {
			continue
		}
		sb.WriteString(line)
		sb.WriteString("\r\n")
		if utf8.RuneCountInString(sb.String()) > previewRunes {
			break
		}
	}
	s := sb.String()
	if utf8.RuneCountInString(s) > previewRunes {
		s = string([]rune(s)[:previewRunes])
	}
	return s
}

const previewRunes = 1024

// paraText returns the text of a paragraph's runs, line breaks as spaces.
func paraText(p *para) string {
	var sb strings.Builder
	for _, r := range p.Runs {
		for _, it := range r.Items {
			if t, ok := it.(text); ok {
				for _, part := range t.Parts {
					if part == "\n" {
						part = " "
					}
					sb.WriteString(part)
				}
			}
		}
	}
	return strings.TrimSpace(sb.String())
}
