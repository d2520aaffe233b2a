package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

var fixedNow = func() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) }

// start opens the window as on a first run, in the given interface
// language, with storage of the test's own, and waits for its background
// work.
func start(t *testing.T, language string) *App {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString("language", language)
	return startIn(t, a, options{dir: t.TempDir()})
}

// startIn opens a window of app a with the given storage and templates.
func startIn(t *testing.T, a fyne.App, opt options) *App {
	t.Helper()
	opt.now, opt.queued = fixedNow, true
	u := newApp(a, opt)
	u.sh.win.Resize(fyne.NewSize(1400, 860))
	u.Start("")
	u.sh.jobs.wait()
	t.Cleanup(func() { setLanguage("en") })
	return u
}

// briefing returns the briefing open in the window.
func (u *App) briefing() *briefing.Briefing { return u.session.Briefing() }

// readExercise opens the sample about combined exercises (the only one that
// mentions 도상연습) and taps the add buttons of the given paragraphs, each
// {section, paragraph}.
func readExercise(t *testing.T, u *App, add ...[2]int) {
	t.Helper()
	u.library.search.SetText("도상연습")
	if len(u.library.shown) != 1 {
		t.Fatalf("Hangul search found %d articles", len(u.library.shown))
	}
	u.library.show(u.library.shown[0])
	for _, p := range add {
		test.Tap(u.reader.addButtons[p[0]][p[1]])
	}
}

func TestFirstRun(t *testing.T) {
	u := start(t, "en")
	if n := u.lib.Len(); n != 3 {
		t.Fatalf("library holds %d articles, want the 3 samples", n)
	}
	if u.reader.article == nil || len(u.reader.addButtons) == 0 {
		t.Fatal("no article open in the reader")
	}
	b := u.briefing()
	if len(b.Topics) != 4 || b.Topics[2].Title != "MRO and defense industry" || b.Details.Date != "2026-11-25" {
		t.Errorf("new briefing: %+v", b.Topics)
	}
	if u.session.Dirty() {
		t.Error("a fresh briefing counts as changed")
	}
	if _, err := os.Stat(filepath.Join(u.lib.Path())); err != nil {
		t.Errorf("the library was not saved on first run: %v", err)
	}
}

func TestAddReorderUndo(t *testing.T) {
	u := start(t, "en")
	// The lead and the next two paragraphs are suggested for combined defense.
	readExercise(t, u, [2]int{0, 0}, [2]int{1, 0}, [2]int{1, 1})
	b := u.briefing()
	ti := b.Topic("defense")
	if got := len(b.Topics[ti].Excerpts); got != 3 {
		t.Fatalf("%d excerpts under combined defense, want 3", got)
	}
	if !strings.Contains(u.reader.addButtons[0][0].Text, "In briefing") {
		t.Errorf("placed paragraph not marked: %q", u.reader.addButtons[0][0].Text)
	}
	first, last := b.Topics[ti].Excerpts[0].ID, b.Topics[ti].Excerpts[2].ID
	u.outline.selectExcerpt(last)
	u.outline.moveStep(-1)
	u.outline.moveStep(-1)
	if u.undoItem.Label != "Undo move excerpt" {
		t.Errorf("the undo item says %q", u.undoItem.Label)
	}
	if got := u.briefing().Topics[ti].Excerpts[0].ID; got != last {
		t.Fatalf("after moving up twice the first excerpt is %s, want %s", got, last)
	}
	u.undo()
	u.undo()
	if got := u.briefing().Topics[ti].Excerpts[0].ID; got != first {
		t.Errorf("undo did not restore the order")
	}
	u.redo()
	if got := u.briefing().Topics[ti].Excerpts[1].ID; got != last {
		t.Errorf("redo did not move the excerpt again")
	}
	if !u.session.Dirty() || !strings.HasPrefix(u.sh.win.Title(), "• ") {
		t.Errorf("unsaved changes not shown in the title %q", u.sh.win.Title())
	}
	if got := u.sh.status.label.Text; got != "Redone: move excerpt." {
		t.Errorf("status after redo: %q", got)
	}
	// Move an excerpt to another topic by its menu action.
	if err := u.session.MoveExcerpt(first, "future"); err != nil {
		t.Fatal(err)
	}
	if ti2, _ := u.briefing().Find(first); u.briefing().Topics[ti2].ID != "future" {
		t.Error("excerpt not moved to another topic")
	}
	if _, ok := u.outline.index[first]; !ok {
		t.Error("the outline does not show the moved excerpt")
	}
}

func TestTypingHangulInDetails(t *testing.T) {
	u := start(t, "ko")
	test.Type(u.editor.mark, "대외비")
	u.editor.title.SetText("")
	test.Type(u.editor.title, "주간 동맹 브리핑")
	test.Type(u.editor.summary, "**핵심:** 확장억제 강화")
	b := u.briefing()
	if b.Details.Marking != "대외비" || b.Details.Title != "주간 동맹 브리핑" || b.Summary != "**핵심:** 확장억제 강화" {
		t.Fatalf("typed Hangul did not arrive intact: %+v / %q", b.Details, b.Summary)
	}
	if u.prefs.marking() != "대외비" {
		t.Error("marking not remembered in the preferences")
	}
	// Typing is one undo step per field burst, not one per letter.
	u.undo()
	if b := u.briefing(); b.Summary != "" || b.Details.Title != "주간 동맹 브리핑" {
		t.Errorf("one undo should take back the summary only: %q, %q", b.Summary, b.Details.Title)
	}
}

func TestSaveOpenAndExport(t *testing.T) {
	u := start(t, "en")
	assembleAll(t, u, u.lib.Articles())
	n := u.briefing().ExcerptCount()
	if n < 10 {
		t.Fatalf("automatic assembly placed %d excerpts", n)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "주간 브리핑.brief")
	u.writeTo(path, nil)
	u.sh.jobs.wait()
	if u.session.Dirty() || !strings.Contains(u.sh.win.Title(), "주간 브리핑.brief") {
		t.Errorf("saved briefing still marked as changed: %q", u.sh.win.Title())
	}
	u.newFile()
	if u.briefing().ExcerptCount() != 0 {
		t.Fatal("new briefing is not empty")
	}
	u.openPath(path)
	u.sh.jobs.wait()
	if u.briefing().ExcerptCount() != n || u.session.Path() != path {
		t.Fatalf("reopened briefing has %d excerpts", u.briefing().ExcerptCount())
	}
	if got := u.sh.status.label.Text; got != "Opened 주간 브리핑.brief." {
		t.Errorf("status: %q", got)
	}
	// A damaged file is refused and the open briefing stays.
	bad := filepath.Join(dir, "bad.brief")
	os.WriteFile(bad, []byte(`{"format":"briefdesk.brief","version":1,"topics":[`), 0o644)
	u.openPath(bad)
	u.sh.jobs.wait()
	if u.session.Path() != path || u.briefing().ExcerptCount() != n {
		t.Error("a damaged file replaced the open briefing")
	}
	if top := u.sh.win.Canvas().Overlays().Top(); top == nil {
		t.Error("the damaged file was not explained")
	}
	pdfPath := filepath.Join(dir, "handout.pdf")
	f, _ := desk.LookupFormat("pdf")
	u.writeExport(pdfPath, f)
	u.sh.jobs.wait()
	if data, err := os.ReadFile(pdfPath); err != nil || !strings.HasPrefix(string(data), "%PDF-") {
		t.Fatalf("no PDF written: %v", err)
	}
	if !strings.Contains(u.sh.status.label.Text, "pages written to "+pdfPath) {
		t.Errorf("status after export: %q", u.sh.status.label.Text)
	}
}

// TestSaveThenClose saves a changed briefing from the unsaved-changes
// question, and only then goes on.
func TestSaveThenClose(t *testing.T) {
	u := start(t, "en")
	readExercise(t, u, [2]int{0, 0})
	path := filepath.Join(t.TempDir(), "닫기 전.brief")
	u.writeTo(path, nil)
	u.sh.jobs.wait()
	readExercise(t, u, [2]int{1, 0})
	went := false
	u.saveThen(func() { went = true })
	if went {
		t.Fatal("went on before the save was written")
	}
	u.sh.jobs.wait()
	b, err := desk.LoadBriefing(path)
	if !went || err != nil || b.ExcerptCount() != 2 {
		t.Errorf("went on %v; the file holds %v excerpts (%v)", went, b, err)
	}
}

func TestRecoveryAfterCrash(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	u := startIn(t, a, options{dir: dir})
	assembleAll(t, u, u.lib.Articles())
	u.autosave.saveNow()
	u.sh.jobs.wait()
	if _, err := desk.LoadBriefing(filepath.Join(dir, desk.RecoveryFile)); err != nil {
		t.Fatalf("no recovery copy: %v", err)
	}
	// A new window on the same storage finds the copy and offers it.
	u2 := startIn(t, a, options{dir: dir})
	if !u2.recovery.Exists() {
		t.Fatal("recovery copy gone before the user chose")
	}
	confirm := findButton(u2.sh.win.Canvas(), "Yes")
	if confirm == nil {
		t.Fatal("no question about restoring")
	}
	test.Tap(confirm)
	if u2.briefing().ExcerptCount() != u.briefing().ExcerptCount() || !u2.session.Dirty() {
		t.Errorf("restored %d excerpts, dirty %v", u2.briefing().ExcerptCount(), u2.session.Dirty())
	}
	if strings.Contains(u2.sh.status.label.Text, desk.RecoveryFile) || !strings.Contains(u2.sh.status.label.Text, "Restored") {
		t.Errorf("status names the recovery file: %q", u2.sh.status.label.Text)
	}
	if strings.Contains(u2.sh.win.Title(), desk.RecoveryFile) || !strings.HasPrefix(u2.sh.win.Title(), "• Untitled") {
		t.Errorf("title %q", u2.sh.win.Title())
	}
	for _, r := range u2.prefs.recent() {
		if strings.Contains(r, desk.RecoveryFile) {
			t.Errorf("the recovery copy is in Open Recent: %v", u2.prefs.recent())
		}
	}
	// An older version's recent list that holds it does not show it either.
	u2.prefs.addRecent(filepath.Join(dir, desk.RecoveryFile))
	u2.updateMenu()
	if n := len(u2.recentMenu.ChildMenu.Items); n != 0 {
		t.Errorf("Open Recent lists %d files", n)
	}
	u2.autosave.clear()
	if u2.recovery.Exists() {
		t.Error("recovery copy not removed")
	}
}

// TestRestoredWorkKeepsItsFile restores the recovery copy of a saved
// briefing: it belongs to that file again.
func TestRestoredWorkKeepsItsFile(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	u := startIn(t, a, options{dir: dir})
	path := filepath.Join(t.TempDir(), "주간.brief")
	readExercise(t, u, [2]int{0, 0})
	u.writeTo(path, nil)
	u.sh.jobs.wait()
	readExercise(t, u, [2]int{1, 0})
	u.autosave.saveNow()
	u.sh.jobs.wait()
	u2 := startIn(t, a, options{dir: dir})
	test.Tap(findButton(u2.sh.win.Canvas(), "Yes"))
	if u2.session.Path() != path || !u2.session.Dirty() || !strings.HasPrefix(u2.sh.win.Title(), "• 주간.brief") {
		t.Errorf("restored work: path %q, title %q", u2.session.Path(), u2.sh.win.Title())
	}
	if got := u2.sh.status.label.Text; got != "Restored the unsaved work on “주간.brief”." {
		t.Errorf("status %q", got)
	}
}

// findButton returns the button with the given text in the topmost
// overlay, or nil.
func findButton(c fyne.Canvas, text string) *widget.Button {
	for _, o := range overlayObjects(c) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	return nil
}

// overlayObjects returns everything drawn in the topmost overlay (a
// dialog), widgets before what they are drawn with.
func overlayObjects(c fyne.Canvas) []fyne.CanvasObject {
	if top := c.Overlays().Top(); top != nil {
		return objectsUnder(top)
	}
	return nil
}

// objectsUnder returns o and everything drawn under it, widgets before
// what they are drawn with.
func objectsUnder(o fyne.CanvasObject) []fyne.CanvasObject {
	all := []fyne.CanvasObject{o}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			all = append(all, objectsUnder(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			all = append(all, objectsUnder(c)...)
		}
	}
	return all
}

func TestLanguageSwitch(t *testing.T) {
	u := start(t, "en")
	u.library.setQuery("shipyard")
	shown := u.reader.current()
	if u.library.search.PlaceHolder != "Search titles and text" {
		t.Fatalf("English placeholder: %q", u.library.search.PlaceHolder)
	}
	u.prefs.setLanguage("ko")
	u.switchLanguage()
	if u.library.search.PlaceHolder != "제목과 본문 검색" {
		t.Errorf("Korean placeholder: %q", u.library.search.PlaceHolder)
	}
	if got := u.sh.win.MainMenu().Items[0].Label; got != "파일" {
		t.Errorf("menu not translated: %q", got)
	}
	if u.library.query() != "shipyard" || u.reader.current() != shown {
		t.Error("the search or the article being read was lost")
	}
	// The old panels no longer follow the session; the new ones do.
	readExercise(t, u, [2]int{0, 0})
	if u.briefing().ExcerptCount() != 1 || u.outline.count(excerptItem) != 1 {
		t.Errorf("after switching, an add shows %d rows", u.outline.count(excerptItem))
	}
}

func TestPanelMarkup(t *testing.T) {
	u := start(t, "ko")
	readExercise(t, u, [2]int{0, 0})
	if u.briefing().ExcerptCount() != 1 {
		t.Fatalf("%d excerpts after one add", u.briefing().ExcerptCount())
	}
	u.library.search.SetText("")
	test.AssertObjectRendersToMarkup(t, "library.xml", u.library.list)
	test.AssertObjectRendersToMarkup(t, "outline.xml", u.outline.list)
}

// TestEveryDialogOpens opens every dialog and menu action that asks the user
// something, as the menu and buttons do; none may fail.
func TestEveryDialogOpens(t *testing.T) {
	u := start(t, "ko")
	assembleAll(t, u, u.lib.Articles())
	actions := map[string]func(){
		"import":      u.importFiles,
		"folder":      u.importFolder,
		"address":     u.importAddresses,
		"paste":       u.pasteArticle,
		"open":        u.openFile,
		"save as":     u.saveAs,
		"export pdf":  u.exportPDF,
		"preferences": u.showPreferences,
		"new topic":   u.outline.onAddTopic,
		"rename":      func() { u.outline.onRename("status") },
		"remove":      func() { u.outline.onRemoveTopic("defense") },
		"edit":        func() { u.outline.onEdit(u.briefing().Topics[1].Excerpts[0].ID) },
		"assemble":    func() { u.outline.onAssembleAll() },
		"new file":    u.newFile,
		"close":       u.onClose,
		"library":     u.library.onMore,
	}
	for _, it := range u.exportItems() {
		actions[it.Label] = it.Action
	}
	for name, act := range actions {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: %v", name, r)
				}
			}()
			act()
			if len(u.sh.win.Canvas().Overlays().List()) == 0 {
				t.Errorf("%s: no dialog shown", name)
			}
			for u.sh.win.Canvas().Overlays().Top() != nil {
				u.sh.win.Canvas().Overlays().Remove(u.sh.win.Canvas().Overlays().Top())
			}
		}()
	}
}

// TestMenuShortcuts checks the names the window matches key presses against:
// Ctrl+Z and Ctrl+Y arrive as Fyne's standard Undo and Redo shortcuts.
func TestMenuShortcuts(t *testing.T) {
	u := start(t, "en")
	want := map[string]string{
		"Undo": "Undo", "Redo": "Redo", "Save": "CustomDesktop:Control+S", "New": "CustomDesktop:Control+N",
		"Open…": "CustomDesktop:Control+O", "Save as…": "CustomDesktop:Shift+Control+S",
		"Import…": "CustomDesktop:Control+I", "Export PDF…": "CustomDesktop:Control+E",
		"Preferences…": "CustomDesktop:Control+,", "Move up": "CustomDesktop:Alt+Up",
	}
	got := map[string]string{}
	var exports []string
	for _, m := range u.sh.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil {
				got[it.Label] = it.Shortcut.ShortcutName()
			}
			if strings.HasPrefix(it.Label, "Export ") {
				exports = append(exports, it.Label)
			}
		}
	}
	for label, name := range want {
		if got[label] != name {
			t.Errorf("%s: shortcut %q, want %q", label, got[label], name)
		}
	}
	// The Export items come from the registry of formats.
	if strings.Join(exports, " | ") != "Export PDF… | Export Hancom document (HWPX)… | Export Word document (DOCX)… | Export Markdown… | Export briefing copy…" {
		t.Errorf("export items: %v", exports)
	}
}

// TestSameTextFromTwoPlaces adds a paragraph of an article whose text the
// briefing already holds under another address: it is the same article.
func TestSameTextFromTwoPlaces(t *testing.T) {
	u := start(t, "en")
	a := u.lib.Articles()[0]
	copyA := *a
	copyA.URL = "https://mirror.example.org/copy"
	copyA.AssignID()
	if _, err := u.session.AddParagraph("status", a, 0, 0); err != nil {
		t.Fatal(err)
	}
	u.reader.show(&copyA)
	if !strings.Contains(u.reader.addButtons[0][0].Text, "In briefing") {
		t.Errorf("the copy's paragraph is not shown as placed: %q", u.reader.addButtons[0][0].Text)
	}
	u.reader.onAddSection(0)
	if n := len(u.briefing().Articles); n != 1 {
		t.Errorf("%d articles in the briefing, want the one", n)
	}
}

func TestKoreanUnderCLocale(t *testing.T) {
	t.Setenv("LC_ALL", "C")
	t.Setenv("LANGUAGE", "")
	u := start(t, "ko")
	if got := u.library.search.PlaceHolder; got != "제목과 본문 검색" {
		t.Errorf("with LC_ALL=C the Korean interface did not load: %q", got)
	}
}
