package ui

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
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
