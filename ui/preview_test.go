package ui

import (
	"cmp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// shownLines returns the lines a rich text draws, top to bottom: the text
// drawn at each height, left to right, without trailing spaces.
func shownLines(view *widget.RichText) []shownRow {
	type drawn struct {
		at   fyne.Position
		text string
	}
	var texts []drawn
	var walk func(o fyne.CanvasObject, at fyne.Position)
	walk = func(o fyne.CanvasObject, at fyne.Position) {
		if !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *canvas.Text:
			if x.Text != "" {
				texts = append(texts, drawn{at.Add(x.Position()), x.Text})
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c, at.Add(x.Position()))
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c, at.Add(x.Position()))
			}
		}
	}
	walk(view, fyne.Position{})
	slices.SortStableFunc(texts, func(a, b drawn) int {
		if a.at.Y != b.at.Y {
			return cmp.Compare(a.at.Y, b.at.Y)
		}
		return cmp.Compare(a.at.X, b.at.X)
	})
	var rows []shownRow
	for i, t := range texts {
		if i == 0 || t.at.Y != texts[i-1].at.Y {
			rows = append(rows, shownRow{x: t.at.X})
		}
		rows[len(rows)-1].text += t.text
	}
	for i := range rows {
		rows[i].text = strings.TrimRight(rows[i].text, " ")
	}
	return rows
}

// A shownRow is a line of a rich text: where it starts, and its text.
type shownRow struct {
	x    float32
	text string
}

func rowTexts(rows []shownRow) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.text)
	}
	return out
}

// typeCommentary writes md as the commentary of the first topic, with the
// commentary tab open, and returns the lines of its preview.
func typeCommentary(t *testing.T, md string) []shownRow {
	t.Helper()
	u := start(t, "ko")
	u.sh.win.Resize(fyne.NewSize(2400, 1000)) // no line wraps
	u.editor.tabs.SelectIndex(2)
	u.editor.commentary.SetText(md)
	view := u.editor.commentaryView
	if view.Size().Width < 400 {
		t.Fatalf("the preview is %v wide", view.Size())
	}
	return shownLines(view)
}

// TestPreviewKeepsPointLines types a commentary in 개조식: the preview
// shows every point on a line of its own with its mark as written (a dash
// as a dash), indented by level as in the handout; a hard line break
// breaks the line, in a quote too; prose wrapped by hand is joined, as in
// the handout; a list of stars keeps its bullets.
func TestPreviewKeepsPointLines(t *testing.T) {
	rows := typeCommentary(t, "□ 추진 배경\n○ 한미 국방 협의 정례화\n  ※ 차기 회의는 12월\\\n둘째 줄\n○ 후속 조치\n"+
		"- 세부 과제 하나\n- 세부 과제 둘\n  - 더 세부한 과제\n· 점 항목\n\n"+
		"> 인용 첫 문단\n>\n> 인용 둘째  \n> 줄\n\n손으로 줄을\n바꾼 문장\n\n* 별표 목록\n")
	step := strings.Repeat(" ", 4)
	want := []string{
		"□ 추진 배경",
		step + "○ 한미 국방 협의 정례화",
		step + "※ 차기 회의는 12월",
		step + step + "둘째 줄",
		step + "○ 후속 조치",
		step + step + "- 세부 과제 하나",
		step + step + "- 세부 과제 둘",
		step + step + step + "- 더 세부한 과제",
		step + step + step + "· 점 항목",
		"인용 첫 문단",
		"인용 둘째",
		"줄",
		"손으로 줄을 바꾼 문장",
		"•  별표 목록",
	}
	lines := rowTexts(rows)
	if !slices.Equal(lines, want) {
		t.Fatalf("the preview shows\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if quote, broken := rows[10], rows[11]; quote.x <= rows[0].x || broken.x != quote.x {
		t.Errorf("the line after a break in a quote starts at %v, the quote at %v, the text at %v", broken.x, quote.x, rows[0].x)
	}
}

// TestPreviewMarksStayOut gives the preview text that holds the marks it
// uses itself, and Markdown that no mark may enter (a link, code, a
// heading, a table): nothing of the marks shows, the link still asks
// before it opens, and a line that starts with a link or code is no point
// (as in the handout): it joins the line before it.
func TestPreviewMarksStayOut(t *testing.T) {
	u := start(t, "ko")
	u.sh.win.Resize(fyne.NewSize(2400, 1000))
	u.editor.tabs.SelectIndex(2)
	u.editor.commentary.SetText("# 제목\n\n\uFDD3○ 표시 \uFDE2문자\n[○ 링크](https://news.example/a)\n" +
		"`○ 코드`\n○ 다음 줄\n\n| 가 | 나 |\n|---|---|\n| ○ 칸 | 다 |\n")
	view := u.editor.commentaryView
	lines := rowTexts(shownLines(view))
	for _, l := range lines {
		if strings.ContainsFunc(l, isMark) {
			t.Errorf("a mark shows in %q", l)
		}
	}
	want := []string{"제목", "○ 표시 문자 ○ 링크 ⟨https://news.example/a⟩ ○ 코드", "○ 다음 줄"}
	if len(lines) < len(want) || !slices.Equal(lines[:len(want)], want) {
		t.Errorf("the preview shows\n%s\nwant first\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	links := 0
	for _, seg := range segments(view.Segments) {
		if h, ok := seg.(*widget.HyperlinkSegment); ok {
			links++
			if h.Text != "○ 링크" || h.OnTapped == nil {
				t.Errorf("the link shows %q and opens without asking: %v", h.Text, h.OnTapped == nil)
			}
		}
	}
	if links != 1 {
		t.Errorf("%d links, want 1", links)
	}
}

// TestMarkLines checks where the marks go: before each line the preview
// starts (after a hard break, or before a point), with its indentation,
// and before each dash item's text; none into a line that starts with
// emphasis, which is not a point.
func TestMarkLines(t *testing.T) {
	md := "□ 가\n○ 나\\\n다  \n- 라\n  - 마\n\n**○ 바**\n○ 사\n"
	want := "□ 가\n\uFDD1○ 나\\\n\uFDD2다  \n- \uFDE2라\n  - \uFDE3마\n\n**○ 바**\n\uFDD0○ 사\n"
	if got := markLines(md); got != want {
		t.Errorf("markLines(%q)\n = %+q\nwant %+q", md, got, want)
	}
}

// BenchmarkMarkLines marks a commentary of the largest size allowed, all
// in 개조식: it is done again at every keystroke.
func BenchmarkMarkLines(b *testing.B) {
	point := "□ 추진 배경\n○ 한미 국방 협의 정례화\n- 세부 과제\n  - 더 세부한 과제\n· 점 항목\n※ 참고\n\n"
	md := strings.Repeat(point, briefing.MaxMarkdown/utf8.RuneCountInString(point))
	for b.Loop() {
		markLines(md)
	}
}
