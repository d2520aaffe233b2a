package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// What the user does to the outline's rows: moving them, their menus, and
// the dialogs that add, rename, remove and edit.

// moveStep moves the selected excerpt or topic one place up (-1) or down
// (+1), an excerpt across topic boundaries.
func (p *outlinePanel) moveStep(step int) {
	id := p.selected()
	if id == "" {
		return
	}
	moved, err := p.session.MoveStep(id, step)
	if !p.report(err) || !moved {
		return
	}
	if p.session.Briefing().Topic(id) >= 0 {
		p.selectTopic(id)
	} else {
		p.selectExcerpt(id)
	}
	p.sh.say(tr("Moved %s.", p.describe(id)))
}

// describe names an excerpt or topic for the status bar.
func (p *outlinePanel) describe(id string) string {
	b := p.session.Briefing()
	if ti := b.Topic(id); ti >= 0 {
		return tr("the topic “%s”", briefing.Neutral(b.Topics[ti].Title))
	}
	ti, pos := b.Find(id)
	if ti < 0 {
		return lang.L("the excerpt")
	}
	return tr("the excerpt to “%s” (%d of %d)", briefing.Neutral(b.Topics[ti].Title), pos+1, len(b.Topics[ti].Excerpts))
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
	widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", p.moveItems(id)...), p.sh.win.Canvas(), fyne.NewPos(0, anchor.Size().Height), anchor)
}

func (p *outlinePanel) moveItems(id string) []*fyne.MenuItem {
	var items []*fyne.MenuItem
	b := p.session.Briefing()
	own, _ := b.Find(id)
	for ti, t := range b.Topics {
		if ti == own {
			continue // not to the topic it is in
		}
		topic, title := t.ID, briefing.Neutral(t.Title)
		items = append(items, fyne.NewMenuItem(tr("Move to %s", title), func() {
			if p.report(p.session.MoveExcerpt(id, topic)) {
				p.selectExcerpt(id)
				p.sh.say(tr("Moved the excerpt to the end of “%s”.", title))
			}
		}))
	}
	return items
}

// rowMenu is the menu of a right-clicked row.
func (p *outlinePanel) rowMenu(it outlineItem, at fyne.Position) {
	var items []*fyne.MenuItem
	switch it.kind {
	case excerptItem:
		p.selectExcerpt(it.id)
		items = append(p.moveItems(it.id), fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.L("Edit"), func() { p.onEdit(it.id) }),
			fyne.NewMenuItem(lang.L("Remove"), func() { p.onRemoveExcerpt(it.id) }))
	default:
		id := p.session.Briefing().Topics[it.topic].ID
		p.selectTopic(id)
		fold := lang.L("Collapse")
		if p.collapsed[id] {
			fold = lang.L("Expand")
		}
		items = []*fyne.MenuItem{
			fyne.NewMenuItem(fold, func() { p.toggle(id) }),
			fyne.NewMenuItem(lang.L("Rename"), func() { p.onRename(id) }),
			fyne.NewMenuItem(lang.L("Remove"), func() { p.onRemoveTopic(id) }),
		}
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), p.sh.win.Canvas(), at)
}

func (p *outlinePanel) onAddTopic() {
	p.askTitle(lang.L("New topic"), lang.L("Add"), "", func(title string) {
		id, err := p.session.AddTopic(title)
		if p.report(err) {
			p.selectTopic(id)
			p.sh.say(tr("Added the topic “%s”.", title))
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
		if p.report(p.session.RenameTopic(id, title)) {
			p.sh.say(tr("Renamed the topic to “%s”.", title))
		}
	})
}

// askTitle asks for a topic title, starting from current, and hands a
// non-empty answer to use.
func (p *outlinePanel) askTitle(heading, confirm, current string, use func(title string)) {
	entry := newField(p.sh, false)
	entry.SetText(current)
	d := dialog.NewForm(heading, confirm, lang.L("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("Title"), entry)}, func(ok bool) {
			if ok && strings.TrimSpace(entry.Text) != "" {
				use(entry.Text)
			}
		}, p.sh.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	p.sh.show(d)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	p.sh.win.Canvas().Focus(entry)
}

func (p *outlinePanel) onRemoveTopic(id string) {
	b := p.session.Briefing()
	ti := b.Topic(id)
	if ti < 0 {
		return
	}
	title := briefing.Neutral(b.Topics[ti].Title)
	remove := func() {
		if p.report(p.session.RemoveTopic(id)) {
			p.sh.say(tr("Removed the topic “%s”. Undo brings it back.", title))
		}
	}
	if n := len(b.Topics[ti].Excerpts); n > 0 || b.Topics[ti].Commentary != "" {
		d := dialog.NewCustomConfirm(lang.L("Remove topic"), lang.L("Remove"), lang.L("Cancel"),
			widgetLabel(tr("Remove “%s” with its %d excerpts and its commentary? Undo brings it back.", title, n)),
			func(ok bool) {
				if ok {
					remove()
				}
			}, p.sh.win)
		p.sh.show(d)
		d.Resize(fyne.NewSize(520, d.MinSize().Height))
		return
	}
	remove()
}

// onRemoveExcerpt removes an excerpt and selects the one that took its
// place, so that Delete can be pressed again.
func (p *outlinePanel) onRemoveExcerpt(id string) {
	b := p.session.Briefing()
	ti, pos := b.Find(id)
	if ti < 0 {
		return
	}
	t := b.Topics[ti]
	if !p.report(p.session.RemoveExcerpt(id)) {
		return
	}
	switch {
	case pos+1 < len(t.Excerpts):
		p.selectExcerpt(t.Excerpts[pos+1].ID)
	case pos > 0:
		p.selectExcerpt(t.Excerpts[pos-1].ID)
	default:
		p.selectTopic(t.ID)
	}
	p.sh.say(tr("Removed an excerpt from “%s”. Undo brings it back.", briefing.Neutral(t.Title)))
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
	entry := newField(p.sh, true)
	entry.SetText(e.Text)
	entry.SetMinRowsVisible(8)
	lines := strings.Split(e.Text, "\n") // the cursor at the end, where trimming starts
	entry.CursorRow, entry.CursorColumn = len(lines)-1, len([]rune(lines[len(lines)-1]))
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
		if ok && entry.Text != e.Text && p.report(p.session.EditExcerpt(id, entry.Text)) {
			p.sh.say(lang.L("Changed the excerpt's text."))
		}
	}, p.sh.win)
	p.sh.show(d)
	d.Resize(fyne.NewSize(720, 520))
	p.sh.win.Canvas().Focus(entry)
}
