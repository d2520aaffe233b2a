package ui

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/assets"
)

// TestChosenFileKeptUntilWritten checks the writers the save dialog gets:
// an existing file keeps its contents until a write has gone through, and a
// writer closed unwritten leaves no file behind.
func TestChosenFileKeptUntilWritten(t *testing.T) {
	test.NewTempApp(t)
	deferFileWrites()
	deferFileWrites() // a second call must not wrap twice
	dir := t.TempDir()
	old := filepath.Join(dir, "주간 브리핑.brief")
	if err := os.WriteFile(old, []byte("the old briefing"), 0o600); err != nil {
		t.Fatal(err)
	}

	w, err := storage.Writer(storage.NewFileURI(old))
	if err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(old); string(data) != "the old briefing" {
		t.Fatalf("opening the writer changed the file to %q", data)
	}
	if _, err := w.Write([]byte("new ")); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("contents")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(old); string(data) != "the old briefing" {
		t.Fatalf("the file changed to %q before the writer was closed", data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(old); string(data) != "new contents" {
		t.Fatalf("after closing the file holds %q", data)
	}
	if st, _ := os.Stat(old); st.Mode().Perm() != 0o600 {
		t.Errorf("the file's permissions became %v", st.Mode().Perm())
	}

	fresh := filepath.Join(dir, "새 파일.pdf")
	w, err = storage.Writer(storage.NewFileURI(fresh))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Errorf("a writer closed unwritten left a file: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want only the briefing", len(entries))
	}
}

// TestEveryStringTranslated checks that every interface string the code
// passes to lang.L has a Korean translation.
func TestEveryStringTranslated(t *testing.T) {
	data, err := assets.FS.ReadFile("translations/base.ko.json")
	if err != nil {
		t.Fatal(err)
	}
	var ko map[string]json.RawMessage // plural forms are objects
	if err := json.Unmarshal(data, &ko); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	call := regexp.MustCompile(`(?:lang\.L|\btr)\(("(?:[^"\\]|\\.)*")[),]`)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllSubmatch(src, -1) {
			var key string
			if err := json.Unmarshal(m[1], &key); err != nil {
				t.Fatalf("%s: %s: %v", f, m[1], err)
			}
			n++
			if v := ko[key]; len(v) == 0 || string(v) == `""` {
				t.Errorf("%s: %q has no Korean translation", f, key)
			}
		}
	}
	if n < 50 {
		t.Errorf("found only %d translated strings; is the pattern right?", n)
	}
	// The engine's reasons reach the window too (see explain).
	reason := regexp.MustCompile(`(?:errors\.New|Because\([^,()]+,)\(?\s*("(?:[^"\\]|\\.)*")`)
	m := 0
	filepath.WalkDir("../briefing", func(f string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(f, ".go") || strings.HasSuffix(f, "_test.go") {
			return err
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, sm := range reason.FindAllSubmatch(src, -1) {
			var key string
			if err := json.Unmarshal(sm[1], &key); err != nil {
				t.Fatalf("%s: %s: %v", f, sm[1], err)
			}
			m++
			if v := ko[key]; len(v) == 0 {
				t.Errorf("%s: the reason %q has no Korean translation", f, key)
			}
		}
		return nil
	})
	if m < 40 {
		t.Errorf("found only %d reasons in the engine; is the pattern right?", m)
	}
}

// TestDialogsStartWhereTheUserWorks checks the folder file dialogs open in.
func TestDialogsStartWhereTheUserWorks(t *testing.T) {
	u := start(t, "ko")
	if u.startFolder(true) != nil || u.startFolder(false) != nil {
		t.Error("a first run has a folder to start in")
	}
	articles, briefings := t.TempDir(), filepath.Join(t.TempDir(), "브리핑")
	if err := os.Mkdir(briefings, 0o755); err != nil {
		t.Fatal(err)
	}
	u.prefs.setFolder(articles)
	u.session.MarkSaved(filepath.Join(briefings, "주간.brief"), u.session.Briefing())
	if got := u.startFolder(true); got == nil || got.Path() != briefings {
		t.Errorf("saving starts in %v, want the briefing's folder", got)
	}
	if got := u.startFolder(false); got == nil || got.Path() != articles {
		t.Errorf("opening starts in %v, want the folder last used", got)
	}
	u.prefs.setFolder(filepath.Join(articles, "gone"))
	if got := u.startFolder(false); got == nil || got.Path() != briefings {
		t.Errorf("with the last folder gone, opening starts in %v, want the briefing's folder", got)
	}
}
