package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// Small widgets and text helpers of the window's panels.

// fitText cuts s with an ellipsis to fit width.
func fitText(s string, width, size float32, style fyne.TextStyle) string {
	if width <= 0 {
		return ""
	}
	if fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r) // the longest prefix that fits is in [lo, hi)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if fyne.MeasureText(string(r[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid
		}
	}
	return string(r[:lo]) + "…"
}

// tapIcon is a small icon that does something when tapped: the arrow that
// opens and closes a topic.
type tapIcon struct {
	widget.BaseWidget
	img   *canvas.Image
	res   fyne.Resource
	onTap func()
}

func newTapIcon(res fyne.Resource, onTap func()) *tapIcon {
	t := &tapIcon{img: canvas.NewImageFromResource(res), res: res, onTap: onTap}
	t.img.FillMode = canvas.ImageFillContain
	t.ExtendBaseWidget(t)
	return t
}

// setIcon changes the icon, drawing it again only if it changed.
func (t *tapIcon) setIcon(res fyne.Resource) {
	if t.res == res {
		return
	}
	t.res, t.img.Resource = res, res
	t.img.Refresh()
}

func (t *tapIcon) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(t.img)
}

// Tapped is part of fyne.Tappable.
func (t *tapIcon) Tapped(*fyne.PointEvent) {
	if t.onTap != nil {
		t.onTap()
	}
}

// dragSource makes what it wraps draggable onto the outline: a paragraph or
// a section of the article being read.
type dragSource struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onDrag  func(at fyne.Position)
	onDrop  func()
	moved   bool
}

func newDragSource(content fyne.CanvasObject, onDrag func(fyne.Position), onDrop func()) *dragSource {
	d := &dragSource{content: content, onDrag: onDrag, onDrop: onDrop}
	d.ExtendBaseWidget(d)
	return d
}

func (d *dragSource) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(d.content)
}

// Dragged is part of fyne.Draggable.
func (d *dragSource) Dragged(e *fyne.DragEvent) {
	d.moved = true
	if d.onDrag != nil {
		d.onDrag(e.AbsolutePosition)
	}
}

// DragEnd is part of fyne.Draggable.
func (d *dragSource) DragEnd() {
	if d.moved && d.onDrop != nil {
		d.onDrop()
	}
	d.moved = false
}

// oneLine joins the lines of s with spaces.
func oneLine(s string) string {
	out := []rune(s)
	for i, r := range out {
		if r == '\n' || r == '\r' || r == '\t' {
			out[i] = ' '
		}
	}
	return string(out)
}

var _ fyne.Draggable = (*dragSource)(nil)

// preview cuts s to n characters, with an ellipsis if it was longer.
func preview(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
