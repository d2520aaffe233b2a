package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// assembleAll proposes paragraphs of the articles and accepts them all.
func assembleAll(t *testing.T, u *App, arts []*briefing.Article) {
	t.Helper()
	u.assemble(arts)
	u.sh.jobs.wait()
	if u.sh.reviewing == nil {
		t.Fatal("automatic assembly showed no review")
	}
	u.sh.reviewing.accept(true)
}

func TestAssemblyIsReviewedBeforeAnythingIsPlaced(t *testing.T) {
	u := start(t, "en")
	u.prefs.setPerTopic(2)
	u.assemble(u.lib.Articles())
	progress := false
	for _, o := range overlayObjects(u.sh.win.Canvas()) {
		if _, ok := o.(*widget.ProgressBar); ok {
			progress = true
		}
	}
	if !progress {
		t.Fatal("no progress shown while proposing")
	}
	u.sh.jobs.wait()
	r := u.sh.reviewing
	if r == nil {
		t.Fatal("no review list")
	}
	if u.briefing().ExcerptCount() != 0 || u.session.Dirty() {
		t.Fatal("proposals were placed before they were accepted")
	}
	per := map[string]int{}
	for _, p := range r.props {
		per[p.Topic]++
	}
	for topic, n := range per {
		if n > 2 {
			t.Errorf("%d proposals for %s with a limit of 2", n, topic)
		}
	}
	if len(r.props) < 2 {
		t.Fatalf("only %d proposals from the samples", len(r.props))
	}
	// Uncheck the first proposal and accept the rest.
	first := -1
	for i, row := range r.rows {
		if row.prop >= 0 {
			first = i
			break
		}
	}
	r.toggle(first)
	left := r.props[r.rows[first].prop]
	// Tapping a topic's heading checks or unchecks all its proposals, and
	// the boxes on screen follow.
	head := first - 1
	r.toggle(head)
	for _, o := range overlayObjects(u.sh.win.Canvas()) {
		if c, ok := o.(*escCheck); ok && c.Visible() && !c.Checked {
			t.Error("a box shows unchecked after its topic was checked")
			break
		}
	}
	r.toggle(head) // all off
	r.toggle(head) // all on again
	r.toggle(first)
	if want := fmt.Sprintf("%d of %d checked", len(r.props)-1, len(r.props)); r.count.Text != want {
		t.Errorf("count says %q, want %q", r.count.Text, want)
	}
	test.Tap(findButton(u.sh.win.Canvas(), "Accept checked"))
	if got, want := u.briefing().ExcerptCount(), len(r.props)-1; got != want {
		t.Errorf("%d excerpts placed, want %d", got, want)
	}
	if u.sh.reviewing != nil || u.sh.win.Canvas().Overlays().Top() != nil {
		t.Error("the review stayed open")
	}
	if u.undoItem.Label != "Undo assemble automatically" || !strings.HasPrefix(u.sh.status.label.Text, "Placed ") {
		t.Errorf("undo item %q, status %q", u.undoItem.Label, u.sh.status.label.Text)
	}
	// Proposing again offers only what is not placed yet; Escape dismisses.
	u.assemble(u.lib.Articles())
	u.sh.jobs.wait()
	again := u.sh.reviewing
	if again == nil {
		t.Fatal("proposing again showed no review")
	}
	offered := false
	for _, p := range again.props {
		if p.Article == left.Article && p.Section == left.Section && p.Paragraph == left.Paragraph {
			offered = true
		}
		if a := u.briefing().Article(p.Article); a != nil && u.briefing().PlacedIn(a)[[2]int{p.Section, p.Paragraph}] != "" {
			t.Errorf("a placed paragraph is proposed again: %q", p.Text)
		}
	}
	if !offered {
		t.Error("the unchecked proposal is not offered again")
	}
	// Escape reaches the window even from a check box that has the keyboard.
	var box *escCheck
	for _, o := range overlayObjects(u.sh.win.Canvas()) {
		if c, ok := o.(*escCheck); ok && box == nil {
			box = c
		}
	}
	if box == nil {
		t.Fatal("no check boxes in the review")
	}
	u.sh.win.Canvas().Focus(box)
	box.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.sh.reviewing != nil || u.briefing().ExcerptCount() != len(r.props)-1 {
		t.Error("Escape did not dismiss the review without placing anything")
	}
}

func TestAssemblyCancelled(t *testing.T) {
	u := start(t, "en")
	u.assemble(u.lib.Articles())
	test.Tap(findButton(u.sh.win.Canvas(), "Cancel"))
	u.sh.jobs.wait()
	if u.sh.reviewing != nil || u.briefing().ExcerptCount() != 0 {
		t.Error("a cancelled assembly went on")
	}
	if !strings.Contains(u.sh.status.label.Text, "cancelled") {
		t.Errorf("status %q", u.sh.status.label.Text)
	}
}

func TestReviewShowsTheWholeParagraph(t *testing.T) {
	u := start(t, "en")
	u.assemble(u.lib.Articles())
	u.sh.jobs.wait()
	r := u.sh.reviewing
	if r == nil {
		t.Fatal("no review")
	}
	for i, row := range r.rows {
		if row.prop < 0 {
			continue
		}
		r.list.Select(i)
		if got := r.preview.Text; got != r.props[row.prop].Text {
			t.Errorf("the preview shows %q", got)
		}
		if !r.rows[i].on {
			t.Error("choosing a row to read it unchecked it")
		}
		break
	}
}

func TestSearchMarksTheTitle(t *testing.T) {
	u := start(t, "en")
	u.library.search.SetText("shipyards")
	u.library.show(u.library.shown[0])
	marked := false
	for _, s := range u.reader.title.Segments {
		if ts := s.(*widget.TextSegment); ts.Style.ColorName == theme.ColorNamePrimary && strings.EqualFold(ts.Text, "shipyards") {
			marked = true
		}
	}
	if !marked {
		t.Error("the search word is not marked in the title")
	}
}
