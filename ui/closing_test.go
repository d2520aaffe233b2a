package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// changed opens the window and changes its briefing.
func changed(t *testing.T) *App {
	t.Helper()
	u := start(t, "en")
	readExercise(t, u, [2]int{0, 0})
	if !u.session.Dirty() {
		t.Fatal("adding a paragraph did not change the briefing")
	}
	return u
}

func TestUnsavedChangesCanBeCancelled(t *testing.T) {
	for name, act := range map[string]func(u *App){
		"close": (*App).onClose,
		"new":   (*App).newFile,
		"open":  (*App).openFile,
	} {
		t.Run(name, func(t *testing.T) {
			u := changed(t)
			title := u.sh.win.Title()
			act(u)
			c := u.sh.win.Canvas()
			for _, label := range []string{"Save", "Don't save", "Cancel"} {
				if findButton(c, label) == nil {
					t.Fatalf("the unsaved-changes question has no %q button", label)
				}
			}
			test.Tap(findButton(c, "Cancel"))
			if c.Overlays().Top() != nil || !u.session.Dirty() || u.sh.win.Title() != title || u.briefing().ExcerptCount() != 1 {
				t.Fatal("Cancel did not leave everything as it was")
			}
			// Escape cancels too.
			act(u)
			c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if c.Overlays().Top() != nil || u.briefing().ExcerptCount() != 1 {
				t.Fatal("Escape did not cancel")
			}
			if len(u.sh.escapes) != 0 {
				t.Errorf("%d Escape handlers left after the dialogs closed", len(u.sh.escapes))
			}
		})
	}
}

func TestDontSaveGoesOn(t *testing.T) {
	u := changed(t)
	u.newFile()
	test.Tap(findButton(u.sh.win.Canvas(), "Don't save"))
	if u.session.Dirty() || u.briefing().ExcerptCount() != 0 {
		t.Error("Don't save did not start a new briefing")
	}
	u.sh.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) // nothing to cancel
}

func TestShortcuts(t *testing.T) {
	u := changed(t)
	want := map[string]string{
		"Quit":                "CustomDesktop:Control+Q",
		"Close window":        "CustomDesktop:Control+W",
		"Find in the outline": "CustomDesktop:Control+F",
		"Redo":                "Redo",
	}
	found := map[string]bool{}
	for _, m := range u.sh.win.MainMenu().Items {
		for _, it := range m.Items {
			if sc, ok := want[it.Label]; ok && it.Shortcut != nil {
				found[it.Label] = true
				if it.Shortcut.ShortcutName() != sc {
					t.Errorf("%s has the shortcut %s, want %s", it.Label, it.Shortcut.ShortcutName(), sc)
				}
				if it.Label == "Quit" && !it.IsQuit {
					t.Error("Quit is not marked as the menu's quit item")
				}
			}
		}
	}
	for label := range want {
		if !found[label] {
			t.Errorf("no menu item %q with a shortcut", label)
		}
	}
	// Ctrl+Shift+Z redoes in a text field (elsewhere the canvas has it).
	u.undo()
	if u.briefing().ExcerptCount() != 0 {
		t.Fatal("undo did not take the paragraph back")
	}
	u.editor.title.TypedShortcut(redoShortcut)
	if u.briefing().ExcerptCount() != 1 {
		t.Error("Ctrl+Shift+Z in the title field did not redo")
	}
	// Other shortcuts still reach the field.
	u.editor.title.SetText("abc")
	u.editor.title.TypedShortcut(&fyne.ShortcutSelectAll{})
	if u.editor.title.SelectedText() != "abc" {
		t.Error("a field no longer takes its own shortcuts")
	}
	u.outline.focusFind()
	if u.sh.win.Canvas().Focused() != u.outline.find {
		t.Error("Find in the outline does not focus the find field")
	}
}

// menuItem stands in for an item of Fyne's menu bar, which takes the
// keyboard when Alt is pressed and released alone.
type menuItem struct {
	widget.BaseWidget
	taps int
}

func (m *menuItem) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(widget.NewLabel("파일"))
}
func (m *menuItem) Tapped(*fyne.PointEvent) { m.taps++ }
func (m *menuItem) FocusGained()            {}
func (m *menuItem) FocusLost()              {}
func (m *menuItem) TypedRune(rune)          {}
func (m *menuItem) TypedKey(*fyne.KeyEvent) {}

// TestHangulKeyKeepsTheKeyboard presses the Hangul key of a Korean keyboard
// (Right Alt to GLFW) in a field: the menu bar it opens is closed again and
// the field gets the keyboard back; Left Alt still opens the menu.
func TestHangulKeyKeepsTheKeyboard(t *testing.T) {
	u := start(t, "ko")
	menu := &menuItem{}
	menu.ExtendBaseWidget(menu)
	u.sh.isMenu = func(o any) bool { return o == menu }
	u.sh.win.SetContent(container.NewBorder(menu, nil, nil, nil, u.sh.win.Content()))
	c := u.sh.win.Canvas()
	f := u.editor.subtitle
	for _, tc := range []struct {
		key       fyne.KeyName
		takenBack bool
	}{{desktop.KeyAltRight, true}, {desktop.KeyAltLeft, false}} {
		menu.taps = 0
		c.Focus(f)
		f.KeyDown(&fyne.KeyEvent{Name: tc.key})
		c.Focus(menu) // what Fyne does when the key is released
		u.sh.jobs.wait()
		if got := c.Focused() == f; got != tc.takenBack || (menu.taps == 1) != tc.takenBack {
			t.Errorf("%s: field has the keyboard %v, menu toggled %d times", tc.key, got, menu.taps)
		}
	}
	// A Right Alt that was followed by typing is left alone.
	c.Focus(f)
	f.KeyDown(&fyne.KeyEvent{Name: desktop.KeyAltRight})
	f.TypedRune('가')
	c.Focus(menu)
	u.sh.jobs.wait()
	if c.Focused() != menu || menu.taps != 0 {
		t.Errorf("a Right Alt used with another key took the keyboard back (focused %T, %d taps)", c.Focused(), menu.taps)
	}
}

// TestTypingWritesNoPreferences types a title: the preferences file, which
// Fyne writes whole on every change, is left alone.
func TestTypingWritesNoPreferences(t *testing.T) {
	u := start(t, "en")
	changes := 0
	u.fyne.Preferences().AddChangeListener(func() { changes++ })
	for _, r := range "Weekly" {
		u.editor.title.TypedRune(r)
	}
	if changes != 0 {
		t.Errorf("typing a title changed the preferences %d times", changes)
	}
	u.editor.author.TypedRune('K')
	if changes == 0 || u.prefs.author() != "K" {
		t.Errorf("typing the author: %d changes, remembered %q", changes, u.prefs.author())
	}
}
