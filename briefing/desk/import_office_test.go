package desk

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/importer"
)

// docxWith makes a small Word document with one paragraph.
func docxWith(t *testing.T, text string) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, err := z.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:body></w:document>`))
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestImportOfficeFiles imports a Word document from a folder, from an open
// file and as a command-line operand, and reports a refused HWP by its
// reason.
func TestImportOfficeFiles(t *testing.T) {
	dir := t.TempDir()
	doc := docxWith(t, "한미 연합훈련이 시작됐다.")
	os.WriteFile(filepath.Join(dir, "훈련.docx"), doc, 0o644)
	os.WriteFile(filepath.Join(dir, "깨진.hwp"), []byte("not a compound file"), 0o644)
	files, _, err := ImportableFiles(dir)
	if err != nil || strings.Join(files, ",") != "깨진.hwp,훈련.docx" {
		t.Fatalf("listed %v, %v", files, err)
	}
	im := NewImporter(WebOptions{})
	rs := im.Import(context.Background(), []Input{
		Path(dir),
		Reader("열린.docx", bytes.NewReader(doc)),
		Arg(filepath.Join(dir, "훈련.docx"), nil),
	}, nil)
	var read, refused int
	for _, r := range rs {
		switch {
		case r.Article != nil && r.Article.Text() == "한미 연합훈련이 시작됐다.\n":
			read++
		case r.SameAs != "" && strings.HasSuffix(r.SameAs, "훈련.docx"):
			read++ // the same document again
		case r.Err != nil && errors.Is(r.Err, importer.ErrDamaged) && strings.HasSuffix(r.Input, "깨진.hwp"):
			refused++
		default:
			t.Errorf("%s: %+v, %v", r.Input, r.Article, r.Err)
		}
	}
	if read != 3 || refused != 1 {
		t.Errorf("%d read, %d refused; want 3 and 1", read, refused)
	}
}
