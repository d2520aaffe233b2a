package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/brieffile"
)

var fixedNow = func() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) }

// start opens the window as on a first run, in the given interface language.
func start(t *testing.T, language string) *App {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString("language", language)
	u := newApp(a, fixedNow)
	u.win.Resize(fyne.NewSize(1400, 860))
	u.Start("")
	t.Cleanup(func() { setLanguage("en") })
	return u
}

// readExercise opens the sample about combined exercises (the only one that
// mentions 도상연습) and taps the add buttons of the given paragraphs, each
// {section, paragraph}.
func readExercise(t *testing.T, u *App, add ...[2]int) {
	t.Helper()
	u.libPanel.search.SetText("도상연습")
	if len(u.libPanel.shown) != 1 {
		t.Fatalf("Hangul search found %d articles", len(u.libPanel.shown))
	}
	u.libPanel.show(u.libPanel.shown[0])
	for _, p := range add {
		test.Tap(u.reader.addButtons[p[0]][p[1]])
	}
}

func TestFirstRun(t *testing.T) {
	u := start(t, "en")
	if n := len(u.lib.articles); n != 3 {
		t.Fatalf("library holds %d articles, want the 3 samples", n)
	}
	if u.reader.article == nil || len(u.reader.addButtons) == 0 {
		t.Fatal("no article open in the reader")
	}
	b := u.briefing()
	if len(b.Topics) != 4 || b.Topics[2].Title != "MRO and defense industry" || b.Details.Date != "2026-11-25" {
		t.Errorf("new briefing: %+v", b.Topics)
	}
	if u.dirty() {
		t.Error("a fresh briefing counts as changed")
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
	u.moveUp()
	u.moveUp()
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
	if !u.dirty() || !strings.HasPrefix(u.win.Title(), "• ") {
		t.Errorf("unsaved changes not shown in the title %q", u.win.Title())
	}
	// Move an excerpt to another topic by its menu action, as the drop would.
	if err := u.hist.Do(func(b *briefing.Briefing) error { return b.MoveExcerpt(first, "future", -1) }); err != nil {
		t.Fatal(err)
	}
	u.changed()
	if ti2, _ := u.briefing().Find(first); u.briefing().Topics[ti2].ID != "future" {
		t.Error("excerpt not moved to another topic")
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
	u.assemble(u.lib.articles)
	n := u.briefing().ExcerptCount()
	if n < 10 {
		t.Fatalf("automatic assembly placed %d excerpts", n)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "주간 브리핑.brief")
	if err := u.writeTo(path); err != nil {
		t.Fatal(err)
	}
	if u.dirty() || !strings.Contains(u.win.Title(), "주간 브리핑.brief") {
		t.Errorf("saved briefing still marked as changed: %q", u.win.Title())
	}
	u.newFile()
	if u.briefing().ExcerptCount() != 0 {
		t.Fatal("new briefing is not empty")
	}
	u.openPath(path)
	if u.briefing().ExcerptCount() != n || u.path != path {
		t.Fatalf("reopened briefing has %d excerpts", u.briefing().ExcerptCount())
	}
	// A damaged file is refused and the open briefing stays.
	bad := filepath.Join(dir, "bad.brief")
	os.WriteFile(bad, []byte(`{"format":"briefdesk.brief","version":1,"topics":[`), 0o644)
	u.openPath(bad)
	if u.path != path || u.briefing().ExcerptCount() != n {
		t.Error("a damaged file replaced the open briefing")
	}
	pdfPath := filepath.Join(dir, "handout.pdf")
	u.writeExport(pdfPath, "pdf")
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(pdfPath); err == nil && strings.HasPrefix(string(data), "%PDF-") {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("no PDF written")
}

func TestRecoveryAfterCrash(t *testing.T) {
	u := start(t, "en")
	u.assemble(u.lib.articles)
	u.autosave.saveNow()
	if _, err := brieffile.Load(u.autosave.path); err != nil {
		t.Fatalf("no recovery copy: %v", err)
	}
	// A new window on the same storage finds the copy and offers it.
	u2 := newApp(u.fyne, fixedNow)
	u2.Start("")
	if _, err := os.Stat(u2.autosave.path); err != nil {
		t.Fatal("recovery copy gone before the user chose")
	}
	u2.autosave.clear()
	if _, err := os.Stat(u2.autosave.path); err == nil {
		t.Error("recovery copy not removed")
	}
}

func TestLanguageSwitch(t *testing.T) {
	u := start(t, "en")
	if u.libPanel.search.PlaceHolder != "Search titles and text" {
		t.Fatalf("English placeholder: %q", u.libPanel.search.PlaceHolder)
	}
	u.prefs.setLanguage("ko")
	u.switchLanguage()
	if u.libPanel.search.PlaceHolder != "제목과 본문 검색" {
		t.Errorf("Korean placeholder: %q", u.libPanel.search.PlaceHolder)
	}
	if got := u.win.MainMenu().Items[0].Label; got != "파일" {
		t.Errorf("menu not translated: %q", got)
	}
}

func TestPanelMarkup(t *testing.T) {
	u := start(t, "ko")
	readExercise(t, u, [2]int{0, 0})
	if u.briefing().ExcerptCount() != 1 {
		t.Fatalf("%d excerpts after one add", u.briefing().ExcerptCount())
	}
	u.libPanel.search.SetText("")
	test.AssertObjectRendersToMarkup(t, "library.xml", u.libPanel.list)
	test.AssertObjectRendersToMarkup(t, "outline.xml", u.outline.body)
}

func TestDragExcerptToAnotherPlace(t *testing.T) {
	u := start(t, "en")
	readExercise(t, u, [2]int{0, 0}, [2]int{1, 0})
	b := u.briefing()
	ids := []string{b.Topics[1].Excerpts[0].ID, b.Topics[1].Excerpts[1].ID}
	// Drag the second excerpt onto the upper half of the first one.
	drv := fyne.CurrentApp().Driver()
	target := u.outline.excerptRows[ids[0]]
	at := drv.AbsolutePositionForObject(target).Add(fyne.NewPos(10, 2))
	row := u.outline.excerptRows[ids[1]]
	row.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: at}})
	row.DragEnd()
	if got := u.briefing().Topics[1].Excerpts[0].ID; got != ids[1] {
		t.Fatalf("after the drop the first excerpt is %s, want %s", got, ids[1])
	}
	// Drag it onto the heading of the first topic: it moves there.
	row = u.outline.excerptRows[ids[1]]
	head := u.outline.topicRows["status"]
	row.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: drv.AbsolutePositionForObject(head).Add(fyne.NewPos(5, 5))}})
	row.DragEnd()
	if ti, _ := u.briefing().Find(ids[1]); u.briefing().Topics[ti].ID != "status" {
		t.Errorf("excerpt dropped on a topic heading did not move there")
	}
}

// TestEveryDialogOpens opens every dialog and menu action that asks the user
// something, as the menu and buttons do; none may fail.
func TestEveryDialogOpens(t *testing.T) {
	u := start(t, "ko")
	u.assemble(u.lib.articles)
	actions := map[string]func(){
		"import":      u.importFiles,
		"folder":      u.importFolder,
		"address":     u.importAddresses,
		"paste":       u.pasteArticle,
		"open":        u.openFile,
		"save as":     u.saveAs,
		"export pdf":  u.exportPDF,
		"export md":   u.exportMarkdown,
		"preferences": u.showPreferences,
		"new topic":   u.outline.onAddTopic,
		"rename":      func() { u.outline.onRename("status") },
		"remove":      func() { u.outline.onRemoveTopic("defense") },
		"edit":        func() { u.outline.onEdit(u.briefing().Topics[1].Excerpts[0].ID) },
		"assemble":    u.outline.onAssembleAll,
		"new file":    u.newFile,
		"close":       u.onClose,
	}
	for name, act := range actions {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: %v", name, r)
				}
			}()
			act()
			if len(u.win.Canvas().Overlays().List()) == 0 {
				t.Errorf("%s: no dialog shown", name)
			}
			for u.win.Canvas().Overlays().Top() != nil {
				u.win.Canvas().Overlays().Remove(u.win.Canvas().Overlays().Top())
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
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil {
				got[it.Label] = it.Shortcut.ShortcutName()
			}
		}
	}
	for label, name := range want {
		if got[label] != name {
			t.Errorf("%s: shortcut %q, want %q", label, got[label], name)
		}
	}
}

// TestSameTextFromTwoPlaces adds a paragraph of an article whose text the
// briefing already holds under another address: it is the same article.
func TestSameTextFromTwoPlaces(t *testing.T) {
	u := start(t, "en")
	a := u.lib.articles[0]
	copyA := *a
	copyA.URL = "https://mirror.example.org/copy"
	copyA.AssignID()
	u.addParagraph("status", a, 0, 0)
	u.reader.show(&copyA)
	if !strings.Contains(u.reader.addButtons[0][0].Text, "In briefing") {
		t.Errorf("the copy's paragraph is not shown as placed: %q", u.reader.addButtons[0][0].Text)
	}
	u.reader.onAddSection(0)
	if n := len(u.briefing().Articles); n != 1 {
		t.Errorf("%d articles in the briefing, want the one", n)
	}
}

func TestOutlineKeyboard(t *testing.T) {
	u := start(t, "en")
	readExercise(t, u, [2]int{0, 0}, [2]int{1, 0})
	ex := u.briefing().Topics[1].Excerpts
	test.Tap(u.outline.topicRows["defense"])
	if u.win.Canvas().Focused() != u.outline.topicRows["defense"] {
		t.Fatal("a tapped row does not take the keyboard")
	}
	row := u.outline.topicRows["defense"]
	row.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if u.outline.selExcerpt != ex[0].ID {
		t.Fatalf("Down selected %q, want the first excerpt", u.outline.selExcerpt)
	}
	u.outline.excerptRows[ex[0].ID].TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if u.outline.selExcerpt != ex[1].ID {
		t.Fatalf("Down selected %q, want the second excerpt", u.outline.selExcerpt)
	}
	u.moveUp() // Alt+Up on the menu
	if got := u.briefing().Topics[1].Excerpts[0].ID; got != ex[1].ID {
		t.Errorf("Alt+Up did not move the selected excerpt")
	}
	if u.win.Canvas().Focused() != u.outline.excerptRows[ex[1].ID] {
		t.Error("the moved row lost the keyboard")
	}
	u.outline.excerptRows[ex[1].ID].TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if u.briefing().ExcerptCount() != 1 {
		t.Errorf("Delete did not remove the excerpt")
	}
}

func TestKoreanUnderCLocale(t *testing.T) {
	t.Setenv("LC_ALL", "C")
	t.Setenv("LANGUAGE", "")
	u := start(t, "ko")
	if got := u.libPanel.search.PlaceHolder; got != "제목과 본문 검색" {
		t.Errorf("with LC_ALL=C the Korean interface did not load: %q", got)
	}
}
