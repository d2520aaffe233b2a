package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strings"
)

// HWPX and DOCX files are zip packages of XML parts. A package is untrusted
// input: a few kilobytes can unpack to gigabytes, so every part is read
// through a counter that stops at the limits below.
const (
	maxZipEntries = 10_000    // parts in a package
	maxZipPart    = 64 << 20  // bytes one part may unpack to
	maxZipTotal   = 160 << 20 // bytes all the parts read may unpack to
	// The parts read may also unpack to no more than maxZipRatio times the
	// package (XML packs to a fifth or a tenth of itself; a bomb to a
	// thousandth), with minZipBudget for a small package: so that a small
	// file cannot cost seconds of reading before it is refused.
	maxZipRatio  = 32
	minZipBudget = 8 << 20
	// maxZipTokens bounds the XML tokens read from a package.
	maxZipTokens = 4_000_000
)

// zipPackage is an office file's zip package.
type zipPackage struct {
	format string
	files  map[string]*zip.File // by name without a leading slash, lower case
	read   int64                // bytes unpacked so far
	budget int64                // bytes all the parts may unpack to
	tokens int                  // XML tokens read so far
}

func openZip(data []byte, format string) (*zipPackage, error) {
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, damaged(format, "not a readable zip package")
	}
	if len(r.File) > maxZipEntries {
		return nil, tooBig(format)
	}
	budget := min(int64(maxZipTotal), max(int64(minZipBudget), int64(len(data))*maxZipRatio))
	p := &zipPackage{format: format, files: make(map[string]*zip.File, len(r.File)), budget: budget}
	for _, f := range r.File {
		p.files[partName(f.Name)] = f
	}
	return p, nil
}

// partName normalises a part's name: "/Contents\section0.xml" and
// "contents/section0.xml" name the same part.
func partName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	return strings.ToLower(strings.TrimPrefix(path.Clean("/"+name), "/"))
}

func (p *zipPackage) has(name string) bool { return p.files[partName(name)] != nil }

// partLimit is the error that stops a part's reader at the limits; tooBig
// says it to the user.
type partLimit struct{}

func (partLimit) Error() string { return "over the unpacking limit" }

var errPartTooBig error = partLimit{}

// open returns a reader of a part that fails once the part or the package
// unpacks to more than the limits.
func (p *zipPackage) open(name string) (io.ReadCloser, error) {
	f := p.files[partName(name)]
	if f == nil {
		return nil, damaged(p.format, "no part "+name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, damaged(p.format, "the part "+name+" cannot be unpacked")
	}
	return &partReader{rc: rc, p: p, left: maxZipPart}, nil
}

// readError names what went wrong reading a part.
func (p *zipPackage) readError(name string, err error) error {
	if errors.Is(err, errPartTooBig) {
		return tooBig(p.format)
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return damaged(p.format, "the part "+name+" is not well-formed XML")
	}
	return damaged(p.format, "the part "+name+" cannot be unpacked")
}

type partReader struct {
	rc   io.ReadCloser
	p    *zipPackage
	left int64
}

func (r *partReader) Read(b []byte) (int, error) {
	n, err := r.rc.Read(b)
	r.left -= int64(n)
	r.p.read += int64(n)
	if r.left < 0 || r.p.read > r.p.budget {
		return n, errPartTooBig
	}
	return n, err
}

func (r *partReader) Close() error { return r.rc.Close() }

// xattr returns the value of an element's attribute by local name.
func xattr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// eachToken decodes a part and calls fn with each of its tokens (names as
// written, prefix in Space), until fn returns false or the part ends.
func (p *zipPackage) eachToken(name string, fn func(xml.Token) bool) error {
	rc, err := p.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return p.readError(name, err)
		}
		if p.tokens++; p.tokens > maxZipTokens {
			return tooBig(p.format)
		}
		if !fn(tok) {
			return nil
		}
	}
}
