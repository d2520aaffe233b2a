package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
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

// madeRow is an excerpt row and the text it was made with.
type madeRow struct {
	shows string
	row   *dragRow
}

func (p *outlinePanel) topicRow(ti int, t briefing.Topic) *dragRow {
	title := widget.NewLabelWithStyle(fmt.Sprintf("%d. %s", ti+1, briefing.Neutral(t.Title)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	count := widget.NewLabel(fmt.Sprintf("%d", len(t.Excerpts)))
	count.Importance = widget.LowImportance
	id := t.ID
	rename := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { p.onRename(id) })
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.onRemoveTopic(id) })
	for _, b := range []*widget.Button{rename, remove} {
		b.Importance = widget.LowImportance
	}
	row := newDragRow(container.NewBorder(widget.NewSeparator(), nil, nil, container.NewHBox(count, rename, remove), title),
		func() { p.selectTopic(id) },
		func(at fyne.Position) { p.dropTopic(id, at) })
	row.onKey = p.onKey
	p.topicRows[id] = row
	p.order = append(p.order, id)
	return row
}

// excerptRow returns the row of an excerpt quoting the article titled src:
// the one made before if it shows the same, or a new one.
func (p *outlinePanel) excerptRow(e briefing.Excerpt, src string) madeRow {
	if e.Edited() {
		src = lang.L("edited") + " · " + src
	}
	id := e.ID
	p.order = append(p.order, id)
	shows := e.Text + "\x00" + src
	if m, ok := p.made[id]; ok && m.shows == shows {
		p.excerptRows[id] = m.row
		return m
	}
	text := widget.NewLabel(briefing.Neutral(preview(e.Text, 140)))
	text.Wrapping = fyne.TextWrapWord
	source := widget.NewLabel("— " + briefing.Neutral(src))
	source.TextStyle.Italic = true
	source.Truncation = fyne.TextTruncateEllipsis
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { p.onEdit(id) })
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.onRemoveExcerpt(id) })
	move := widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), nil)
	move.OnTapped = func() { p.moveMenu(move, id) }
	for _, bt := range []*widget.Button{edit, remove, move} {
		bt.Importance = widget.LowImportance
	}
	content := container.NewPadded(container.NewBorder(nil, source, nil, container.NewVBox(container.NewHBox(move, edit, remove)), text))
	row := newDragRow(container.NewBorder(nil, nil, widget.NewLabel("  "), nil, content),
		func() { p.selectExcerpt(id) },
		func(at fyne.Position) { p.dropExcerpt(id, at) })
	row.onKey = p.onKey
	p.excerptRows[id] = row
	return madeRow{shows, row}
}
