package importer

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestOfficeSamples reads every HWP, HWPX and DOCX file under the folder
// BRIEFDESK_OFFICE_SAMPLES names (real documents kept out of the
// repository) and reports what became of each: an article's paragraphs and
// sections, or a one-line reason. Every file must give one or the other.
func TestOfficeSamples(t *testing.T) {
	dir := os.Getenv("BRIEFDESK_OFFICE_SAMPLES")
	if dir == "" {
		t.Skip("BRIEFDESK_OFFICE_SAMPLES names no folder of office samples")
	}
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && isOffice(FormatOf(p)) {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatalf("no office files under %s", dir)
	}
	for _, f := range files {
		rel, _ := filepath.Rel(dir, f)
		a, err := ReadFile(f)
		switch {
		case err != nil:
			if msg := err.Error(); msg == "" || strings.Contains(msg, "\n") {
				t.Errorf("%s: the reason is not one line: %q", rel, msg)
			}
			t.Logf("%s → refused: %v", rel, err)
		default:
			t.Logf("%s → %d paragraphs in %d sections, %q (%s)", rel, a.ParagraphCount(), len(a.Sections), a.Title, a.Language)
		}
	}
}
