package ui

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// TestFeedFileDropped drops a feed file, a folder and a briefing on the
// window: the feed's entries and the folder's articles are imported, the
// briefing opens.
func TestFeedFileDropped(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>피드 기사 %s</title></head><body><article>
<p>한미 양국은 함정 정비 협력을 넓히기로 했다. 국내 조선소의 수리 물량이 늘고 있다 %s.</p>
<p>방산업계는 공동생산 논의가 구체화되기를 기대하고 있다고 밝혔다.</p></article></body></html>`, r.URL.Path, r.URL.Path)
	}))
	defer srv.Close()
	dir := t.TempDir()
	feed := filepath.Join(dir, "국방 소식.rss")
	os.WriteFile(feed, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>국방 소식</title>
<item><title>첫 항목</title><link>`+srv.URL+`/1</link></item>
<item><title>둘째 항목</title><link>`+srv.URL+`/2</link></item></channel></rss>`), 0o644)
	folder := filepath.Join(dir, "기사")
	os.Mkdir(folder, 0o755)
	os.WriteFile(filepath.Join(folder, "발표.txt"), []byte("국방부 발표\n\n연합연습은 다음 달 시작된다."), 0o644)

	u := start(t, "ko")
	u.prefs.setAllowPrivate(true) // the test's server is on loopback
	u.importer = newImporter(u.prefs)
	before := u.lib.Len()
	u.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(feed), storage.NewFileURI(folder)})
	u.sh.jobs.wait()
	if got := u.lib.Len() - before; got != 3 {
		t.Fatalf("%d articles imported, want the feed's two and the folder's one", got)
	}
	var titles []string
	for _, a := range u.lib.Articles()[before:] {
		titles = append(titles, a.Title)
	}
	if strings.Join(titles, " | ") != "피드 기사 /1 | 피드 기사 /2 | 국방부 발표" {
		t.Errorf("imported %q, want the feed's entries, then the folder's article", titles)
	}
	if got := u.sh.status.label.Text; got != "새 기사 3건을 가져왔습니다. 이미 있던 기사 0건, 실패 0건." {
		t.Errorf("status %q", got)
	}
	if u.reader.current() == nil || !strings.HasPrefix(u.reader.current().Title, "피드 기사") {
		t.Errorf("the reader shows %v, want the first imported article", u.reader.current())
	}
	// The library was saved in the background: a new window finds it.
	saved := desk.NewLibrary(u.lib.Path())
	if _, err := saved.Load(); err != nil || saved.Len() != u.lib.Len() {
		t.Errorf("saved library holds %d articles (%v), want %d", saved.Len(), err, u.lib.Len())
	}

	path := filepath.Join(dir, "동료.brief")
	b := u.briefing().Clone()
	b.Details.Title = "동료의 브리핑"
	if err := desk.SaveBriefing(path, b); err != nil {
		t.Fatal(err)
	}
	u.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(path)})
	if u.session.Path() == path {
		t.Error("the briefing opened before its file was read in the background")
	}
	u.sh.jobs.wait()
	if u.session.Path() != path || u.briefing().Details.Title != "동료의 브리핑" {
		t.Errorf("the dropped briefing did not open: %q", u.session.Path())
	}
}

// TestImportFromDialog imports a file handed over by the file dialog, and
// reports a failure in the results dialog.
func TestImportFromDialog(t *testing.T) {
	u := start(t, "en")
	r := &closeRecorder{Reader: strings.NewReader("Shipyard talks\n\nThe navy and the shipyards met on repair work.")}
	u.runImport([]desk.Input{desk.Reader("/a/talks.txt", r)}, r)
	u.sh.jobs.wait()
	if !r.closed || len(u.lib.Find("Shipyard talks")) != 1 {
		t.Fatalf("closed %v; library %d", r.closed, len(u.lib.Find("Shipyard talks")))
	}
	if u.sh.win.Canvas().Overlays().Top() != nil {
		t.Error("a results dialog for one good import")
	}
	u.runImport([]desk.Input{desk.Path(filepath.Join(t.TempDir(), "missing.txt")), desk.Pasted("Pasted text", desk.PastedDetails{Title: "Pasted title"}, "The alliance met.")}, nil)
	u.sh.jobs.wait()
	if findLabel(u.sh.win.Canvas(), "missing.txt — no such file or directory") == "" {
		t.Error("the failed input is not listed")
	}
	if len(u.lib.Find("Pasted title")) != 1 {
		t.Error("the pasted text was not imported")
	}
}

type closeRecorder struct {
	*strings.Reader
	closed bool
}

func (c *closeRecorder) Close() error { c.closed = true; return nil }

// findLabel returns the text of the first label in the topmost overlay
// that contains part, or "".
func findLabel(c fyne.Canvas, part string) string {
	for _, o := range overlayObjects(c) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, part) {
			return l.Text
		}
	}
	return ""
}

// TestBriefingKeepsItsTemplate opens a briefing made with a user template:
// the reader suggests that template's topics and offers their add buttons.
func TestBriefingKeepsItsTemplate(t *testing.T) {
	templates := t.TempDir()
	os.WriteFile(filepath.Join(templates, "maritime.json"), []byte(`{"id":"maritime","names":{"ko":"해양","en":"Maritime"},"topics":[
		{"id":"ships","names":{"ko":"함정","en":"Ships"},"terms":{"ko":{"도상연습":3,"연합연습":3}}},
		{"id":"ports","names":{"ko":"항만","en":"Ports"},"terms":{"ko":{"항만":2}}}]}`), 0o644)
	u := startIn(t, test.NewTempApp(t), options{dir: t.TempDir(), templates: templates})
	tmpl, _ := u.session.Templates().Get("maritime")
	path := filepath.Join(t.TempDir(), "해양.brief")
	desk.SaveBriefing(path, briefing.New(tmpl, "en", time.Now()))
	u.openPath(path)
	u.sh.jobs.wait()
	readExercise(t, u)
	if got := u.reader.addButtons[0][0].Text; got != "Add to Ships" {
		t.Errorf("the first paragraph's button says %q, want the user template's topic", got)
	}
	test.Tap(u.reader.addButtons[0][0])
	if b := u.briefing(); len(b.Topics[0].Excerpts) != 1 {
		t.Errorf("the add button placed nothing: %+v", b.Topics)
	}
}

// TestBriefingWithoutItsTemplate opens a briefing whose template is not
// installed: no suggestions, and adding still works.
func TestBriefingWithoutItsTemplate(t *testing.T) {
	u := start(t, "en")
	b := u.briefing().Clone()
	b.Template = "theirs"
	path := filepath.Join(t.TempDir(), "theirs.brief")
	desk.SaveBriefing(path, b)
	u.openPath(path)
	u.sh.jobs.wait()
	if !strings.Contains(u.sh.status.label.Text, `No topic suggestions: unknown template "theirs"`) {
		t.Errorf("status %q", u.sh.status.label.Text)
	}
	readExercise(t, u)
	if got := u.reader.addButtons[0][0].Text; got != "Add to…" {
		t.Errorf("a paragraph offers %q without a classifier", got)
	}
	u.reader.onAddSection(1)
	if u.briefing().ExcerptCount() == 0 {
		t.Error("adding a section without suggestions placed nothing")
	}
}

// TestBrokenUserTemplateShown starts with a user template that cannot be
// read: the window says so and works with the others.
func TestBrokenUserTemplateShown(t *testing.T) {
	templates := t.TempDir()
	os.WriteFile(filepath.Join(templates, "mine.json"), []byte(`{"id":`), 0o644)
	u := startIn(t, test.NewTempApp(t), options{dir: t.TempDir(), templates: templates})
	if got := u.sh.status.label.Text; !strings.Contains(got, "Some topic templates could not be read") || !strings.Contains(got, "mine.json") {
		t.Errorf("status %q", got)
	}
	if u.session.Classifier() == nil {
		t.Error("the built-in template is not used")
	}
}
