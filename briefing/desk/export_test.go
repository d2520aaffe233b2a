package desk

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/pdf"
)

// assembled returns a session with the samples assembled.
func assembled(t *testing.T) *Session {
	t.Helper()
	s := newClock().session(t)
	assemble(t, s, samples(t))
	return s
}

func TestExportRegistry(t *testing.T) {
	if got := strings.Join(FormatIDs(), " "); got != "pdf hwpx docx md brief" {
		t.Errorf("formats %q", got)
	}
	b := assembled(t).Briefing()
	dir := t.TempDir()
	cases := []struct {
		id, start string
		pages     bool
	}{
		{"PDF", "%PDF-1.", true},
		{"hwpx", "PK\x03\x04", false},
		{"docx", "PK\x03\x04", false},
		{"md", "# 한미동맹", false},
		{"brief", "{\n  \"format\": \"briefdesk.brief\"", false},
	}
	for _, tc := range cases {
		f, err := LookupFormat(tc.id)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "주간 브리핑"+f.Ext)
		rep, err := f.WriteFile(path, b, ExportOptions{})
		if err != nil {
			t.Fatalf("%s: %v", tc.id, err)
		}
		data, _ := os.ReadFile(path)
		if !strings.HasPrefix(string(data), tc.start) || (rep.Pages > 0) != tc.pages {
			t.Errorf("%s: starts %.30q, %d pages", tc.id, data, rep.Pages)
		}
		var buf bytes.Buffer
		if _, err := f.Write(&buf, b, ExportOptions{}); err != nil || !bytes.Equal(buf.Bytes(), data) {
			t.Errorf("%s: Write and WriteFile differ (%v)", tc.id, err)
		}
		if f.DefaultPath("/x/주간.brief") != "/x/주간"+f.Ext {
			t.Errorf("%s: default path %q", tc.id, f.DefaultPath("/x/주간.brief"))
		}
	}
	if _, err := LookupFormat("odt"); !errors.Is(err, ErrUnknownFormat) || !strings.Contains(err.Error(), "pdf, hwpx, docx, md, brief") {
		t.Errorf("unknown format: %v", err)
	}
}

func TestExportOptionsAndFailures(t *testing.T) {
	b := assembled(t).Briefing()
	f, _ := LookupFormat("brief")
	var buf bytes.Buffer
	if _, err := f.Write(&buf, b, ExportOptions{Paper: "letter"}); err != nil || !strings.Contains(buf.String(), `"paper": "letter"`) {
		t.Errorf("paper option not in the copy: %v", err)
	}
	if b.Details.Paper != "a4" {
		t.Error("exporting changed the session's briefing")
	}
	a4, letter := exportPDF(t, b, ""), exportPDF(t, b, "letter")
	if bytes.Equal(a4, letter) || !bytes.Contains(letter, []byte("612.00 792.00")) {
		t.Error("the paper option does not reach the handout")
	}
	// A failed write leaves nothing behind, and names the file.
	pdfFormat, _ := LookupFormat("pdf")
	missing := filepath.Join(t.TempDir(), "없는 폴더", "x.pdf")
	if _, err := pdfFormat.WriteFile(missing, b, ExportOptions{}); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("write into a missing folder: %v", err)
	}
	// An export never replaces the briefing it comes from, by any name.
	src := filepath.Join(t.TempDir(), "weekly.md")
	SaveBriefing(src, b)
	os.Symlink(src, src+".link")
	md, _ := LookupFormat("md")
	for _, dest := range []string{src, src + ".link", filepath.Join(filepath.Dir(src), ".", "weekly.md")} {
		if _, err := md.WriteFile(dest, b, ExportOptions{Source: src}); !errors.Is(err, ErrOwnInput) {
			t.Errorf("export to %s: %v", dest, err)
		}
	}
	if got, err := LoadBriefing(src); err != nil || got.ExcerptCount() != b.ExcerptCount() {
		t.Errorf("the briefing was overwritten: %v", err)
	}
	if _, err := pdfFormat.Write(failingWriter{}, b, ExportOptions{}); err == nil {
		t.Error("a failing writer reported no error")
	}
}

// TestExportStyle checks that the handout style of the options reaches the
// PDF writer and the briefing copy, and that the briefing's own style is
// used otherwise.
func TestExportStyle(t *testing.T) {
	var got []pdf.Options
	orig := writeHandout
	writeHandout = func(w io.Writer, b *briefing.Briefing, opt pdf.Options) (pdf.Report, error) {
		got = append(got, opt)
		return orig(w, b, opt)
	}
	t.Cleanup(func() { writeHandout = orig })

	b := assembled(t).Briefing()
	f, _ := LookupFormat("pdf")
	for _, style := range []string{"", "report", "Briefing"} {
		if _, err := f.Write(io.Discard, b, ExportOptions{Style: style, Paper: "Letter"}); err != nil {
			t.Fatal(err)
		}
	}
	want := []pdf.Options{{Paper: "letter"}, {Paper: "letter", Style: "report"}, {Paper: "letter", Style: "briefing"}}
	if !slices.Equal(got, want) {
		t.Errorf("the PDF writer was given %+v, want %+v", got, want)
	}

	copyFormat, _ := LookupFormat("brief")
	var buf bytes.Buffer
	if _, err := copyFormat.Write(&buf, b, ExportOptions{Style: "report"}); err != nil || !strings.Contains(buf.String(), `"style": "report"`) {
		t.Errorf("style option not in the copy (%v):\n%.400s", err, buf.String())
	}
	buf.Reset()
	if _, err := copyFormat.Write(&buf, b, ExportOptions{}); err != nil || strings.Contains(buf.String(), `"style"`) {
		t.Errorf("a copy without the option has a style (%v)", err)
	}
	if b.Details.Style != "" {
		t.Error("exporting changed the session's briefing")
	}

	for _, opt := range []ExportOptions{{Style: "memo"}, {Paper: "a3"}} {
		for _, id := range FormatIDs() {
			f, _ := LookupFormat(id)
			if _, err := f.Write(io.Discard, b, opt); !errors.Is(err, ErrBadOption) {
				t.Errorf("%s with %+v: %v", id, opt, err)
			}
			path := filepath.Join(t.TempDir(), "x"+f.Ext)
			if _, err := f.WriteFile(path, b, opt); !errors.Is(err, ErrBadOption) {
				t.Errorf("%s to a file with %+v: %v", id, opt, err)
			}
			if _, err := os.Stat(path); err == nil {
				t.Errorf("%s with %+v: a file was written", id, opt)
			}
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func exportPDF(t *testing.T, b *briefing.Briefing, paper string) []byte {
	t.Helper()
	f, _ := LookupFormat("pdf")
	var buf bytes.Buffer
	if _, err := f.Write(&buf, b, ExportOptions{Paper: paper}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBriefingFilesAndRecovery(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadBriefing(filepath.Join(dir, "없음.brief")); err == nil || strings.Count(err.Error(), "없음.brief") != 1 {
		t.Errorf("a missing file names it once: %v", err)
	}
	bad := filepath.Join(dir, "bad.brief")
	os.WriteFile(bad, []byte(`{"format":"briefdesk.brief","version":1,"topics":[`), 0o644)
	if _, err := LoadBriefing(bad); !errors.Is(err, ErrDamaged) || !strings.HasPrefix(err.Error(), bad+": ") {
		t.Errorf("damaged: %v", err)
	}
	if !IsBriefing("주간.BRIEF") || IsBriefing("주간.brief.txt") {
		t.Error("IsBriefing")
	}
	if err := SaveBriefing(filepath.Join(dir, "없는 폴더", "x.brief"), assembled(t).Briefing()); err == nil {
		t.Error("saved into a missing folder")
	}

	r := NewRecovery(filepath.Join(dir, "store", RecoveryFile))
	if _, _, found, err := r.Load(); found || err != nil || r.Exists() {
		t.Fatal("a recovery copy before any was written")
	}
	b := assembled(t).Briefing()
	origin := filepath.Join(dir, "주간.brief")
	if err := r.Write(b, origin); err != nil {
		t.Fatal(err)
	}
	got, gotOrigin, found, err := r.Load()
	if !found || err != nil || gotOrigin != origin || got.ExcerptCount() != b.ExcerptCount() {
		t.Fatalf("recovered: %v %v %q", found, err, gotOrigin)
	}
	// A later copy of a briefing never saved has no origin.
	if err := r.Write(b, ""); err != nil {
		t.Fatal(err)
	}
	if _, o, _, _ := r.Load(); o != "" {
		t.Errorf("origin of an earlier copy kept: %q", o)
	}
	if !r.IsRecovery(filepath.Join(dir, "store", ".", RecoveryFile)) || r.IsRecovery(origin) || r.IsRecovery("") {
		t.Error("IsRecovery")
	}
	os.WriteFile(filepath.Join(dir, "store", RecoveryFile), []byte("{"), 0o644)
	if _, _, found, err := r.Load(); !found || err == nil {
		t.Errorf("a damaged copy: %v %v", found, err)
	}
	r.Clear()
	if r.Exists() {
		t.Error("recovery copy not cleared")
	}
	none := NewRecovery("")
	if none.Write(b, "") != nil || none.Exists() || none.IsRecovery(origin) {
		t.Error("a recovery without a place")
	}
	if _, _, found, _ := none.Load(); found {
		t.Error("found a copy with no place")
	}
	none.Clear()
}
