package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// count returns the number of rows of a kind the outline lists.
func (p *outlinePanel) count(k itemKind) int {
	n := 0
	for _, it := range p.items {
		if it.kind == k {
			n++
		}
	}
	return n
}

// rowPoint returns the absolute point at a fraction of the height of the
// row of an excerpt or topic, scrolling it into view first.
func rowPoint(t *testing.T, u *App, id string, frac float32) fyne.Position {
	t.Helper()
	p := u.outline
	i, ok := p.index[id]
	if !ok {
		t.Fatalf("%s has no row", id)
	}
	p.list.ScrollTo(i)
	h := p.list.heightOf(i, p.rowHeight)
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.list)
	return origin.Add(fyne.NewPos(20, p.offsetOf(i)-p.list.GetScrollOffset()+frac*h))
}

// dragRowTo drags the row of an excerpt or topic to a point.
func dragRowTo(t *testing.T, u *App, id string, at fyne.Position) {
	t.Helper()
	it := u.outline.items[u.outline.index[id]]
	row := newOutlineRow(u.outline)
	row.bind(it, false)
	row.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: at}})
	if u.outline.drop.Hidden {
		t.Error("no drop indicator while dragging over the outline")
	}
	row.DragEnd()
	if !u.outline.drop.Hidden {
		t.Error("the drop indicator stays after the drop")
	}
}

func TestDragExcerptToAnotherPlace(t *testing.T) {
	u := start(t, "en")
	readExercise(t, u, [2]int{0, 0}, [2]int{1, 0})
	b := u.briefing()
	ids := []string{b.Topics[1].Excerpts[0].ID, b.Topics[1].Excerpts[1].ID}
	// The second excerpt onto the upper half of the first one.
	dragRowTo(t, u, ids[1], rowPoint(t, u, ids[0], 0.25))
	if got := u.briefing().Topics[1].Excerpts[0].ID; got != ids[1] {
		t.Fatalf("after the drop the first excerpt is %s, want %s", got, ids[1])
	}
	if u.outline.selExcerpt != ids[1] || !strings.HasPrefix(u.sh.status.label.Text, "Moved the excerpt") {
		t.Errorf("the moved excerpt is not selected (%q) or the status says %q", u.outline.selExcerpt, u.sh.status.label.Text)
	}
	// Onto the heading of the first topic: it moves to its top.
	dragRowTo(t, u, ids[1], rowPoint(t, u, "status", 0.5))
	if ti, _ := u.briefing().Find(ids[1]); u.briefing().Topics[ti].ID != "status" {
		t.Errorf("excerpt dropped on a topic heading did not move there")
	}
	// Dropped where it is: nothing changes and no step is added.
	steps := u.session.UndoName()
	before := u.briefing()
	dragRowTo(t, u, ids[1], rowPoint(t, u, ids[1], 0.25))
	if u.briefing() != before || u.session.UndoName() != steps {
		t.Error("a drop in place changed the briefing")
	}
	// A topic dragged onto another's heading lands before it, up or down;
	// below the last row it goes to the end.
	order := func() string {
		var ids []string
		for _, tp := range u.briefing().Topics {
			ids = append(ids, tp.ID)
		}
		return strings.Join(ids, " ")
	}
	dragRowTo(t, u, "future", rowPoint(t, u, "status", 0.5))
	if got := order(); got != "future status defense mro" {
		t.Errorf("dragged up: %s", got)
	}
	dragRowTo(t, u, "future", rowPoint(t, u, "mro", 0.5))
	if got := order(); got != "status defense future mro" {
		t.Errorf("dragged down onto mro: %s", got)
	}
	last := u.outline.items[len(u.outline.items)-1].id
	below := rowPoint(t, u, last, 1).Add(fyne.NewPos(0, 2*u.outline.rowHeight))
	if below.Y > fyne.CurrentApp().Driver().AbsolutePositionForObject(u.outline.list).Y+u.outline.list.Size().Height {
		t.Skip("no room below the last row")
	}
	dragRowTo(t, u, "status", below)
	if got := order(); got != "defense future mro status" {
		t.Errorf("dragged below the last row: %s", got)
	}
}

func TestDragParagraphFromTheReader(t *testing.T) {
	u := start(t, "en")
	readExercise(t, u, [2]int{0, 0}, [2]int{1, 0})
	first := u.briefing().Topics[1].Excerpts[0].ID
	a := u.reader.current()
	// Paragraph 2.0 between the two excerpts of combined defense.
	u.reader.onDrag(rowPoint(t, u, first, 0.9))
	u.reader.onDropParagraph(a, 2, 0)
	ex := u.briefing().Topics[1].Excerpts
	if len(ex) != 3 || ex[1].Section != 2 || ex[1].Paragraph != 0 {
		t.Fatalf("the dropped paragraph is not second: %+v", ex)
	}
	if u.outline.selExcerpt != ex[1].ID {
		t.Error("the dropped paragraph is not selected")
	}
	// A whole section onto the empty topic's hint.
	u.reader.onDrag(rowPoint(t, u, "future\x00hint", 0.5))
	u.reader.onDropSection(a, 1)
	fut := u.briefing().Topics[u.briefing().Topic("future")]
	if len(fut.Excerpts) != len(a.Sections[1].Paragraphs)-1 {
		t.Errorf("the section's free paragraphs were not all added: %d", len(fut.Excerpts))
	}
	// A drop outside the outline does nothing.
	before := u.briefing()
	u.reader.onDrag(fyne.NewPos(1, 1))
	u.reader.onDropParagraph(a, 0, 1)
	if u.briefing() != before || !u.outline.drop.Hidden {
		t.Error("a drop outside the outline changed the briefing")
	}
}

func TestOutlineKeyboard(t *testing.T) {
	u := start(t, "en")
	readExercise(t, u, [2]int{0, 0}, [2]int{1, 0})
	ex := u.briefing().Topics[1].Excerpts
	p := u.outline
	p.selectTopic("defense")
	key := func(k fyne.KeyName) { p.list.TypedKey(&fyne.KeyEvent{Name: k}) }
	key(fyne.KeyDown)
	if p.selExcerpt != ex[0].ID {
		t.Fatalf("Down selected %q, want the first excerpt", p.selExcerpt)
	}
	if p.expandedAt != p.index[ex[0].ID] || p.list.heightOf(p.expandedAt, 0) <= p.rowHeight {
		t.Error("the selected excerpt is not shown whole")
	}
	key(fyne.KeyDown)
	if p.selExcerpt != ex[1].ID {
		t.Fatalf("Down selected %q, want the second excerpt", p.selExcerpt)
	}
	p.moveStep(-1) // Alt+Up on the menu
	if got := u.briefing().Topics[1].Excerpts[0].ID; got != ex[1].ID {
		t.Errorf("Alt+Up did not move the selected excerpt")
	}
	if p.selExcerpt != ex[1].ID || !strings.Contains(u.sh.status.label.Text, "(1 of 2)") {
		t.Errorf("after the move: selection %q, status %q", p.selExcerpt, u.sh.status.label.Text)
	}
	key(fyne.KeyDelete)
	if u.briefing().ExcerptCount() != 1 || p.selExcerpt != ex[0].ID {
		t.Errorf("Delete did not remove the excerpt and select the next (%q)", p.selExcerpt)
	}
	// Left goes to the topic; Left again collapses it; Right opens it.
	key(fyne.KeyLeft)
	key(fyne.KeyLeft)
	if !p.collapsed["defense"] || p.count(excerptItem) != 0 || !strings.HasPrefix(p.countText(1), "1") {
		t.Errorf("Left did not collapse the topic: %d excerpt rows", p.count(excerptItem))
	}
	key(fyne.KeyRight)
	if p.collapsed["defense"] || p.count(excerptItem) != 1 {
		t.Error("Right did not open the topic")
	}
	// Selecting an excerpt of a collapsed topic opens it.
	p.toggle("defense")
	p.selectExcerpt(ex[0].ID)
	if p.collapsed["defense"] {
		t.Error("selecting an excerpt left its topic collapsed")
	}
}

func TestFindInOutline(t *testing.T) {
	u := start(t, "ko")
	assembleAll(t, u, u.lib.Articles())
	p := u.outline
	total := u.briefing().ExcerptCount()
	if total < 3 {
		t.Fatalf("assembly placed only %d excerpts", total)
	}
	word := "정비"
	want := 0
	for _, tp := range u.briefing().Topics {
		for _, e := range tp.Excerpts {
			if strings.Contains(e.Text, word) || strings.Contains(u.briefing().Article(e.Article).Title, word) {
				want++
			}
		}
	}
	p.focusFind()
	if u.sh.win.Canvas().Focused() != p.find {
		t.Error("Ctrl+F does not reach the find field")
	}
	p.find.SetText(word)
	if got := p.count(excerptItem); got != want || want == 0 {
		t.Fatalf("find shows %d excerpts, want %d", got, want)
	}
	if p.found.Text != fmt.Sprintf("%d건", want) {
		t.Errorf("the find count says %q", p.found.Text)
	}
	p.find.SetText("")
	if got := p.count(excerptItem); got != total {
		t.Errorf("after clearing the find %d excerpts show, want %d", got, total)
	}
}

// TestLargeOutlineBuildsOnlyVisibleRows opens a briefing of 2,000 excerpts:
// the outline lists them all but builds only the rows that fit.
func TestLargeOutlineBuildsOnlyVisibleRows(t *testing.T) {
	u := start(t, "en")
	u.session.Replace(largeBriefing(t, u.session.Template(), 300, 2000), "")
	p := u.outline
	if got := p.count(excerptItem); got != 2000 {
		t.Fatalf("the outline lists %d excerpts", got)
	}
	rows := 0
	for _, o := range objectsUnder(p.list) {
		if _, ok := o.(*outlineRow); ok {
			rows++
		}
	}
	if rows == 0 || rows > 80 {
		t.Errorf("%d rows built for 2,000 excerpts", rows)
	}
	// At 1400×860 at least 12 one-line excerpts fit in the outline.
	if fit := int(p.list.Size().Height / (p.rowHeight + p.gap())); fit < 12 {
		t.Errorf("only %d rows fit in the outline (%v, rows of %v)", fit, p.list.Size(), p.rowHeight)
	}
}

// largeBriefing returns a briefing of the given numbers of articles and
// excerpts, spread over the four topics.
func largeBriefing(t testing.TB, tmpl *briefing.Template, articles, excerpts int) *briefing.Briefing {
	t.Helper()
	b := briefing.New(tmpl, "en", fixedNow())
	per := (excerpts + articles - 1) / articles
	for i := 0; i < articles; i++ {
		a := briefing.Article{Title: fmt.Sprintf("기사 %d: 한미 연합훈련과 MRO 협력", i), URL: fmt.Sprintf("https://news.example/a/%d", i), Language: "ko"}
		var paras []string
		for j := 0; j < per; j++ {
			paras = append(paras, fmt.Sprintf("문단 %d-%d. 한미 양국은 연합연습을 확대하고 함정 정비 협력을 논의했다. 美 해군 관계자는 이번 합의가 동맹의 미래를 보여준다고 말했다.", i, j))
		}
		a.Sections = []briefing.Section{{Paragraphs: paras}}
		a.AssignID()
		b.AddArticle(a)
	}
	n := 0
	for i, a := range b.Articles {
		for j := range a.Sections[0].Paragraphs {
			if n == excerpts {
				return b
			}
			topic := b.Topics[(i+j)%len(b.Topics)].ID
			if _, err := b.AddExcerpt(topic, a.ID, 0, j, -1); err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	return b
}

func TestSuggestionReasonInWords(t *testing.T) {
	u := start(t, "ko")
	readExercise(t, u)
	u.reader.onWhy(true)
	strong := 0
	for _, row := range u.reader.paras {
		for _, v := range row {
			if strings.Contains(v.info.Text, "강한 근거: ") {
				strong++
			}
			if strings.ContainsAny(v.info.Text, "0123456789") {
				t.Errorf("a reason shows a number: %q", v.info.Text)
			}
		}
	}
	if strong == 0 {
		t.Error("no suggestion names its strong terms")
	}
}

func TestReaderKeepsItsCardsAcrossEdits(t *testing.T) {
	u := start(t, "en")
	readExercise(t, u)
	card := u.reader.paras[0][0].card
	test.Tap(u.reader.addButtons[0][0])
	if u.reader.paras[0][0].card != card {
		t.Error("an edit rebuilt the article's cards")
	}
	if got := u.reader.addButtons[0][0].Text; got != "In briefing" {
		t.Errorf("the added paragraph's button says %q", got)
	}
	u.undo()
	if got := u.reader.addButtons[0][0].Text; !strings.HasPrefix(got, "Add to") {
		t.Errorf("after undo the button says %q", got)
	}
}

// TestOpeningALargeFile opens a briefing of 2,000 excerpts: the window shows
// progress and can give up; opened, the outline lists it.
func TestOpeningALargeFile(t *testing.T) {
	u := start(t, "en")
	path := filepath.Join(t.TempDir(), "large.brief")
	if err := desk.SaveBriefing(path, largeBriefing(t, u.session.Template(), 300, 2000)); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Size() <= openProgressSize {
		t.Fatalf("the test file has only %d bytes", st.Size())
	}
	before := u.briefing()
	u.openPath(path)
	c := u.sh.win.Canvas()
	if findButton(c, "Cancel") == nil {
		t.Fatal("no progress with Cancel while a large file opens")
	}
	test.Tap(findButton(c, "Cancel"))
	u.sh.jobs.wait()
	if u.briefing() != before || !strings.HasPrefix(u.sh.status.label.Text, "Stopped opening") {
		t.Fatalf("cancelled opening replaced the briefing; status %q", u.sh.status.label.Text)
	}
	u.openPath(path)
	u.sh.jobs.wait()
	if u.briefing().ExcerptCount() != 2000 || u.outline.count(excerptItem) != 2000 || c.Overlays().Top() != nil {
		t.Errorf("opened: %d excerpts, %d rows", u.briefing().ExcerptCount(), u.outline.count(excerptItem))
	}
}
