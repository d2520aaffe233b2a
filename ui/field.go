package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// redoShortcut is Ctrl+Shift+Z, the other common key for Redo besides Ctrl+Y
// (which is the menu's).
var redoShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}

// field is a text entry of the window that passes Ctrl+Shift+Z on to the
// briefing's Redo. Fyne gives a focused entry every shortcut the menu does
// not hold, and a menu item holds one shortcut; Ctrl+Y is the menu's.
type field struct {
	widget.Entry
	sh *shell
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

// TypedShortcut is part of fyne.Shortcutable.
func (f *field) TypedShortcut(s fyne.Shortcut) {
	if s.ShortcutName() == redoShortcut.ShortcutName() && f.sh.redo != nil {
		f.sh.redo()
		return
	}
	f.Entry.TypedShortcut(s)
}
