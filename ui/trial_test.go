package ui

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// escape presses Escape where the keyboard is: in a field, or the window.
func escape(u *App) {
	ev := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if f := u.sh.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	u.sh.win.Canvas().OnTypedKey()(ev)
}

// TestEscapeClosesDialogs opens the window's dialogs and presses Escape,
// with the keyboard in the dialog's text field where it has one.
func TestEscapeClosesDialogs(t *testing.T) {
	u := start(t, "en")
	readExercise(t, u, [2]int{0, 0})
	for name, open := range map[string]func(){
		"error":       func() { u.sh.showError(errors.New("boom")) },
		"new topic":   u.outline.onAddTopic,
		"edit":        func() { u.outline.onEdit(u.briefing().Topics[1].Excerpts[0].ID) },
		"preferences": u.showPreferences,
		"address":     u.importAddresses,
		"paste":       u.pasteArticle,
	} {
		open()
		c := u.sh.win.Canvas()
		if c.Overlays().Top() == nil {
			t.Fatalf("%s: no dialog", name)
		}
		escape(u)
		if c.Overlays().Top() != nil {
			t.Errorf("%s: Escape left the dialog open", name)
			for c.Overlays().Top() != nil {
				c.Overlays().Remove(c.Overlays().Top())
			}
		}
	}
	if len(u.sh.escapes) != 0 {
		t.Errorf("%d Escape handlers left", len(u.sh.escapes))
	}
	if u.briefing().ExcerptCount() != 1 || len(u.briefing().Topics) != 4 {
		t.Error("a cancelled dialog changed the briefing")
	}
}

func TestEnterAddsTheTopic(t *testing.T) {
	u := start(t, "en")
	u.outline.onAddTopic()
	f, ok := u.sh.win.Canvas().Focused().(*field)
	if !ok {
		t.Fatal("the new-topic field does not have the keyboard")
	}
	f.SetText("Cyber")
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if n := len(u.briefing().Topics); n != 5 || u.briefing().Topics[4].Title != "Cyber" {
		t.Errorf("Enter did not add the topic: %d topics", n)
	}
}

func TestOutlineLeftovers(t *testing.T) {
	u := start(t, "en")
	readExercise(t, u, [2]int{0, 0}, [2]int{1, 0})
	p := u.outline
	ex := u.briefing().Topics[1].Excerpts[0].ID
	// Escape in the find field empties it first.
	p.find.SetText("xyz")
	p.find.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if p.find.Text != "" || p.count(excerptItem) != 2 {
		t.Errorf("Escape left the find %q", p.find.Text)
	}
	// The move menu offers the other topics only.
	for _, it := range p.moveItems(ex) {
		if strings.Contains(it.Label, "Combined defense") {
			t.Error("the move menu offers the excerpt's own topic")
		}
	}
	if got := len(p.moveItems(ex)); got != 3 {
		t.Errorf("%d topics to move to, want 3", got)
	}
	// A row that showed an excerpt and then the hint of an empty topic
	// shows nothing at its side.
	row := newOutlineRow(p)
	row.bind(p.items[p.index[ex]], false)
	row.Resize(fyne.NewSize(400, p.rowHeight))
	row.bind(p.items[p.index["future\x00hint"]], false)
	row.Resize(fyne.NewSize(401, p.rowHeight))
	if row.side.Text != "" {
		t.Errorf("the hint row shows %q beside it", row.side.Text)
	}
	// Dropping a paragraph that is already there selects it and says so.
	p.selectTopic("status")
	u.reader.onDrag(rowPoint(t, u, "status", 0.5))
	u.reader.onDropParagraph(u.reader.current(), 1, 0)
	if u.sh.win.Canvas().Overlays().Top() != nil || !strings.Contains(u.sh.status.label.Text, "already in the briefing") {
		t.Errorf("dropping a placed paragraph: status %q", u.sh.status.label.Text)
	}
	if p.selExcerpt == "" {
		t.Error("the placed paragraph's excerpt is not selected")
	}
	// A new briefing keeps nothing of the old one's selection.
	u.session.Replace(u.newBriefing(u.session.Templates()), "")
	if p.selTopic != "" || p.selExcerpt != "" {
		t.Errorf("after New the outline still selects %q/%q", p.selTopic, p.selExcerpt)
	}
}
