package briefing

// History gives undo and redo over a briefing. Every change goes through Do,
// which records the state before it; briefings are small, so whole snapshots
// are simpler and safer than inverse operations.
type History struct {
	current *Briefing
	undo    []*Briefing
	redo    []*Briefing
	limit   int
}

// NewHistory starts a history at b, keeping at most limit undo steps.
func NewHistory(b *Briefing, limit int) *History {
	return &History{current: b, limit: limit}
}

// Current returns the briefing as it stands. Callers must not modify it
// except through Do.
func (h *History) Current() *Briefing { return h.current }

// Do applies change to a copy of the current briefing. If change fails, the
// briefing is left as it was and the error returned.
func (h *History) Do(change func(b *Briefing) error) error {
	next := h.current.Clone()
	if err := change(next); err != nil {
		return err
	}
	h.undo = append(h.undo, h.current)
	if h.limit > 0 && len(h.undo) > h.limit {
		h.undo = h.undo[1:]
	}
	h.redo = nil
	h.current = next
	return nil
}

// CanUndo reports whether there is a change to undo.
func (h *History) CanUndo() bool { return len(h.undo) > 0 }

// CanRedo reports whether there is an undone change to redo.
func (h *History) CanRedo() bool { return len(h.redo) > 0 }

// Undo goes back one change and reports whether there was one.
func (h *History) Undo() bool {
	if len(h.undo) == 0 {
		return false
	}
	h.redo = append(h.redo, h.current)
	h.current = h.undo[len(h.undo)-1]
	h.undo = h.undo[:len(h.undo)-1]
	return true
}

// Redo repeats the last undone change and reports whether there was one.
func (h *History) Redo() bool {
	if len(h.redo) == 0 {
		return false
	}
	h.undo = append(h.undo, h.current)
	h.current = h.redo[len(h.redo)-1]
	h.redo = h.redo[:len(h.redo)-1]
	return true
}

// Amend applies change to the current briefing without adding an undo step:
// the change joins the last one. Typing uses it, so that a sentence is
// undone at once rather than letter by letter. Without a step to join, it
// behaves like Do.
func (h *History) Amend(change func(b *Briefing) error) error {
	if len(h.undo) == 0 {
		return h.Do(change)
	}
	next := h.current.Clone()
	if err := change(next); err != nil {
		return err
	}
	h.redo = nil
	h.current = next
	return nil
}
