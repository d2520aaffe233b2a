package importer

import (
	"archive/zip"
	"bytes"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// headingStyle reads a style's name as a heading level: "Heading 2",
// "heading2", "제목 1" are levels; "Title", "제목" the title; anything else 0.
func headingStyle(name string) int {
	n := strings.ToLower(strings.Join(strings.Fields(name), ""))
	switch n {
	case "title", "제목", "문서제목":
		return levelTitle
	}
	for _, prefix := range []string{"heading", "제목"} {
		if rest, ok := strings.CutPrefix(n, prefix); ok {
			if d, err := strconv.Atoi(rest); err == nil && d >= 1 && d <= 9 {
				return d
			}
		}
	}
	return 0
}

// isoDate returns the date of an ISO 8601 timestamp ("2023-02-13T04:44:51Z")
// as YYYY-MM-DD, or "".
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, s[:10]); err != nil {
		return ""
	}
	return s[:10]
}

func isOffice(format string) bool {
	return format == FormatHWP || format == FormatHWPX || format == FormatDOCX
}

// sniffOffice tells an office file by its bytes: a compound file is read as
// HWP (which knows the compound files it refuses), a zip package by its
// parts. It returns "" for anything else.
func sniffOffice(data []byte) string {
	switch {
	case isCFB(data), bytes.HasPrefix(data, []byte(hwpSignature)):
		return FormatHWP
	case !bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return ""
	}
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ""
	}
	for _, f := range r.File {
		switch partName(f.Name) {
		case "mimetype":
			if f.UncompressedSize64 < 100 {
				if rc, err := f.Open(); err == nil {
					m, _ := io.ReadAll(io.LimitReader(rc, 100))
					rc.Close()
					if strings.TrimSpace(string(m)) == hwpxMime {
						return FormatHWPX
					}
				}
			}
		case "contents/content.hpf", "contents/header.xml":
			return FormatHWPX
		case "word/document.xml":
			return FormatDOCX
		}
	}
	return ""
}

// readOffice reads an HWP, HWPX or DOCX file.
func readOffice(data []byte, format string) (*builder, error) {
	var w *docWalk
	var err error
	switch format {
	case FormatHWP:
		if !isCFB(data) && !bytes.HasPrefix(data, []byte(hwpSignature)) {
			return nil, damaged("HWP", "not a compound file")
		}
		w, err = readCompound(data)
	case FormatHWPX:
		w, err = readHWPX(data)
	default:
		w, err = readDOCX(data)
	}
	if err != nil {
		return nil, err
	}
	if len(w.blocks) == 0 {
		return nil, briefing.Because(ErrEmpty, "the %s document has no body text (only pictures, shapes, headers and footers, or empty pages)", w.format)
	}
	return w.builder(), nil
}
