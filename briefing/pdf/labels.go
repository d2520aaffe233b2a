package pdf

import (
	"strconv"
	"strings"
	"time"
)

// labels are the words the handout prints around the user's text, in the
// briefing's language.
type labels struct {
	summary, contents, sources, noExcerpts, edited, nothing string
	continued, annexTitle                                   string
	excerptsIn                                              func(n int, page string) string
	pageOf                                                  func(page, total string) string
	citedOn                                                 func(pages []string) string
	retrieved                                               string
	author, organization, date, declassify                  string
	date2                                                   func(t time.Time) string
}

var labelSets = map[string]labels{
	"ko": {
		summary: "핵심 요약", contents: "목차", sources: "출처", noExcerpts: "발췌한 기사가 없습니다.",
		edited: "발췌문 편집됨", nothing: "해당 없음", author: "작성", organization: "소속", date: "일자",
		continued:  "(다음 쪽에 계속)",
		annexTitle: "붙임  관련 기사 발췌",
		excerptsIn: func(n int, page string) string {
			return "관련 발췌 " + strconv.Itoa(n) + "건: 붙임 " + page + "쪽"
		},
		declassify: "예고문", retrieved: "검색",
		pageOf:  func(p, t string) string { return p + " / " + t + " 쪽" },
		citedOn: func(pages []string) string { return "인용: " + strings.Join(pages, ", ") + "쪽" },
		date2: func(t time.Time) string {
			return strconv.Itoa(t.Year()) + ". " + strconv.Itoa(int(t.Month())) + ". " + strconv.Itoa(t.Day()) + "."
		},
	},
	"en": {
		summary: "Executive summary", contents: "Contents", sources: "Sources", noExcerpts: "No excerpts.",
		edited: "excerpt edited", nothing: "Nothing this period", author: "Author", organization: "Organization", date: "Date",
		continued:  "(continued on the next page)",
		annexTitle: "Annex: excerpts from the coverage",
		excerptsIn: func(n int, page string) string {
			if n == 1 {
				return "1 excerpt in the annex, page " + page
			}
			return strconv.Itoa(n) + " excerpts in the annex, page " + page
		},
		declassify: "Declassification", retrieved: "retrieved",
		pageOf: func(p, t string) string { return "page " + p + " of " + t },
		citedOn: func(pages []string) string {
			if len(pages) == 1 {
				return "cited on page " + pages[0]
			}
			return "cited on pages " + strings.Join(pages, ", ")
		},
		date2: func(t time.Time) string {
			return strconv.Itoa(t.Day()) + " " + t.Month().String() + " " + strconv.Itoa(t.Year())
		},
	},
}

func labelsFor(lang string) labels {
	if l, ok := labelSets[lang]; ok {
		return l
	}
	return labelSets["ko"]
}

// date writes a date of the form 2026-11-25 (or an RFC 3339 time) in the
// handout's language: "2026. 11. 25." or "25 November 2026". Anything else
// is printed as it is.
func (l labels) dateOf(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.DateOnly, time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return l.date2(t)
		}
	}
	return s
}
