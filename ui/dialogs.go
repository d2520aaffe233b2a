package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Fyne's dialogs take no keys, and Fyne gives the window no keys while a
// widget has the keyboard. The window keeps what Escape does for the dialog
// on top, and the widgets of its dialogs pass Escape on to it.

// onEscape makes Escape run cancel until the returned function is called,
// which a dialog does when it closes.
func (s *shell) onEscape(cancel func()) (closed func()) {
	p := &cancel
	s.escapes = append(s.escapes, p)
	return func() {
		for i, e := range s.escapes {
			if e == p {
				s.escapes = append(s.escapes[:i], s.escapes[i+1:]...)
				return
			}
		}
	}
}

// show shows a dialog that Escape closes, as its Cancel or Close button does.
func (s *shell) show(d dialog.Dialog) {
	closed := s.onEscape(d.Hide)
	d.SetOnClosed(closed)
	d.Show()
}

// typedKey takes the keys no widget has: Escape cancels the dialog on top.
func (s *shell) typedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyEscape && len(s.escapes) > 0 {
		(*s.escapes[len(s.escapes)-1])()
	}
}

// escapeOr passes Escape on to the window and any other key to own, the
// widget's own handling.
func (s *shell) escapeOr(e *fyne.KeyEvent, own func(*fyne.KeyEvent)) {
	if e.Name == fyne.KeyEscape {
		s.typedKey(e)
		return
	}
	own(e)
}

// escCheck is a check box of a dialog that passes Escape on to the window,
// which cancels the dialog: a tapped check keeps the keyboard, and Fyne
// gives the window no keys while a widget has it.
type escCheck struct {
	widget.Check
	sh *shell
}

func newEscCheck(sh *shell) *escCheck {
	c := &escCheck{sh: sh}
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey is part of fyne.Focusable.
func (c *escCheck) TypedKey(e *fyne.KeyEvent) { c.sh.escapeOr(e, c.Check.TypedKey) }

// escList is a list of a dialog that passes Escape on to the window; see
// escCheck.
type escList struct {
	widget.List
	sh *shell
}

func newEscList(sh *shell, length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *escList {
	l := &escList{sh: sh}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey is part of fyne.Focusable.
func (l *escList) TypedKey(e *fyne.KeyEvent) { l.sh.escapeOr(e, l.List.TypedKey) }
