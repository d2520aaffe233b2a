package ui

import (
	"reflect"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// redoShortcut is Ctrl+Shift+Z, the other common key for Redo besides Ctrl+Y
// (which is the menu's).
var redoShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}

// field is a text entry of the window that passes Ctrl+Shift+Z on to the
// briefing's Redo (Fyne gives a focused entry every shortcut the menu does
// not hold, and a menu item holds one shortcut; Ctrl+Y is the menu's), and
// that keeps the keyboard when the Hangul key is pressed.
//
// On Korean keyboards under X11 the Hangul key is often the right Alt key
// (the xkb option korean:ralt_hangul), and GLFW reports it as Right Alt.
// Fyne opens the menu bar when Alt is pressed and released alone and moves
// the keyboard there, so every switch between Hangul and English would
// send the next syllables to the menu, where they are lost. A field that
// loses the keyboard right after a lone Right Alt closes the menu again and
// takes the keyboard back. Left Alt still opens the menu.
type field struct {
	widget.Entry
	sh       *shell
	rightAlt bool // the last key pressed here was Right Alt, alone
	// onEscape, if set, handles Escape first and reports whether it did;
	// otherwise Escape goes on to the window, which closes a dialog.
	onEscape func() bool
}

// TypedKey is part of fyne.Focusable.
func (f *field) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyEscape && f.onEscape != nil && f.onEscape() {
		return
	}
	f.sh.escapeOr(e, f.Entry.TypedKey)
}

// newField returns a one-line entry, or a multi-line one that wraps words.
func newField(sh *shell, multiLine bool) *field {
	f := &field{sh: sh}
	f.MultiLine = multiLine
	if multiLine {
		f.Wrapping = fyne.TextWrapWord
	}
	f.ExtendBaseWidget(f)
	return f
}

// KeyDown is part of desktop.Keyable.
func (f *field) KeyDown(e *fyne.KeyEvent) {
	f.rightAlt = e.Name == desktop.KeyAltRight
	if f.rightAlt {
		// Fyne opens the menu when the key is released, which the field does
		// not hear of (the menu has the keyboard by then): look a few times.
		for _, d := range menuChecks {
			f.sh.jobs.run(func() func() {
				time.Sleep(d)
				return func() { f.sh.takeBack(f) }
			})
		}
	}
	f.Entry.KeyDown(e)
}

// menuChecks are when, after a Right Alt press, a field looks whether the
// menu bar took the keyboard: a key is held 50–300 ms.
var menuChecks = []time.Duration{40 * time.Millisecond, 120 * time.Millisecond, 300 * time.Millisecond, 700 * time.Millisecond}

// TypedRune is part of fyne.Focusable.
func (f *field) TypedRune(r rune) {
	f.rightAlt = false
	f.Entry.TypedRune(r)
}

// takeBack closes the menu bar if a lone Right Alt (the Hangul key) in the
// field opened it, and gives the keyboard back to the field.
func (s *shell) takeBack(f *field) {
	c := s.win.Canvas()
	item, ok := c.Focused().(fyne.Tappable)
	if !f.rightAlt || !ok || !s.isMenu(item) {
		return
	}
	f.rightAlt = false
	item.Tapped(&fyne.PointEvent{}) // a second toggle closes the menu bar
	c.Focus(f)
}

// isMenuBarItem reports whether o is an item of the window's menu bar, a
// type Fyne does not export.
func isMenuBarItem(o any) bool {
	return reflect.TypeOf(o).String() == "*glfw.menuBarItem"
}

// TypedShortcut is part of fyne.Shortcutable.
func (f *field) TypedShortcut(s fyne.Shortcut) {
	if s.ShortcutName() == redoShortcut.ShortcutName() && f.sh.redo != nil {
		f.sh.redo()
		return
	}
	f.Entry.TypedShortcut(s)
}
