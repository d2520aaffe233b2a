package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestTapSelectsOutlineRow taps a row where the window finds it: the row
// takes right-clicks, so the window hands it the tap rather than the list.
func TestTapSelectsOutlineRow(t *testing.T) {
	u := start(t, "en")
	readExercise(t, u, [2]int{0, 0}, [2]int{1, 0})
	ex := u.briefing().Topics[1].Excerpts
	at := rowPoint(t, u, ex[1].ID, 0.5)
	var row *outlineRow
	for _, o := range objectsUnder(u.outline.list) {
		if r, ok := o.(*outlineRow); ok && r.item.id == ex[1].ID {
			row = r
		}
	}
	if row == nil {
		t.Fatal("the excerpt has no row on screen")
	}
	var _ fyne.SecondaryTappable = row // what makes the window pick the row
	row.Tapped(&fyne.PointEvent{AbsolutePosition: at})
	if u.outline.selExcerpt != ex[1].ID {
		t.Fatalf("tapping the row of %s selected %q", ex[1].ID, u.outline.selExcerpt)
	}
	if u.sh.win.Canvas().Focused() != u.outline.list {
		t.Error("a tapped row does not give the outline the keyboard")
	}
}
