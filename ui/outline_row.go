package ui

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// itemKind tells the outline's rows apart.
type itemKind int

const (
	topicItem   itemKind = iota // a topic's heading
	excerptItem                 // an excerpt, one line until selected
	hintItem                    // the hint under a topic with no excerpts
)

// outlineItem is one row of the outline: a topic, an excerpt of it, or the
// hint under an empty topic. The outline keeps a flat list of them, and the
// list widget builds rows only for those on screen.
type outlineItem struct {
	kind  itemKind
	topic int    // index of the topic in the briefing
	pos   int    // index of the excerpt in its topic
	id    string // the topic's or the excerpt's id
}

// compactTheme packs the outline: less padding around text and between rows,
// so that a dozen excerpts fit where three cards did.
type compactTheme struct{ fyne.Theme }

func (t compactTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameInnerPadding:
		return 3
	case theme.SizeNamePadding:
		return 2
	}
	return t.Theme.Size(n)
}

// outlineList is the outline's virtualised list. It takes the outline's keys
// when it has the keyboard; the rest go to the list.
type outlineList struct {
	widget.List
	heights   map[int]float32             // rows of another height than the template's
	onKey     func(k *fyne.KeyEvent) bool // reports whether it took the key
	onResized func(width float32)
}

func newOutlineList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *outlineList {
	l := &outlineList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey is part of fyne.Focusable.
func (l *outlineList) TypedKey(e *fyne.KeyEvent) {
	if l.onKey != nil && l.onKey(e) {
		return
	}
	l.List.TypedKey(e)
}

// setHeight gives row i a height of its own.
func (l *outlineList) setHeight(i int, h float32) {
	if l.heights == nil {
		l.heights = map[int]float32{}
	}
	l.heights[i] = h
	l.SetItemHeight(i, h)
}

// Resize lets the outline measure its expanded row again for a new width.
func (l *outlineList) Resize(s fyne.Size) {
	old := l.Size().Width
	l.List.Resize(s)
	if s.Width != old && l.onResized != nil {
		l.onResized(s.Width)
	}
}

// outlineRow shows one outline item. Rows are made for the rows on screen
// and bound to another item as the list scrolls. A row is not tappable (the
// list selects it) but can be dragged, and right-clicked for its menu.
type outlineRow struct {
	widget.BaseWidget
	p     *outlinePanel
	item  outlineItem
	bound bool

	chevron                 *widget.Button
	indent                  *widget.Label
	line, side              *widget.Label // the compact line and what is beside it
	full, source            *widget.Label // an expanded excerpt
	topicTools, excerptTool *fyne.Container
	compact, expanded       *fyne.Container

	dragging bool
}

func newOutlineRow(p *outlinePanel) *outlineRow {
	r := &outlineRow{p: p}
	r.chevron = widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), func() { p.toggle(r.item.id) })
	r.chevron.Importance = widget.LowImportance
	r.indent = widget.NewLabel("   ")
	r.line = widget.NewLabel("")
	r.line.Truncation = fyne.TextTruncateEllipsis
	r.side = widget.NewLabel("")
	r.side.Importance = widget.LowImportance
	rename := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { p.onRename(r.item.id) })
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.onRemoveTopic(r.item.id) })
	r.topicTools = container.NewHBox(r.side, rename, remove)
	r.compact = container.NewBorder(nil, nil, container.NewHBox(r.chevron, r.indent), r.topicTools, r.line)

	r.full = widget.NewLabel("")
	r.full.Wrapping = fyne.TextWrapWord
	r.source = widget.NewLabel("")
	r.source.TextStyle.Italic = true
	r.source.Truncation = fyne.TextTruncateEllipsis
	move := widget.NewButtonWithIcon(lang.L("Move to…"), theme.MenuDropDownIcon(), nil)
	move.OnTapped = func() { p.moveMenu(move, r.item.id) }
	edit := widget.NewButtonWithIcon(lang.L("Edit"), theme.DocumentCreateIcon(), func() { p.onEdit(r.item.id) })
	removeEx := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.onRemoveExcerpt(r.item.id) })
	for _, b := range []*widget.Button{rename, remove, move, edit, removeEx} {
		b.Importance = widget.LowImportance
	}
	r.excerptTool = container.NewHBox(move, edit, removeEx)
	r.expanded = container.NewBorder(nil, container.NewBorder(nil, nil, nil, r.excerptTool, r.source), widget.NewLabel("   "), nil, r.full)
	r.expanded.Hide()
	r.ExtendBaseWidget(r)
	return r
}

// rowOf returns the row a list item holds.
func rowOf(o fyne.CanvasObject) *outlineRow {
	return o.(*container.ThemeOverride).Content.(*outlineRow)
}

func (r *outlineRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.compact, r.expanded))
}

// bind shows an item; expand shows an excerpt whole, with its tools.
func (r *outlineRow) bind(it outlineItem, expand bool) {
	r.item, r.bound = it, true
	b := r.p.session.Briefing()
	if it.topic >= len(b.Topics) {
		return
	}
	t := b.Topics[it.topic]
	r.line.TextStyle.Bold = it.kind == topicItem
	r.line.Importance = widget.MediumImportance
	r.chevron.Hidden = it.kind != topicItem
	r.indent.Hidden = it.kind == topicItem
	r.topicTools.Hidden = false
	r.topicTools.Objects[1].Show()
	r.topicTools.Objects[2].Show()
	switch it.kind {
	case topicItem:
		r.chevron.SetIcon(theme.MenuDropDownIcon())
		if r.p.collapsed[t.ID] {
			r.chevron.SetIcon(theme.MenuExpandIcon())
		}
		r.line.Text = fmt.Sprintf("%d. %s", it.topic+1, briefing.Neutral(t.Title))
		r.side.SetText(r.p.countText(it.topic))
	case hintItem:
		r.line.Text = lang.L("No excerpts yet: add paragraphs from the article, or drag one here.")
		r.line.Importance = widget.LowImportance
		r.topicTools.Hidden = true
	case excerptItem:
		if it.pos >= len(t.Excerpts) {
			return
		}
		e := t.Excerpts[it.pos]
		r.line.Text = briefing.Neutral(oneLine(preview(e.Text, 200)))
		r.side.SetText(shortSource(r.p.sourceOf(e)))
		r.topicTools.Objects[1].Hide()
		r.topicTools.Objects[2].Hide()
		if expand {
			r.full.SetText(briefing.Neutral(preview(e.Text, 900)))
			r.source.SetText("— " + briefing.Neutral(r.p.sourceOf(e)))
		}
	}
	r.line.Refresh()
	r.topicTools.Refresh()
	r.compact.Hidden = expand
	r.expanded.Hidden = !expand
	r.Refresh()
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

// TappedSecondary opens the row's menu.
func (r *outlineRow) TappedSecondary(e *fyne.PointEvent) {
	if r.bound {
		r.p.rowMenu(r.item, e.AbsolutePosition)
	}
}

var (
	_ fyne.Draggable         = (*outlineRow)(nil)
	_ fyne.SecondaryTappable = (*outlineRow)(nil)
	_ fyne.Draggable         = (*dragSource)(nil)
)

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

// shortSource clips a source name for the compact line.
func shortSource(s string) string {
	return preview(s, 24)
}

// countText is the count beside a topic: its excerpts, or while finding,
// the matches among them.
func (p *outlinePanel) countText(ti int) string {
	b := p.session.Briefing()
	n := len(b.Topics[ti].Excerpts)
	if p.query == "" {
		return strconv.Itoa(n)
	}
	return fmt.Sprintf("%d/%d", p.matches[ti], n)
}
