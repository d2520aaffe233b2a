package importer

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/briefdesk/briefdesk/briefing"
)

// HWP 5 is Hancom's binary format (Hancom's published "HWP 5.0 document
// file structure"): a compound file (cfb.go) whose FileHeader stream says
// the version and whether the streams are compressed (raw deflate),
// password-protected or a distribution document (배포용 문서, its text
// encrypted in ViewText/); DocInfo holds paragraph shapes and styles, and
// BodyText/Section0, Section1... the paragraphs as records (hwprecords.go).
// Compound files that are not HWP — an encrypted Word document, a Word
// 97–2003 .doc — are recognised and refused by name.

const (
	hwpSignature   = "HWP Document File"
	hwpCompressed  = 1 << 0
	hwpPassword    = 1 << 1
	hwpDistributed = 1 << 2
	hwpDRM         = 1 << 4
	hwpCertCrypt   = 1 << 8  // encrypted for a public-key certificate
	hwpCertDRM     = 1 << 10 // DRM tied to a certificate
	hwpPrivacy     = 1 << 13 // 개인정보 보안 문서: personal information encrypted

	maxHWPStream  = 64 << 20  // bytes one stream may inflate to
	maxHWPTotal   = 160 << 20 // bytes all streams may inflate to
	maxHWPRecords = 1_000_000 // records in the whole document
)

// Refusals of documents whose text cannot be read.
var (
	errHWPDistributed = briefing.Because(ErrProtected, "the HWP document is a distribution document (배포용 문서), whose text Hancom Office keeps encrypted; ask its author for a copy saved without distribution protection")
	errHWPDRM         = briefing.Because(ErrProtected, "the HWP document is protected by DRM (document security); export an unprotected copy and import that")
	errHWPCert        = briefing.Because(ErrProtected, "the HWP document is encrypted for a certificate (인증서 암호화); open it in Hancom Office with that certificate, save a copy without it and import that")
	errHWPPrivacy     = briefing.Because(ErrProtected, "the HWP document protects personal information (개인정보 보안 문서), which Hancom Office keeps encrypted; save a copy without that protection and import that")
	errHWP3           = briefing.Because(ErrFormat, "the file is an HWP 3 document (Hangul 97 or older), which Briefdesk does not read; save it as HWP or HWPX in Hancom Office and import that")
	errDOC            = briefing.Because(ErrFormat, "the file is a Word 97–2003 document (.doc), which Briefdesk does not read; save it as DOCX and import that")
)

func passwordProtected(format, app string) error {
	return briefing.Because(ErrProtected, "the %s document is protected by a password; open it in %s, save a copy without the password and import that", format, app)
}

// readCompound reads a compound file: an HWP 5 document, or the refusal
// of another kind of compound file.
func readCompound(data []byte) (*docWalk, error) {
	if bytes.HasPrefix(data, []byte(hwpSignature)) {
		return nil, errHWP3
	}
	f, err := openCFB(data, "HWP")
	if err != nil {
		return nil, err
	}
	switch {
	case f.find("EncryptionInfo") >= 0 || f.find("EncryptedPackage") >= 0:
		return nil, passwordProtected(docxFormat, "Word")
	case f.find("WordDocument") >= 0:
		return nil, errDOC
	}
	header, ok, err := f.stream("FileHeader")
	if err != nil {
		return nil, err
	}
	if !ok || !bytes.HasPrefix(header, []byte(hwpSignature)) || len(header) < 40 {
		return nil, damaged("HWP", "no HWP file header")
	}
	return readHWP(f, header)
}

// hwpDoc is an HWP document being read.
type hwpDoc struct {
	f          *cfbFile
	compressed bool
	inflated   int
	nrecords   int
	shapes     []int // paragraph shape → outline level (1..), 0 when none
	styles     []int // style → heading level of its name
}

func readHWP(f *cfbFile, header []byte) (*docWalk, error) {
	le := binary.LittleEndian
	version, flags := le.Uint32(header[32:]), le.Uint32(header[36:])
	switch {
	case flags&hwpPassword != 0:
		return nil, passwordProtected("HWP", "Hancom Office")
	case flags&hwpDistributed != 0:
		return nil, errHWPDistributed
	case flags&(hwpDRM|hwpCertDRM) != 0:
		return nil, errHWPDRM
	case flags&hwpCertCrypt != 0:
		return nil, errHWPCert
	case flags&hwpPrivacy != 0:
		return nil, errHWPPrivacy
	case version>>24 != 5:
		return nil, damaged("HWP", "version "+strconv.Itoa(int(version>>24))+" is not HWP 5")
	}
	d := &hwpDoc{f: f, compressed: flags&hwpCompressed != 0}
	w := &docWalk{format: "HWP"}
	d.summary(w)
	if err := d.docInfo(); err != nil {
		return nil, err
	}
	sections := d.sections()
	if len(sections) == 0 {
		if f.find("ViewText") >= 0 {
			return nil, errHWPDistributed
		}
		return nil, damaged("HWP", "no BodyText sections")
	}
	for _, name := range sections {
		recs, err := d.records("BodyText/" + name)
		if err != nil {
			return nil, err
		}
		s := &hwpSection{recs: recs, doc: d, w: w}
		s.list(0, len(recs))
		if w.err != nil {
			return nil, w.err
		}
	}
	return w, w.end()
}

// sections lists the BodyText streams in number order.
func (d *hwpDoc) sections() []string {
	body := d.f.find("BodyText")
	if body < 0 {
		return nil
	}
	type sec struct {
		name string
		n    int
	}
	var secs []sec
	for name, i := range d.f.children(body) {
		num, ok := strings.CutPrefix(name, "section")
		if n, err := strconv.Atoi(num); ok && err == nil && d.f.entries[i].kind == 2 {
			secs = append(secs, sec{d.f.entries[i].name, n})
		}
	}
	sort.Slice(secs, func(i, j int) bool { return secs[i].n < secs[j].n })
	names := make([]string, len(secs))
	for i, s := range secs {
		names[i] = s.name
	}
	return names
}

// stream returns a stream's bytes, inflated when the document is compressed.
func (d *hwpDoc) stream(name string) ([]byte, error) {
	raw, ok, err := d.f.stream(name)
	if err != nil || !ok {
		return nil, err
	}
	if !d.compressed {
		return raw, nil
	}
	r := flate.NewReader(bytes.NewReader(raw))
	defer r.Close()
	out, err := io.ReadAll(io.LimitReader(r, maxHWPStream+1))
	d.inflated += len(out)
	switch {
	case len(out) > maxHWPStream || d.inflated > maxHWPTotal:
		return nil, tooBig("HWP")
	case err != nil && !errors.Is(err, io.ErrUnexpectedEOF):
		return nil, damaged("HWP", "the stream "+name+" cannot be inflated")
	}
	return out, nil // a stream cut short keeps the records it has whole
}

// records reads a stream's records within the document's limit.
func (d *hwpDoc) records(name string) ([]hwpRecord, error) {
	data, err := d.stream(name)
	if err != nil {
		return nil, err
	}
	recs, err := hwpRecords(data, maxHWPRecords-d.nrecords)
	d.nrecords += len(recs)
	return recs, err
}

// docInfo reads the outline level of every paragraph shape and the heading
// level of every style's name.
func (d *hwpDoc) docInfo() error {
	recs, err := d.records("DocInfo")
	if err != nil {
		return err
	}
	for _, r := range recs {
		switch r.tag {
		case tagParaShape:
			level := 0
			if len(r.data) >= 4 {
				p := binary.LittleEndian.Uint32(r.data)
				if (p>>23)&3 == 1 { // the paragraph's head is an outline number
					level = int((p>>25)&7) + 1
				}
			}
			d.shapes = append(d.shapes, level)
		case tagStyle:
			name, rest := hwpString(r.data)
			eng, _ := hwpString(rest)
			level := headingStyle(eng)
			if level == 0 {
				level = headingStyle(name)
			}
			d.styles = append(d.styles, level)
		}
	}
	return nil
}

// hwpString reads a length-prefixed UTF-16LE string and returns the rest.
func hwpString(b []byte) (string, []byte) {
	if len(b) < 2 {
		return "", nil
	}
	n := int(binary.LittleEndian.Uint16(b))
	b = b[2:]
	if 2*n > len(b) {
		return "", nil
	}
	return decodeUTF16(b[:2*n]), b[2*n:]
}

func decodeUTF16(b []byte) string {
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return string(utf16.Decode(units))
}

// summary reads the title, author and creation date of the document's
// summary information (an OLE property set), when it has them.
func (d *hwpDoc) summary(w *docWalk) {
	data, ok, err := d.f.stream("\x05HwpSummaryInformation")
	if err != nil || !ok || len(data) < 48 {
		return
	}
	le := binary.LittleEndian
	base := int(le.Uint32(data[44:]))
	if base < 0 || base+8 > len(data) {
		return
	}
	n := int(le.Uint32(data[base+4:]))
	for i := 0; i < n && i < 64 && base+8+8*i+8 <= len(data); i++ {
		id := le.Uint32(data[base+8+8*i:])
		off := base + int(le.Uint32(data[base+12+8*i:]))
		if off < base || off+8 > len(data) {
			continue
		}
		typ, v := le.Uint32(data[off:]), data[off+4:]
		switch {
		case typ == 0x1F && (id == 2 || id == 4): // VT_LPWSTR title, author
			chars := int(le.Uint32(v))
			if chars < 0 || 4+2*chars > len(v) {
				continue
			}
			s := strings.TrimRight(decodeUTF16(v[4:4+2*chars]), "\x00")
			if id == 2 {
				w.title = s
			} else {
				w.author = strings.TrimSpace(s)
			}
		case typ == 0x40 && id == 12 && len(v) >= 8: // VT_FILETIME created
			ft := int64(le.Uint64(v))
			if ft > 0 {
				t := time.Unix(ft/1e7-11644473600, 0).UTC()
				if t.Year() > 1990 && t.Year() < 2200 {
					w.published = t.Format(time.DateOnly)
				}
			}
		}
	}
}
