package ui

import "github.com/briefdesk/briefdesk/briefing"

// moveUp moves the selected excerpt up within its topic (into the end of the
// previous topic from the top), or the selected topic up.
func (u *App) moveUp() { u.moveSelection(-1) }

// moveDown is the reverse of moveUp.
func (u *App) moveDown() { u.moveSelection(+1) }

func (u *App) moveSelection(step int) {
	b := u.briefing()
	o := u.outline
	// Keep the keyboard on the moved row if it was there; leave a text
	// field's focus alone.
	_, onRow := u.win.Canvas().Focused().(*dragRow)
	reselect := func(id string) {
		if onRow {
			o.focusRow(id)
		} else if b.Topic(id) >= 0 {
			o.selectTopic(id)
		} else {
			o.selectExcerpt(id)
		}
	}
	if o.selExcerpt != "" {
		ti, pos := b.Find(o.selExcerpt)
		if ti < 0 {
			return
		}
		topic, to := b.Topics[ti].ID, pos+step
		switch {
		case to < 0 && ti > 0:
			topic, to = b.Topics[ti-1].ID, -1
		case to >= len(b.Topics[ti].Excerpts) && ti+1 < len(b.Topics):
			topic, to = b.Topics[ti+1].ID, 0
		case to < 0 || to >= len(b.Topics[ti].Excerpts):
			return
		}
		id := o.selExcerpt
		u.change(func(b *briefing.Briefing) error { return b.MoveExcerpt(id, topic, to) })
		reselect(id)
		return
	}
	if o.selTopic != "" {
		ti := b.Topic(o.selTopic)
		to := ti + step
		if ti < 0 || to < 0 || to >= len(b.Topics) {
			return
		}
		id := o.selTopic
		u.change(func(b *briefing.Briefing) error { return b.MoveTopic(id, to) })
		reselect(id)
	}
}
