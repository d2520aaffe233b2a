package ui

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestHandoutStyleIsOneUndoStep chooses the report style in the details
// form: the briefing's style changes as one undoable step, the form follows
// undo and redo, and the choice is remembered for the next briefing.
func TestHandoutStyleIsOneUndoStep(t *testing.T) {
	u := start(t, "en")
	readExercise(t, u, [2]int{0, 0}) // a step of its own before the style
	before := u.briefing().Details
	if before.Style != "" || u.editor.style.SelectedIndex() != 0 {
		t.Fatalf("a new briefing has style %q, the form shows option %d", before.Style, u.editor.style.SelectedIndex())
	}
	u.editor.style.SetSelectedIndex(1)
	after := before
	after.Style = briefing.StyleReport
	if got := u.briefing().Details; got != after {
		t.Fatalf("after choosing the report style the details are %+v", got)
	}
	if u.undoItem.Label != "Undo edit details" {
		t.Errorf("the undo item says %q", u.undoItem.Label)
	}
	if u.prefs.style() != briefing.StyleReport {
		t.Error("the style is not remembered for the next briefing")
	}
	u.undo()
	if got := u.briefing(); got.Details != before || got.ExcerptCount() != 1 {
		t.Errorf("one undo should take back the style only: %+v, %d excerpts", got.Details, got.ExcerptCount())
	}
	if u.editor.style.SelectedIndex() != 0 {
		t.Errorf("after undo the form shows option %d", u.editor.style.SelectedIndex())
	}
	u.redo()
	if u.briefing().Details.Style != briefing.StyleReport || u.editor.style.SelectedIndex() != 1 {
		t.Errorf("after redo: style %q, option %d", u.briefing().Details.Style, u.editor.style.SelectedIndex())
	}
	if next := u.newBriefing(u.session.Templates()); next.Details.Style != briefing.StyleReport {
		t.Errorf("a new briefing has style %q, want the remembered report", next.Details.Style)
	}
}

// TestTopicChoicesInDetails sets the declassification notice, topic pages
// and empty topics in the form, and checks that the briefing's defaults
// stay unwritten while other fields change.
func TestTopicChoicesInDetails(t *testing.T) {
	u := start(t, "ko")
	test.Type(u.editor.title, " 주간")
	if d := u.briefing().Details; d.Style != "" || d.EmptyTopics != "" || d.TopicPages || d.Declassify != "" {
		t.Fatalf("typing the title changed the handout choices: %+v", d)
	}
	test.Type(u.editor.declassify, "2027. 12. 31.까지 대외비")
	test.Tap(u.editor.topicPages)
	u.editor.emptyTopics.SetSelectedIndex(1)
	d := u.briefing().Details
	if d.Declassify != "2027. 12. 31.까지 대외비" || !d.TopicPages || d.EmptyTopics != briefing.EmptyTopicOmit || d.Style != "" {
		t.Fatalf("details after the form: %+v", d)
	}
	u.editor.emptyTopics.SetSelectedIndex(0)
	if got := u.briefing().Details.EmptyTopics; got != briefing.EmptyTopicLine {
		t.Errorf("choosing one line again: %q", got)
	}
	// Undo and redo show in the form what the briefing holds.
	u.undo()
	if d := u.briefing().Details; d.TopicPages || d.Declassify != "" || u.editor.topicPages.Checked || u.editor.declassify.Text != "" {
		t.Errorf("after undo: %+v; the form shows %v, %q", d, u.editor.topicPages.Checked, u.editor.declassify.Text)
	}
	u.redo()
	if !u.editor.topicPages.Checked || u.editor.declassify.Text != "2027. 12. 31.까지 대외비" || u.editor.emptyTopics.SelectedIndex() != 0 {
		t.Errorf("after redo the form shows %v, %q, option %d", u.editor.topicPages.Checked, u.editor.declassify.Text, u.editor.emptyTopics.SelectedIndex())
	}
	if u.editor.style.Options[1] != "보고서" || u.editor.emptyTopics.Options[1] != "생략" {
		t.Errorf("the choices are not in Korean: %q, %q", u.editor.style.Options, u.editor.emptyTopics.Options)
	}
}

// TestDefaultStyleInPreferences chooses the report style in Preferences:
// new briefings take it; the open one keeps its own.
func TestDefaultStyleInPreferences(t *testing.T) {
	u := start(t, "en")
	u.showPreferences()
	c := u.sh.win.Canvas()
	var style *widget.Select
	for _, o := range overlayObjects(c) {
		if s, ok := o.(*widget.Select); ok && slices.Equal(s.Options, styleNames()) {
			style = s
		}
	}
	if style == nil {
		t.Fatal("Preferences have no handout style")
	}
	style.SetSelectedIndex(1)
	test.Tap(findButton(c, "Save"))
	if u.prefs.style() != briefing.StyleReport || u.briefing().Details.Style != "" {
		t.Errorf("remembered %q; the open briefing's style became %q", u.prefs.style(), u.briefing().Details.Style)
	}
	u.newFile()
	if got := u.briefing().Details.Style; got != briefing.StyleReport {
		t.Errorf("a new briefing has style %q", got)
	}
	u.prefs.setStyle(briefing.StyleBriefing)
	if u.prefs.style() != "" || u.prefs.p.String("style") != "" {
		t.Errorf("the briefing style is remembered as %q", u.prefs.p.String("style"))
	}
}

// TestPreferencesForgetWhatWasLearned places a paragraph, sees it counted
// in Preferences, and forgets it there.
func TestPreferencesForgetWhatWasLearned(t *testing.T) {
	u := start(t, "en")
	a := &briefing.Article{Title: "Test", Language: "en", Sections: []briefing.Section{{Paragraphs: []string{
		"The allies held a combined exercise.", "Markets closed higher."}}}}
	a.AssignID()
	if _, err := u.session.AddParagraph("defense", a, 0, 0); err != nil {
		t.Fatal(err)
	}
	if u.session.Learned() == 0 {
		t.Fatal("the window's session learned nothing from a placement")
	}
	u.showPreferences()
	c := u.sh.win.Canvas()
	want := fmt.Sprintf("Learned from %d of your placements, moves and removals.", u.session.Learned())
	if findLabel(c, want) == "" {
		t.Fatalf("Preferences do not say %q", want)
	}
	test.Tap(findButton(c, "Forget what the suggestions learned"))
	test.Tap(findButton(c, "Yes"))
	if u.session.Learned() != 0 {
		t.Errorf("%d examples left after forgetting", u.session.Learned())
	}
}
