package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dragRow is a row of the outline that can be tapped to select it and
// dragged to a new place. What a drop means is up to the outline.
type dragRow struct {
	widget.BaseWidget
	content  fyne.CanvasObject
	bg       *canvas.Rectangle
	onTap    func()
	onDrop   func(at fyne.Position)
	onKey    func(k fyne.KeyName)
	dragging bool
	last     fyne.Position
}

func newDragRow(content fyne.CanvasObject, onTap func(), onDrop func(fyne.Position)) *dragRow {
	r := &dragRow{content: content, onTap: onTap, onDrop: onDrop, bg: canvas.NewRectangle(theme.Color(theme.ColorNameBackground))}
	r.ExtendBaseWidget(r)
	return r
}

func (r *dragRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.bg, r.content))
}

// setSelected highlights the row.
func (r *dragRow) setSelected(on bool) {
	if on {
		r.bg.FillColor = theme.Color(theme.ColorNameSelection)
	} else {
		r.bg.FillColor = theme.Color(theme.ColorNameBackground)
	}
	r.bg.Refresh()
}

// Tapped selects the row and gives it the keyboard focus.
func (r *dragRow) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
		c.Focus(r)
	}
}

// FocusGained is part of fyne.Focusable: rows take the keyboard so that the
// outline can be walked and edited without the mouse.
func (r *dragRow) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (r *dragRow) FocusLost() {}

// TypedRune is part of fyne.Focusable; rows take no text.
func (r *dragRow) TypedRune(rune) {}

// TypedKey passes navigation and editing keys to the outline.
func (r *dragRow) TypedKey(e *fyne.KeyEvent) {
	if r.onKey != nil {
		r.onKey(e.Name)
	}
}

// Dragged follows the pointer, showing the row as being moved.
func (r *dragRow) Dragged(e *fyne.DragEvent) {
	if !r.dragging {
		r.dragging = true
		r.bg.FillColor = theme.Color(theme.ColorNameHover)
		r.bg.Refresh()
	}
	r.last = e.AbsolutePosition
}

// DragEnd drops the row where the pointer is.
func (r *dragRow) DragEnd() {
	if !r.dragging {
		return
	}
	r.dragging = false
	r.bg.FillColor = theme.Color(theme.ColorNameBackground)
	r.bg.Refresh()
	if r.onDrop != nil {
		r.onDrop(r.last)
	}
}
