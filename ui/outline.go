package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// outlinePanel shows the briefing's topics and their excerpts. Rows are
// selected by tapping and moved by dragging, by their buttons, or with
// Alt+Up and Alt+Down.
type outlinePanel struct {
	sh      *shell
	session *desk.Session
	body    *rowList
	scroll  *container.Scroll
	// selection: a topic id, or an excerpt id with its topic
	selTopic, selExcerpt string
	topicRows            map[string]*dragRow
	excerptRows          map[string]*dragRow
	order                []string // ids of the rows, top to bottom
	// made keeps the excerpt rows of the last refresh, with what they
	// show, so that a change redraws only the rows it changed.
	made map[string]madeRow

	onTopic       func(id string) // a topic, or an excerpt under it, was selected
	onExport      func()          // the export button
	onAssembleAll func()          // "assemble automatically"
}

func newOutlinePanel(sh *shell, s *desk.Session) *outlinePanel {
	return &outlinePanel{sh: sh, session: s}
}

func (p *outlinePanel) build() fyne.CanvasObject {
	p.body = newRowList()
	p.scroll = container.NewVScroll(p.body)
	heading := widget.NewLabelWithStyle(lang.L("Briefing outline"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	export := widget.NewButtonWithIcon(lang.L("Export PDF…"), theme.DocumentSaveIcon(), func() { p.onExport() })
	export.Importance = widget.HighImportance
	tools := container.NewHBox(
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { p.moveStep(-1) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { p.moveStep(+1) }),
		widget.NewButtonWithIcon(lang.L("Topic"), theme.ContentAddIcon(), p.onAddTopic),
		widget.NewButtonWithIcon(lang.L("Assemble automatically"), theme.MediaFastForwardIcon(), func() { p.onAssembleAll() }),
	)
	top := container.NewVBox(container.NewBorder(nil, nil, heading, export), tools)
	p.refresh()
	return container.NewBorder(top, nil, nil, nil, p.scroll)
}

// subscribe redraws the outline after every change but typing, which
// changes nothing it shows.
func (p *outlinePanel) subscribe() (cancel func()) {
	return p.session.Subscribe(func(c desk.Change) {
		if c.Kind != desk.Typed && c.Kind != desk.Saved {
			p.refresh()
		}
	})
}

func (p *outlinePanel) refresh() {
	if p.body == nil {
		return
	}
	b := p.session.Briefing()
	p.topicRows = map[string]*dragRow{}
	p.excerptRows = map[string]*dragRow{}
	p.order = nil
	var rows []fyne.CanvasObject
	titles := map[string]string{}
	for _, a := range b.Articles {
		titles[a.ID] = a.Title
	}
	made := map[string]madeRow{}
	for ti, t := range b.Topics {
		rows = append(rows, p.topicRow(ti, t))
		for _, e := range t.Excerpts {
			r := p.excerptRow(e, titles[e.Article])
			made[e.ID] = r
			rows = append(rows, r.row)
		}
		if len(t.Excerpts) == 0 {
			hint := widget.NewLabel("    " + lang.L("No excerpts yet: add paragraphs from the article, or drag one here."))
			hint.Importance = widget.LowImportance
			hint.Wrapping = fyne.TextWrapWord
			rows = append(rows, hint)
		}
	}
	p.made = made
	if _, e := b.Find(p.selExcerpt); e < 0 {
		p.selExcerpt = ""
	}
	if b.Topic(p.selTopic) < 0 {
		p.selTopic = ""
	}
	p.highlight()
	p.body.setRows(rows)
	p.scroll.Refresh() // lays the rows out, for a height that may have changed
}

// onKey handles keys on a focused row: Up and Down walk the outline, Enter
// edits or renames, Delete removes. Alt+Up and Alt+Down (on the menu) move.
func (p *outlinePanel) onKey(k fyne.KeyName) {
	cur := p.selExcerpt
	if cur == "" {
		cur = p.selTopic
	}
	switch k {
	case fyne.KeyUp, fyne.KeyDown:
		i := indexOf(p.order, cur)
		if k == fyne.KeyUp {
			i--
		} else {
			i++
		}
		if i < 0 || i >= len(p.order) {
			return
		}
		p.focusRow(p.order[i])
	case fyne.KeyReturn, fyne.KeyEnter:
		if p.selExcerpt != "" {
			p.onEdit(p.selExcerpt)
		} else if p.selTopic != "" {
			p.onRename(p.selTopic)
		}
	case fyne.KeyDelete, fyne.KeyBackspace:
		if p.selExcerpt != "" {
			p.onRemoveExcerpt(p.selExcerpt)
		} else if p.selTopic != "" {
			p.onRemoveTopic(p.selTopic)
		}
	}
}

// focusRow selects a row by id and gives it the keyboard.
func (p *outlinePanel) focusRow(id string) {
	row := p.excerptRows[id]
	if row != nil {
		p.selectExcerpt(id)
	} else if row = p.topicRows[id]; row != nil {
		p.selectTopic(id)
	}
	if row != nil {
		p.sh.win.Canvas().Focus(row)
	}
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// selectExcerpt selects an excerpt and scrolls it into view.
func (p *outlinePanel) selectExcerpt(id string) {
	p.selExcerpt, p.selTopic = id, ""
	b := p.session.Briefing()
	if ti, _ := b.Find(id); ti >= 0 {
		p.selTopic = b.Topics[ti].ID
		p.onTopic(p.selTopic)
	}
	p.highlight()
	if row := p.excerptRows[id]; row != nil {
		p.scroll.Offset.Y = row.Position().Y - 40
		p.scroll.Refresh()
	}
}

func (p *outlinePanel) selectTopic(id string) {
	p.selTopic, p.selExcerpt = id, ""
	p.onTopic(id)
	p.highlight()
}

func (p *outlinePanel) highlight() {
	for id, r := range p.topicRows {
		r.setSelected(p.selExcerpt == "" && id == p.selTopic)
	}
	for id, r := range p.excerptRows {
		r.setSelected(id == p.selExcerpt)
	}
}

// dropExcerpt moves an excerpt to where it was dropped: before the excerpt
// under the pointer, or to the top of the topic under it.
func (p *outlinePanel) dropExcerpt(id string, at fyne.Position) {
	topic, pos, ok := p.dropTarget(at)
	if !ok {
		return
	}
	if p.report(p.session.DropExcerpt(id, topic, pos)) {
		p.selectExcerpt(id)
	}
}

// dropTarget finds the topic and position under an absolute point.
func (p *outlinePanel) dropTarget(at fyne.Position) (topic string, pos int, ok bool) {
	b := p.session.Briefing()
	drv := fyne.CurrentApp().Driver()
	for _, t := range b.Topics {
		if r := p.topicRows[t.ID]; r != nil && within(drv.AbsolutePositionForObject(r), r.Size(), at) {
			return t.ID, 0, true
		}
		for i, e := range t.Excerpts {
			r := p.excerptRows[e.ID]
			if r == nil {
				continue
			}
			top := drv.AbsolutePositionForObject(r)
			if within(top, r.Size(), at) {
				if at.Y > top.Y+r.Size().Height/2 {
					i++
				}
				return t.ID, i, true
			}
		}
	}
	return "", 0, false
}

func within(top fyne.Position, size fyne.Size, at fyne.Position) bool {
	return at.Y >= top.Y && at.Y < top.Y+size.Height
}

// dropTopic moves a topic to the place of the topic it was dropped on.
func (p *outlinePanel) dropTopic(id string, at fyne.Position) {
	target, _, ok := p.dropTarget(at)
	if ok && target != id && p.report(p.session.DropTopic(id, target)) {
		p.selectTopic(id)
	}
}

// moveStep moves the selected excerpt or topic one place up (-1) or down
// (+1), an excerpt across topic boundaries, keeping the keyboard on its row
// if it was there and leaving a text field's focus alone.
func (p *outlinePanel) moveStep(step int) {
	id := p.selExcerpt
	if id == "" {
		id = p.selTopic
	}
	if id == "" {
		return
	}
	_, onRow := p.sh.win.Canvas().Focused().(*dragRow)
	moved, err := p.session.MoveStep(id, step)
	if !p.report(err) || !moved {
		return
	}
	switch {
	case onRow:
		p.focusRow(id)
	case p.session.Briefing().Topic(id) >= 0:
		p.selectTopic(id)
	default:
		p.selectExcerpt(id)
	}
}

// report shows err, if any, and reports whether there was none.
func (p *outlinePanel) report(err error) bool {
	if err != nil {
		p.sh.showError(err)
		return false
	}
	return true
}

// moveMenu offers the other topics for an excerpt.
func (p *outlinePanel) moveMenu(anchor fyne.CanvasObject, id string) {
	var items []*fyne.MenuItem
	for _, t := range p.session.Briefing().Topics {
		topic := t.ID
		items = append(items, fyne.NewMenuItem(fmt.Sprintf(lang.L("Move to %s"), briefing.Neutral(t.Title)), func() {
			if p.report(p.session.MoveExcerpt(id, topic)) {
				p.selectExcerpt(id)
			}
		}))
	}
	widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", items...), p.sh.win.Canvas(), fyne.NewPos(0, anchor.Size().Height), anchor)
}

func (p *outlinePanel) onAddTopic() {
	p.askTitle(lang.L("New topic"), lang.L("Add"), "", func(title string) {
		id, err := p.session.AddTopic(title)
		if p.report(err) {
			p.selectTopic(id)
			p.sh.say(fmt.Sprintf(lang.L("Added the topic “%s”."), title))
		}
	})
}

func (p *outlinePanel) onRename(id string) {
	b := p.session.Briefing()
	ti := b.Topic(id)
	if ti < 0 {
		return
	}
	p.askTitle(lang.L("Rename topic"), lang.L("Rename"), b.Topics[ti].Title, func(title string) {
		p.report(p.session.RenameTopic(id, title))
	})
}

// askTitle asks for a topic title, starting from current, and hands a
// non-empty answer to use.
func (p *outlinePanel) askTitle(heading, confirm, current string, use func(title string)) {
	entry := widget.NewEntry()
	entry.SetText(current)
	dialog.ShowForm(heading, confirm, lang.L("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("Title"), entry)}, func(ok bool) {
			if ok && entry.Text != "" {
				use(entry.Text)
			}
		}, p.sh.win)
	p.sh.win.Canvas().Focus(entry)
}

func (p *outlinePanel) onRemoveTopic(id string) {
	b := p.session.Briefing()
	ti := b.Topic(id)
	if ti < 0 {
		return
	}
	remove := func() { p.report(p.session.RemoveTopic(id)) }
	if n := len(b.Topics[ti].Excerpts); n > 0 || b.Topics[ti].Commentary != "" {
		dialog.ShowConfirm(lang.L("Remove topic"),
			fmt.Sprintf(lang.L("Remove “%s” with its %d excerpts and its commentary? Undo brings it back."), briefing.Neutral(b.Topics[ti].Title), n),
			func(ok bool) {
				if ok {
					remove()
				}
			}, p.sh.win)
		return
	}
	remove()
}

func (p *outlinePanel) onRemoveExcerpt(id string) {
	p.report(p.session.RemoveExcerpt(id))
}

// onEdit lets the user trim or rewrite an excerpt; the article's words stay
// recorded and can be restored.
func (p *outlinePanel) onEdit(id string) {
	b := p.session.Briefing()
	ti, pos := b.Find(id)
	if ti < 0 {
		return
	}
	e := b.Topics[ti].Excerpts[pos]
	entry := widget.NewMultiLineEntry()
	entry.Wrapping = fyne.TextWrapWord
	entry.SetText(e.Text)
	entry.SetMinRowsVisible(8)
	original := e.Text
	if e.Edited() {
		original = e.Original
	}
	orig := widget.NewLabel(original)
	orig.Wrapping = fyne.TextWrapWord
	orig.Importance = widget.LowImportance
	restore := widget.NewButtonWithIcon(lang.L("Restore original"), theme.ViewRefreshIcon(), func() { entry.SetText(original) })
	content := container.NewBorder(nil, container.NewVBox(widget.NewLabel(lang.L("Original")), orig, restore), nil, nil, entry)
	d := dialog.NewCustomConfirm(lang.L("Edit excerpt"), lang.L("Save"), lang.L("Cancel"), content, func(ok bool) {
		if ok && entry.Text != e.Text {
			p.report(p.session.EditExcerpt(id, entry.Text))
		}
	}, p.sh.win)
	d.Show()
	d.Resize(fyne.NewSize(720, 520))
	p.sh.win.Canvas().Focus(entry)
}

func preview(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
