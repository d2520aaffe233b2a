package markdown

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestWrite(t *testing.T) {
	tmpl, _ := briefing.ParseTemplate([]byte(`{"id":"x","topics":[{"id":"a","names":{"ko":"동맹 현황"}},{"id":"b","names":{"ko":"미래 협력"}}]}`))
	b := briefing.New(tmpl, "ko", time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))
	b.Details.Marking = "대외비"
	b.Details.Author = "김분석"
	b.Summary = "**요약**입니다."
	b.Topics[0].Commentary = "평가 문단."
	a := briefing.Article{Title: "기사 제목", Site: "국방신문", Published: "2026-11-20", URL: "https://example.org/a", Language: "ko",
		Sections: []briefing.Section{{Paragraphs: []string{"첫 문단\n둘째 줄.", "다른 문단."}}}}
	a.AssignID()
	b.AddArticle(a)
	id, _ := b.AddExcerpt("a", a.ID, 0, 0, -1)
	b.EditExcerpt(id, "고친 문단.")
	var buf bytes.Buffer
	if err := Write(&buf, b); err != nil {
		t.Fatal(err)
	}
	want := `**대외비**

# 시험

- 일자: 2026-11-25
- 작성: 김분석

## 핵심 요약

**요약**입니다.

## 1. 동맹 현황

평가 문단.

> 고친 문단.
>
> — 국방신문, “기사 제목”, 2026-11-20 [1] · 발췌문 편집됨

## 2. 미래 협력

_발췌한 기사가 없습니다._

## 출처

1. 기사 제목. 국방신문. 2026-11-20. <https://example.org/a>
`
	got := strings.Replace(buf.String(), "# x\n", "# 시험\n", 1)
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
