package richtext_test

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/richtext"
)

func TestBlocksOfAnAnalystsText(t *testing.T) {
	src := "## 평가\n\n□ 한미동맹(韓美同盟) 현황\n○ 연합연습 **확대**\n- 세부 일정 미정\n\n" +
		"1. 첫째\n2. 둘째\n\n> 인용문\n\n| 항목 | 금액 |\n|:--|--:|\n| 분담금 | 1조 |\n\n" +
		"본문[^1]과 [링크](https://example.org/a)와 [위험](javascript:alert(1)) ~~삭제~~ `코드`\n\n[^1]: 주석 내용\n"
	got := richtext.Parse(src)
	type want struct {
		kind   richtext.Kind
		level  int
		marker string
		text   string
	}
	wants := []want{
		{richtext.Heading, 2, "", "평가"},
		{richtext.Point, 1, "□", "한미동맹(韓美同盟) 현황"},
		{richtext.Point, 2, "○", "연합연습 확대"},
		{richtext.Point, 3, "-", "세부 일정 미정"},
		{richtext.Item, 1, "1.", "첫째"},
		{richtext.Item, 1, "2.", "둘째"},
		{richtext.Quote, 0, "", "인용문"},
		{richtext.Table, 0, "", ""},
		{richtext.Para, 0, "", "본문1)과 링크와 위험 삭제 코드"},
		{richtext.Note, 0, "1)", "주석 내용"},
	}
	if len(got) != len(wants) {
		for _, b := range got {
			t.Logf("%d %d %q %q", b.Kind, b.Level, b.Marker, richtext.Plain(b.Runs))
		}
		t.Fatalf("%d blocks, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		b := got[i]
		if b.Kind != w.kind || b.Level != w.level || b.Marker != w.marker || richtext.Plain(b.Runs) != w.text {
			t.Errorf("block %d: %d %d %q %q, want %+v", i, b.Kind, b.Level, b.Marker, richtext.Plain(b.Runs), w)
		}
	}
	if !got[5].Last || got[4].Last {
		t.Error("the last item of the list is not marked as last")
	}
	if r := got[2].Runs; len(r) != 2 || !r[1].Bold || r[0].Bold {
		t.Errorf("emphasis in a point: %+v", r)
	}
	tb := got[7].Table
	if tb == nil || len(tb.Header) != 2 || len(tb.Rows) != 1 || richtext.Plain(tb.Rows[0][1]) != "1조" ||
		len(tb.Align) != 2 || tb.Align[0] != richtext.AlignLeft || tb.Align[1] != richtext.AlignRight {
		t.Errorf("table: %+v", tb)
	}
	var note, link, unsafe, strike, code bool
	for _, r := range got[8].Runs {
		switch {
		case r.Note == 1 && r.Text == "1)":
			note = true
		case r.Text == "링크":
			link = r.Link == "https://example.org/a"
		case r.Text == "위험":
			unsafe = r.Link == ""
		case r.Text == "삭제":
			strike = r.Strike
		case r.Text == "코드":
			code = r.Code
		}
	}
	if !note || !link || !unsafe || !strike || !code {
		t.Errorf("runs: note %v, link %v, unsafe link dropped %v, strike %v, code %v", note, link, unsafe, strike, code)
	}
}

func TestHardBreaksStayAndSoftBreaksJoin(t *testing.T) {
	got := richtext.Parse("첫 줄\\\n둘째 줄\n이어짐\n")
	if len(got) != 1 || richtext.Plain(got[0].Runs) != "첫 줄\n둘째 줄 이어짐" {
		t.Fatalf("%+v", got)
	}
}

// TestPointsAfterADash checks that the points written on the lines after a
// dash point (which Markdown reads as a list item going on) are points of
// their own, at their levels.
func TestPointsAfterADash(t *testing.T) {
	got := richtext.Parse("□ 연합연습 유지\n- 사이버 영역 추가\n· 세부 과제\n※ 반발 가능성\n")
	var marks []string
	for _, b := range got {
		if b.Kind != richtext.Point {
			t.Errorf("block %q is not a point", richtext.Plain(b.Runs))
		}
		marks = append(marks, b.Marker+"/"+string(rune('0'+b.Level))+" "+richtext.Plain(b.Runs))
	}
	want := []string{"□/1 연합연습 유지", "-/3 사이버 영역 추가", "·/4 세부 과제", "※/4 반발 가능성"}
	if len(marks) != len(want) {
		t.Fatalf("%q, want %q", marks, want)
	}
	for i := range want {
		if marks[i] != want[i] {
			t.Errorf("%q, want %q", marks[i], want[i])
		}
	}
}
