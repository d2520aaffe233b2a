package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// outlinePanel shows the briefing's topics and their excerpts, one line
// each; the selected excerpt opens to its whole text and its tools. Topics
// collapse, Ctrl+F finds, and rows move by dragging, by their menus, or with
// Alt+Up and Alt+Down. Only the rows on screen are built, so a briefing of
// thousands of excerpts redraws as fast as a small one.
type outlinePanel struct {
	sh      *shell
	session *desk.Session
	list    *outlineList
	find    *field
	found   *widget.Label
	drop    *canvas.Rectangle // where a dragged row or paragraph would land
	probe   *outlineRow       // measures the selected row

	items     []outlineItem
	index     map[string]int  // item of each topic and excerpt shown
	collapsed map[string]bool // topics by id
	query     string          // what Ctrl+F looks for, folded
	matches   []int           // per topic, excerpts matching the query
	titles    map[string]string

	// selection: a topic id, or an excerpt id with its topic
	selTopic, selExcerpt string
	expandedAt           int     // item shown whole, or -1
	rowHeight            float32 // of a one-line row
	target               *dropTarget
	// a drag near the top (-1) or bottom (1) edge scrolls the outline
	edge      int
	scrolling bool
	dragAt    fyne.Position
	dragTopic bool

	onTopic       func(id string) // a topic, or an excerpt under it, was selected
	onExport      func()          // the export button
	onAssembleAll func()          // "assemble automatically"
}

func newOutlinePanel(sh *shell, s *desk.Session) *outlinePanel {
	return &outlinePanel{sh: sh, session: s, collapsed: map[string]bool{}, expandedAt: -1}
}

func (p *outlinePanel) build() fyne.CanvasObject {
	p.list = newOutlineList(func() int { return len(p.items) },
		func() fyne.CanvasObject { return newOutlineRow(p) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(p.items) {
				o.(*outlineRow).bind(p.items[i], i == p.expandedAt)
			}
		})
	p.list.OnSelected = p.onSelected
	p.list.onKey = p.onKey
	p.list.onResized = func(float32) { p.measureExpanded() }
	p.drop = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	p.drop.Hide()
	rows := container.NewStack(p.list, container.NewWithoutLayout(p.drop))
	p.rowHeight = oneLineHeight()
	p.probe = newOutlineRow(p)

	heading := widget.NewLabelWithStyle(lang.L("Briefing outline"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	export := widget.NewButtonWithIcon(lang.L("Export PDF…"), theme.DocumentSaveIcon(), func() { p.onExport() })
	export.Importance = widget.HighImportance
	p.find = newField(p.sh, false)
	p.find.SetPlaceHolder(lang.L("Find (Ctrl+F)"))
	p.find.OnChanged = func(string) { p.refresh() }
	p.find.onEscape = func() bool { // Escape empties the find first
		if p.find.Text == "" {
			return false
		}
		p.find.SetText("")
		return true
	}
	p.found = widget.NewLabel("")
	tools := container.NewHBox(
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { p.moveStep(-1) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { p.moveStep(+1) }),
		widget.NewButtonWithIcon(lang.L("Topic"), theme.ContentAddIcon(), p.onAddTopic),
		widget.NewButtonWithIcon(lang.L("Assemble automatically"), theme.MediaFastForwardIcon(), func() { p.onAssembleAll() }),
	)
	top := container.NewVBox(container.NewBorder(nil, nil, heading, export), container.NewBorder(nil, nil, tools, p.found, p.find))
	p.refresh()
	return container.NewBorder(top, nil, nil, nil, rows)
}

// subscribe redraws the outline after every change but typing, which
// changes nothing it shows.
func (p *outlinePanel) subscribe() (cancel func()) {
	return p.session.Subscribe(func(c desk.Change) {
		if c.Kind == desk.Replaced { // another briefing: nothing of this one stays chosen
			p.selTopic, p.selExcerpt = "", ""
			p.collapsed = map[string]bool{}
		}
		if c.Kind != desk.Typed && c.Kind != desk.Saved {
			p.refresh()
		}
	})
}

// refresh lists the rows again from the briefing; only those on screen are
// drawn again.
func (p *outlinePanel) refresh() {
	if p.list == nil {
		return
	}
	b := p.session.Briefing()
	p.query = strings.ToLower(strings.TrimSpace(p.find.Text))
	p.titles = make(map[string]string, len(b.Articles))
	for _, a := range b.Articles {
		p.titles[a.ID] = a.Title
	}
	if _, e := b.Find(p.selExcerpt); e < 0 {
		p.selExcerpt = ""
	}
	if b.Topic(p.selTopic) < 0 {
		p.selTopic = ""
	}
	p.items = p.items[:0]
	p.index = make(map[string]int, len(p.index))
	p.matches = make([]int, len(b.Topics))
	total := 0
	for ti, t := range b.Topics {
		head := len(p.items)
		p.add(outlineItem{kind: topicItem, topic: ti, id: t.ID})
		for i, e := range t.Excerpts {
			if p.query != "" && !p.matchesQuery(e) {
				continue
			}
			p.matches[ti]++
			if p.query == "" && p.collapsed[t.ID] {
				continue
			}
			p.add(outlineItem{kind: excerptItem, topic: ti, pos: i, id: e.ID})
		}
		total += p.matches[ti]
		switch {
		case p.query != "" && p.matches[ti] == 0 && !strings.Contains(strings.ToLower(t.Title), p.query):
			p.items = p.items[:head] // nothing found under this topic
			delete(p.index, t.ID)
		case p.query == "" && len(t.Excerpts) == 0:
			p.add(outlineItem{kind: hintItem, topic: ti, id: t.ID + "\x00hint"})
		}
	}
	p.found.SetText("")
	if p.query != "" {
		p.found.SetText(tr("%d found", total))
	}
	p.showSelection()
}

func (p *outlinePanel) add(it outlineItem) {
	p.index[it.id] = len(p.items)
	p.items = append(p.items, it)
}

// matchesQuery reports whether an excerpt's text or source has the query.
func (p *outlinePanel) matchesQuery(e briefing.Excerpt) bool {
	return strings.Contains(strings.ToLower(e.Text), p.query) ||
		strings.Contains(strings.ToLower(p.titles[e.Article]), p.query)
}

// sourceOf names the article an excerpt quotes, and says whether the
// excerpt was edited.
func (p *outlinePanel) sourceOf(e briefing.Excerpt) string {
	src := p.titles[e.Article]
	if e.Edited() {
		src = lang.L("edited") + " · " + src
	}
	return src
}

// showSelection selects the selected item's row in the list, opens it
// (an excerpt to its whole text, a topic to its buttons) and scrolls it into
// view.
func (p *outlinePanel) showSelection() {
	i, ok := p.index[p.selected()]
	if !ok {
		i = -1
	}
	if !p.setExpanded(i) {
		p.list.Refresh() // the rows changed even if no height did
	}
	if i < 0 {
		p.list.UnselectAll()
		return
	}
	sel := p.list.OnSelected
	p.list.OnSelected = nil // already selected here
	p.list.Select(i)
	p.list.OnSelected = sel
	p.list.ScrollTo(i)
}

// setExpanded gives item i (or none, for -1) the height of its open row and
// reports whether that redrew the list.
func (p *outlinePanel) setExpanded(i int) (redrawn bool) {
	if p.expandedAt >= 0 && p.expandedAt != i && p.list.heightOf(p.expandedAt, p.rowHeight) != p.rowHeight {
		p.list.setHeight(p.expandedAt, p.rowHeight)
		redrawn = true
	}
	p.expandedAt = i
	return p.measureExpanded() || redrawn
}

// measureExpanded sets the height of the open row for the list's width and
// reports whether it changed, which redraws the list.
func (p *outlinePanel) measureExpanded() bool {
	i := p.expandedAt
	if i < 0 || i >= len(p.items) {
		return false
	}
	w := p.list.Size().Width
	if w <= 0 {
		w = 400
	}
	p.probe.bind(p.items[i], true)
	h := p.probe.openHeight(w)
	if p.list.heightOf(i, p.rowHeight) == h {
		return false
	}
	p.list.setHeight(i, h)
	return true
}

// onSelected follows a row tapped in the list, or walked to.
func (p *outlinePanel) onSelected(i widget.ListItemID) {
	if i < 0 || i >= len(p.items) {
		return
	}
	switch it := p.items[i]; it.kind {
	case topicItem, hintItem:
		p.selectTopic(p.session.Briefing().Topics[it.topic].ID)
	case excerptItem:
		p.selectExcerpt(it.id)
	}
}

// selectExcerpt selects an excerpt, opens it and scrolls it into view; a
// collapsed topic opens, and a find that hides it is cleared.
func (p *outlinePanel) selectExcerpt(id string) {
	b := p.session.Briefing()
	ti, _ := b.Find(id)
	if ti < 0 {
		return
	}
	p.selExcerpt, p.selTopic = id, b.Topics[ti].ID
	if _, shown := p.index[id]; !shown {
		delete(p.collapsed, p.selTopic)
		if p.find.Text != "" {
			p.find.SetText("") // refreshes
		}
		p.refresh()
	} else {
		p.showSelection()
	}
	p.onTopic(p.selTopic)
}

func (p *outlinePanel) selectTopic(id string) {
	p.selTopic, p.selExcerpt = id, ""
	p.showSelection()
	p.onTopic(id)
}

// selected returns the id of the selected excerpt, or else topic.
func (p *outlinePanel) selected() string {
	if p.selExcerpt != "" {
		return p.selExcerpt
	}
	return p.selTopic
}

// toggle collapses or opens a topic.
func (p *outlinePanel) toggle(topic string) {
	if p.collapsed[topic] {
		delete(p.collapsed, topic)
	} else {
		p.collapsed[topic] = true
		if p.selExcerpt != "" {
			if ti, _ := p.session.Briefing().Find(p.selExcerpt); ti >= 0 && p.session.Briefing().Topics[ti].ID == topic {
				p.selTopic, p.selExcerpt = topic, ""
			}
		}
	}
	p.refresh()
}

// focusFind puts the keyboard in the find field (Ctrl+F).
func (p *outlinePanel) focusFind() {
	p.sh.win.Canvas().Focus(p.find)
}

// onKey handles keys on the outline: Up and Down walk it, Left and Right
// close and open topics, Space toggles one, Enter edits or renames, Delete
// removes. Alt+Up and Alt+Down (on the menu) move.
func (p *outlinePanel) onKey(e *fyne.KeyEvent) bool {
	i, ok := p.index[p.selected()]
	switch e.Name {
	case fyne.KeyUp, fyne.KeyDown:
		step := 1
		if e.Name == fyne.KeyUp {
			step = -1
		}
		if !ok {
			i = -step
			if step < 0 {
				i = len(p.items)
			}
		}
		for j := i + step; j >= 0 && j < len(p.items); j += step {
			if p.items[j].kind != hintItem {
				p.onSelected(j)
				break
			}
		}
	case fyne.KeyLeft, fyne.KeyRight, fyne.KeySpace:
		if p.selExcerpt != "" {
			if e.Name == fyne.KeyLeft {
				p.selectTopic(p.selTopic)
			}
			break
		}
		if p.selTopic != "" {
			closed := p.collapsed[p.selTopic]
			if e.Name == fyne.KeySpace || (e.Name == fyne.KeyLeft) != closed {
				p.toggle(p.selTopic)
			}
		}
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
	default:
		return false
	}
	return true
}
