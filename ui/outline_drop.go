package ui

import (
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/briefdesk/briefdesk/briefing"
)

// dropTarget is where something dragged over the outline would land: before
// position pos of a topic's excerpts (-1 for the end) or, for a dragged
// topic, before the topic ("" for the end); and the line in the list's
// content where the indicator shows it.
type dropTarget struct {
	topic string
	pos   int
	y     float32
}

// targetAt finds the drop target under an absolute point; topics (forTopic)
// land on a topic's heading, anything else between excerpts.
func (p *outlinePanel) targetAt(at fyne.Position, forTopic bool) (dropTarget, bool) {
	b := p.session.Briefing()
	if p.list == nil || len(p.items) == 0 {
		return dropTarget{}, false
	}
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.list)
	rel := at.Subtract(origin)
	size := p.list.Size()
	if rel.X < 0 || rel.Y < 0 || rel.X > size.Width || rel.Y > size.Height {
		return dropTarget{}, false
	}
	y := rel.Y + p.list.GetScrollOffset()
	gap := p.gap()
	if end := p.offsetOf(len(p.items)) - gap; forTopic && y >= end {
		return dropTarget{y: end}, true // below the last row: the end
	}
	top := float32(0)
	for i, it := range p.items {
		h := p.rowHeight
		if i == p.expandedAt {
			h = p.list.heightOf(i, h)
		}
		if y >= top+h+gap && i < len(p.items)-1 {
			top += h + gap
			continue
		}
		t := b.Topics[it.topic]
		if forTopic {
			head := p.index[t.ID]
			return dropTarget{topic: t.ID, y: p.offsetOf(head)}, true
		}
		switch it.kind {
		case topicItem:
			if p.collapsed[t.ID] && p.query == "" {
				return dropTarget{topic: t.ID, pos: -1, y: top + h}, true
			}
			return dropTarget{topic: t.ID, pos: 0, y: top + h}, true
		case hintItem:
			return dropTarget{topic: t.ID, pos: 0, y: top}, true
		default:
			if y > top+h/2 {
				return dropTarget{topic: t.ID, pos: it.pos + 1, y: top + h}, true
			}
			return dropTarget{topic: t.ID, pos: it.pos, y: top}, true
		}
	}
	return dropTarget{}, false
}

// offsetOf returns the top of item i in the list's content.
func (p *outlinePanel) offsetOf(i int) float32 {
	gap := p.gap()
	y := float32(i) * (p.rowHeight + gap)
	if p.expandedAt >= 0 && p.expandedAt < i {
		y += p.list.heightOf(p.expandedAt, p.rowHeight) - p.rowHeight
	}
	return y
}

// dragOver shows where a drop at an absolute point would land, and scrolls
// the outline when the pointer is near its top or bottom edge.
func (p *outlinePanel) dragOver(at fyne.Position, forTopic bool) {
	p.dragTopic = forTopic
	p.autoScroll(at)
	t, ok := p.targetAt(at, forTopic)
	if !ok {
		p.target = nil
		p.drop.Hide()
		return
	}
	p.target = &t
	w := p.list.Size().Width
	y := t.y - p.list.GetScrollOffset() - 1
	y = max(0, min(y, p.list.Size().Height-3)) // on the list, never over what is below it
	p.drop.Move(fyne.NewPos(0, y))
	p.drop.Resize(fyne.NewSize(w, 3))
	p.drop.Show()
	p.drop.Refresh()
}

// autoScroll scrolls the outline, a row at a time for as long as the drag
// stays there, when a drag is within a row of its top or bottom edge, so
// that a topic off screen can be reached.
func (p *outlinePanel) autoScroll(at fyne.Position) {
	p.dragAt = at
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.list)
	rel := at.Subtract(origin)
	size := p.list.Size()
	p.edge = 0
	if rel.X >= 0 && rel.X <= size.Width {
		switch {
		case rel.Y >= size.Height-p.rowHeight && rel.Y <= size.Height+p.rowHeight:
			p.edge = 1
		case rel.Y <= p.rowHeight && rel.Y >= -p.rowHeight:
			p.edge = -1
		}
	}
	if p.edge != 0 && !p.scrolling {
		p.scrolling = true
		p.scrollStep()
	}
}

// scrollStep scrolls a row towards the edge the drag is at, and again a
// moment later while it stays there.
func (p *outlinePanel) scrollStep() {
	if p.edge == 0 {
		p.scrolling = false
		return
	}
	p.list.ScrollToOffset(max(0, p.list.GetScrollOffset()+float32(p.edge)*p.rowHeight))
	time.AfterFunc(80*time.Millisecond, func() {
		p.sh.jobs.do(func() {
			if p.edge != 0 {
				p.dragOver(p.dragAt, p.dragTopic) // the line follows the rows
			}
			p.scrollStep()
		})
	})
}

// endDrag hides the indicator and returns where the drop lands, if anywhere.
func (p *outlinePanel) endDrag() (dropTarget, bool) {
	p.edge = 0 // stops scrolling
	p.drop.Hide()
	t := p.target
	p.target = nil
	if t == nil {
		return dropTarget{}, false
	}
	return *t, true
}

// dropRow moves a dragged excerpt or topic to the indicated place.
func (p *outlinePanel) dropRow(it outlineItem) {
	t, ok := p.endDrag()
	if !ok {
		return
	}
	if it.kind == topicItem {
		id := p.session.Briefing().Topics[it.topic].ID
		before := p.session.Briefing()
		if t.topic != id && p.report(p.session.DropTopic(id, t.topic)) && p.session.Briefing() != before {
			p.selectTopic(id)
			p.sh.say(tr("Moved %s.", p.describe(id)))
		}
		return
	}
	before := p.session.Briefing()
	if p.report(p.session.DropExcerpt(it.id, t.topic, t.pos)) && p.session.Briefing() != before {
		p.selectExcerpt(it.id)
		p.sh.say(tr("Moved %s.", p.describe(it.id)))
	}
}

// dropParagraph quotes a paragraph of an article where it was dropped.
func (p *outlinePanel) dropParagraph(a *briefing.Article, si, pi int) {
	t, ok := p.endDrag()
	if !ok || a == nil {
		return
	}
	id, err := p.session.DropParagraph(t.topic, a, si, pi, t.pos)
	if errors.Is(err, briefing.ErrAlreadyPlaced) { // not an error: show where it is
		if placed := p.session.Briefing().PlacedIn(a)[[2]int{si, pi}]; placed != "" {
			p.selectExcerpt(placed)
		}
		p.sh.say(lang.L("That paragraph is already in the briefing; it is selected in the outline."))
		return
	}
	if p.report(err) {
		p.selectExcerpt(id)
		p.sh.say(tr("Added to %s.", p.session.TopicTitle(t.topic)))
	}
}

// dropSection quotes the paragraphs of a section not yet in the briefing
// where the section was dropped.
func (p *outlinePanel) dropSection(a *briefing.Article, si int) {
	t, ok := p.endDrag()
	if !ok || a == nil {
		return
	}
	n, err := p.session.DropSection(t.topic, a, si, t.pos)
	if p.report(err) {
		p.sh.say(tr("Added %d paragraphs of the section to %s.", n, p.session.TopicTitle(t.topic)))
	}
}

// gap returns the space the list leaves between rows.
func (p *outlinePanel) gap() float32 {
	return p.list.Theme().Size(theme.SizeNamePadding)
}

// heightOf returns the height set for item i, or def.
func (l *outlineList) heightOf(i int, def float32) float32 {
	if h, ok := l.heights[i]; ok {
		return h
	}
	return def
}
