package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// outlineRow shows one outline item. Rows are made for the rows on screen
// and bound to another item as the list scrolls, so binding must be cheap:
// a one-line row is an arrow and two texts drawn straight on the canvas, the
// line cut to the width by measuring; the selected row adds its tools, made
// the first time the row is selected. A row is tapped to select it, dragged,
// and right-clicked for its menu.
type outlineRow struct {
	widget.BaseWidget
	p     *outlinePanel
	item  outlineItem
	bound bool
	open  bool // selected: shown whole, with its tools

	arrow      *tapIcon
	line, side *canvas.Text
	text, full string // the line before it is cut to the width; the whole excerpt
	sideText   string // the side text before it is cut
	// what the line was last cut from, for what width and style
	fitted      string
	fittedW     float32
	fittedStyle fyne.TextStyle

	tools                *fyne.Container // made on first selection
	expanded, source     *widget.Label
	excerptBar, topicBar *fyne.Container

	dragging bool
}

func newOutlineRow(p *outlinePanel) *outlineRow {
	r := &outlineRow{p: p}
	r.arrow = newTapIcon(theme.MenuDropDownIcon(), func() {
		p.toggle(r.item.id)
		p.sh.win.Canvas().Focus(p.list) // so that Left, Right and Down go on from here
	})
	r.line = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	r.side = canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder))
	r.ExtendBaseWidget(r)
	return r
}

// makeTools builds what a selected row shows: the whole excerpt, its source
// and its buttons, or a topic's buttons.
func (r *outlineRow) makeTools() {
	p := r.p
	r.expanded = widget.NewLabel("")
	r.expanded.Wrapping = fyne.TextWrapWord
	r.source = widget.NewLabel("")
	r.source.TextStyle.Italic = true
	r.source.Truncation = fyne.TextTruncateEllipsis
	move := widget.NewButtonWithIcon(lang.L("Move to…"), theme.MenuDropDownIcon(), nil)
	move.OnTapped = func() { p.moveMenu(move, r.item.id) }
	edit := widget.NewButtonWithIcon(lang.L("Edit"), theme.DocumentCreateIcon(), func() { p.onEdit(r.item.id) })
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.onRemoveExcerpt(r.item.id) })
	rename := widget.NewButtonWithIcon(lang.L("Rename"), theme.DocumentCreateIcon(), func() { p.onRename(r.item.id) })
	drop := widget.NewButtonWithIcon(lang.L("Remove"), theme.DeleteIcon(), func() { p.onRemoveTopic(r.item.id) })
	for _, b := range []*widget.Button{move, edit, remove, rename, drop} {
		b.Importance = widget.LowImportance
	}
	r.excerptBar = container.NewBorder(nil, nil, nil, container.NewHBox(move, edit, remove), r.source)
	r.topicBar = container.NewHBox(layout.NewSpacer(), rename, drop)
	r.tools = container.NewVBox(r.expanded, r.excerptBar, r.topicBar)
}

func (r *outlineRow) CreateRenderer() fyne.WidgetRenderer {
	return &outlineRowRenderer{r: r}
}

// bind shows an item; open shows it selected: an excerpt whole, with its
// tools, a topic with its buttons.
func (r *outlineRow) bind(it outlineItem, open bool) {
	b := r.p.session.Briefing()
	if it.topic >= len(b.Topics) {
		return
	}
	r.item, r.bound, r.open = it, true, open && it.kind != hintItem
	t := b.Topics[it.topic]
	r.line.TextStyle.Bold = it.kind == topicItem
	r.line.Color = theme.Color(theme.ColorNameForeground)
	r.sideText = ""
	switch it.kind {
	case topicItem:
		icon := theme.MenuDropDownIcon()
		if r.p.collapsed[t.ID] && r.p.query == "" { // finding shows every topic open
			icon = theme.MenuExpandIcon()
		}
		r.arrow.setIcon(icon)
		r.text = fmt.Sprintf("%d. %s", it.topic+1, briefing.Neutral(t.Title))
		r.sideText = r.p.countText(it.topic)
	case hintItem:
		r.text = lang.L("No excerpts yet: add paragraphs from the article, or drag one here.")
		r.line.Color = theme.Color(theme.ColorNamePlaceHolder)
	case excerptItem:
		if it.pos >= len(t.Excerpts) {
			return
		}
		e := t.Excerpts[it.pos]
		r.full = e.Text
		r.text = briefing.Neutral(oneLine(preview(e.Text, 160)))
		r.sideText = briefing.Neutral(r.p.sourceOf(e))
	}
	r.arrow.Hidden = it.kind != topicItem
	if r.open {
		if r.tools == nil {
			r.makeTools()
		}
		r.expanded.Hidden = it.kind != excerptItem
		r.excerptBar.Hidden = it.kind != excerptItem
		r.topicBar.Hidden = it.kind != topicItem
		if it.kind == excerptItem {
			r.expanded.SetText(briefing.Neutral(preview(r.full, 900)))
			r.source.SetText("— " + briefing.Neutral(r.p.sourceOf(t.Excerpts[it.pos])))
		}
	}
	r.Refresh()
}

// oneLineHeight is the height of a one-line row.
func oneLineHeight() float32 {
	return fyne.MeasureText("가Ag", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.Padding()
}

// openHeight is the height of the row, selected, at a width.
func (r *outlineRow) openHeight(width float32) float32 {
	if !r.open || r.tools == nil {
		return oneLineHeight()
	}
	inner := width - 2*theme.Padding() - theme.IconInlineSize()
	r.tools.Resize(fyne.NewSize(inner, r.tools.MinSize().Height))
	h := r.tools.MinSize().Height
	if r.item.kind == topicItem {
		h += oneLineHeight()
	}
	return max(h, oneLineHeight())
}

type outlineRowRenderer struct{ r *outlineRow }

func (rr *outlineRowRenderer) Objects() []fyne.CanvasObject {
	r := rr.r
	objs := []fyne.CanvasObject{r.arrow, r.line, r.side}
	if r.open && r.tools != nil {
		objs = append(objs, r.tools)
	}
	return objs
}

func (rr *outlineRowRenderer) Destroy() {}

// MinSize is one line; a selected row is given its height by the list.
func (rr *outlineRowRenderer) MinSize() fyne.Size {
	return fyne.NewSize(120, oneLineHeight())
}

// Layout puts the arrow (of a topic) or an indent (of an excerpt) at the
// left, the side text at the right and the line between them, cut to fit.
// An open excerpt shows its whole text instead of the line, with its tools
// under it; an open topic its buttons under the line.
func (rr *outlineRowRenderer) Layout(size fyne.Size) {
	r := rr.r
	pad := theme.Padding()
	lineH := oneLineHeight()
	icon := theme.IconInlineSize()
	r.arrow.Resize(fyne.NewSquareSize(icon))
	r.arrow.Move(fyne.NewPos(pad, (lineH-icon)/2))
	left := 2*pad + icon
	sideW := float32(0)
	if r.sideText != "" {
		// the source gets at most a quarter of the row; a count its width
		r.side.Text = fitText(r.sideText, size.Width/4, r.side.TextSize, r.side.TextStyle)
		sideW = fyne.MeasureText(r.side.Text, r.side.TextSize, r.side.TextStyle).Width
	} else {
		r.side.Text = "" // a reused row keeps nothing of what it showed before
	}
	textH := fyne.MeasureText("가", r.line.TextSize, r.line.TextStyle).Height
	y := (lineH - textH) / 2
	r.side.Move(fyne.NewPos(size.Width-pad-sideW, y))
	r.side.Resize(fyne.NewSize(sideW, textH))
	lineW := size.Width - left - sideW - 3*pad
	if r.text != r.fitted || lineW != r.fittedW || r.line.TextStyle != r.fittedStyle {
		r.line.Text = fitText(r.text, lineW, r.line.TextSize, r.line.TextStyle)
		r.fitted, r.fittedW, r.fittedStyle = r.text, lineW, r.line.TextStyle
	}
	r.line.Move(fyne.NewPos(left, y))
	r.line.Resize(fyne.NewSize(max(lineW, 0), textH))
	whole := r.open && r.item.kind == excerptItem
	r.line.Hidden, r.side.Hidden = whole, whole
	if r.open && r.tools != nil {
		top := float32(0)
		if r.item.kind == topicItem {
			top = lineH
		}
		r.tools.Move(fyne.NewPos(left-pad, top))
		r.tools.Resize(fyne.NewSize(size.Width-left, size.Height-top))
	}
}

func (rr *outlineRowRenderer) Refresh() {
	r := rr.r
	r.line.TextSize, r.side.TextSize = theme.TextSize(), theme.TextSize()
	rr.Layout(r.Size())
	r.line.Refresh()
	r.side.Refresh()
	if r.open && r.tools != nil {
		r.tools.Refresh()
	}
}

// Dragged follows the pointer, showing where the row would land.
func (r *outlineRow) Dragged(e *fyne.DragEvent) {
	if !r.bound || r.item.kind == hintItem {
		return
	}
	r.dragging = true
	r.p.dragOver(e.AbsolutePosition, r.item.kind == topicItem)
}

// DragEnd drops the row where the indicator is.
func (r *outlineRow) DragEnd() {
	if !r.dragging {
		return
	}
	r.dragging = false
	r.p.dropRow(r.item)
}

// Tapped selects the row and gives the outline the keyboard. The row takes
// the tap itself: being right-clickable, it is what the window finds under
// the pointer, so the list underneath would not see the tap.
func (r *outlineRow) Tapped(*fyne.PointEvent) {
	if !r.bound {
		return
	}
	if i, ok := r.p.index[r.item.id]; ok {
		r.p.onSelected(i)
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.p.list); c != nil {
		c.Focus(r.p.list)
	}
}

// TappedSecondary opens the row's menu.
func (r *outlineRow) TappedSecondary(e *fyne.PointEvent) {
	if r.bound {
		r.p.rowMenu(r.item, e.AbsolutePosition)
	}
}

var (
	_ fyne.Draggable         = (*outlineRow)(nil)
	_ fyne.Tappable          = (*outlineRow)(nil)
	_ fyne.SecondaryTappable = (*outlineRow)(nil)
)
