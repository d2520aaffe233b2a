package briefing

// History gives undo and redo over a briefing. Every change goes through Do,
// which records the state before it under the change's name; briefings are
// copied on change (a step shares every article and every untouched topic
// with the one before), so whole states are simpler and safer than inverse
// operations.
type History struct {
	current *Briefing
	name    string // of the change that made current
	undo    []step
	redo    []step
	limit   int
}

// step is a state of the briefing and the name of the change that made it.
type step struct {
	b    *Briefing
	name string
}

// NewHistory starts a history at b, keeping at most limit undo steps.
func NewHistory(b *Briefing, limit int) *History {
	return &History{current: b, limit: limit}
}

// Current returns the briefing as it stands. Callers must not modify it
// except through Do.
func (h *History) Current() *Briefing { return h.current }

// Do applies change to a copy of the current briefing and records it as one
// step called name. If change fails, the briefing is left as it was and the
// error returned; if it leaves the briefing as it was (an excerpt dropped
// where it already is), no step is recorded and Current stays the same.
func (h *History) Do(name string, change func(b *Briefing) error) error {
	next := h.current.Clone()
	if err := change(next); err != nil {
		return err
	}
	if next.Equal(h.current) {
		return nil
	}
	h.undo = append(h.undo, step{h.current, h.name})
	if h.limit > 0 && len(h.undo) > h.limit {
		h.undo = h.undo[1:]
	}
	h.redo = nil
	h.current, h.name = next, name
	return nil
}

// CanUndo reports whether there is a change to undo.
func (h *History) CanUndo() bool { return len(h.undo) > 0 }

// CanRedo reports whether there is an undone change to redo.
func (h *History) CanRedo() bool { return len(h.redo) > 0 }

// UndoName returns the name of the change Undo would take back, or "".
func (h *History) UndoName() string {
	if len(h.undo) == 0 {
		return ""
	}
	return h.name
}

// RedoName returns the name of the change Redo would repeat, or "".
func (h *History) RedoName() string {
	if len(h.redo) == 0 {
		return ""
	}
	return h.redo[len(h.redo)-1].name
}

// Undo goes back one change and reports whether there was one.
func (h *History) Undo() bool {
	if len(h.undo) == 0 {
		return false
	}
	h.redo = append(h.redo, step{h.current, h.name})
	last := h.undo[len(h.undo)-1]
	h.current, h.name = last.b, last.name
	h.undo = h.undo[:len(h.undo)-1]
	return true
}

// Redo repeats the last undone change and reports whether there was one.
func (h *History) Redo() bool {
	if len(h.redo) == 0 {
		return false
	}
	h.undo = append(h.undo, step{h.current, h.name})
	next := h.redo[len(h.redo)-1]
	h.current, h.name = next.b, next.name
	h.redo = h.redo[:len(h.redo)-1]
	return true
}

// Amend applies change to the current briefing without adding an undo step:
// the change joins the last one, which keeps its name. Typing uses it, so
// that a sentence is undone at once rather than letter by letter. Without a
// step to join, it behaves like Do with the given name.
func (h *History) Amend(name string, change func(b *Briefing) error) error {
	if len(h.undo) == 0 {
		return h.Do(name, change)
	}
	next := h.current.Clone()
	if err := change(next); err != nil {
		return err
	}
	if next.Equal(h.current) {
		return nil
	}
	h.redo = nil
	if last := h.undo[len(h.undo)-1]; next.Equal(last.b) {
		// Typed and taken back in one burst: the step is gone.
		h.current, h.name = last.b, last.name
		h.undo = h.undo[:len(h.undo)-1]
		return nil
	}
	h.current = next
	return nil
}
