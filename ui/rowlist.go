package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// rowList stacks rows vertically, like a VBox container, but refreshing it
// only lays the rows out again and redraws: a container refreshes every
// row, which for an outline of hundreds of excerpts took longer than
// building the rows. The outline replaces rows that change rather than
// changing them, so they never need refreshing from here.
type rowList struct {
	widget.BaseWidget
	rows []fyne.CanvasObject
}

func newRowList() *rowList {
	l := &rowList{}
	l.ExtendBaseWidget(l)
	return l
}

// setRows replaces the rows; a refresh shows them.
func (l *rowList) setRows(rows []fyne.CanvasObject) { l.rows = rows }

func (l *rowList) CreateRenderer() fyne.WidgetRenderer { return &rowListRenderer{l} }

type rowListRenderer struct{ l *rowList }

var vbox = layout.NewVBoxLayout()

func (r *rowListRenderer) Layout(size fyne.Size)        { vbox.Layout(r.l.rows, size) }
func (r *rowListRenderer) MinSize() fyne.Size           { return vbox.MinSize(r.l.rows) }
func (r *rowListRenderer) Objects() []fyne.CanvasObject { return r.l.rows }
func (r *rowListRenderer) Destroy()                     {}

func (r *rowListRenderer) Refresh() {
	r.Layout(r.l.Size())
	canvas.Refresh(r.l)
}
