// Package handout holds what every writer of a handout (PDF, Word, Hancom)
// shares: the words printed around the user's text in the briefing's
// language, which topics are shown and how they are numbered, the
// paragraphs of an excerpt and the facts of a source line.
package handout

import (
	"strconv"
	"strings"
	"time"
)

// Labels are the words the handout prints around the user's text, in the
// briefing's language.
type Labels struct {
	Summary, Contents, Sources string // section titles
	NoExcerpts                 string // the source list of a briefing that cites nothing
	Edited                     string // after the source line of an edited excerpt
	Nothing                    string // under a topic with nothing in it
	Continued                  string // at the foot of an excerpt that goes on on the next page
	AnnexTitle                 string // the report style's annex (붙임) of excerpts
	Author, Organization, Date string // the report's title block
	Declassify                 string // title of the declassification notice (예고문)
	Retrieved                  string // before the date an article was retrieved

	ExcerptsIn func(n int, page string) string // a report topic's pointer to its excerpts in the annex
	// ExcerptsInAnnex is the pointer of a document whose pages only the
	// reader's application knows (an editable Hancom or Word document).
	ExcerptsInAnnex func(n int) string
	PageOf          func(page, total string) string // the page number in the footer
	CitedOn         func(pages []string) string     // the pages citing a source
	FormatDate      func(t time.Time) string        // a date as the language writes it
}

var labelSets = map[string]Labels{
	"ko": {
		Summary: "핵심 요약", Contents: "목차", Sources: "출처", NoExcerpts: "발췌한 기사가 없습니다.",
		Edited: "발췌문 편집됨", Nothing: "해당 없음", Author: "작성", Organization: "소속", Date: "일자",
		Continued:  "(다음 쪽에 계속)",
		AnnexTitle: "붙임  관련 기사 발췌",
		ExcerptsIn: func(n int, page string) string {
			return "관련 발췌 " + strconv.Itoa(n) + "건: 붙임 " + page + "쪽"
		},
		ExcerptsInAnnex: func(n int) string { return "관련 발췌 " + strconv.Itoa(n) + "건: 붙임 참조" },
		Declassify:      "예고문", Retrieved: "검색",
		PageOf:  func(p, t string) string { return p + " / " + t + " 쪽" },
		CitedOn: func(pages []string) string { return "인용: " + strings.Join(pages, ", ") + "쪽" },
		FormatDate: func(t time.Time) string {
			return strconv.Itoa(t.Year()) + ". " + strconv.Itoa(int(t.Month())) + ". " + strconv.Itoa(t.Day()) + "."
		},
	},
	"en": {
		Summary: "Executive summary", Contents: "Contents", Sources: "Sources", NoExcerpts: "No excerpts.",
		Edited: "excerpt edited", Nothing: "Nothing this period", Author: "Author", Organization: "Organization", Date: "Date",
		Continued:  "(continued on the next page)",
		AnnexTitle: "Annex: excerpts from the coverage",
		ExcerptsIn: func(n int, page string) string {
			if n == 1 {
				return "1 excerpt in the annex, page " + page
			}
			return strconv.Itoa(n) + " excerpts in the annex, page " + page
		},
		ExcerptsInAnnex: func(n int) string {
			if n == 1 {
				return "1 excerpt in the annex"
			}
			return strconv.Itoa(n) + " excerpts in the annex"
		},
		Declassify: "Declassification", Retrieved: "retrieved",
		PageOf: func(p, t string) string { return "page " + p + " of " + t },
		CitedOn: func(pages []string) string {
			if len(pages) == 1 {
				return "cited on page " + pages[0]
			}
			return "cited on pages " + strings.Join(pages, ", ")
		},
		FormatDate: func(t time.Time) string {
			return strconv.Itoa(t.Day()) + " " + t.Month().String() + " " + strconv.Itoa(t.Year())
		},
	},
}

// For returns the labels of a language ("ko" or "en"; Korean for any other).
func For(lang string) Labels {
	if l, ok := labelSets[lang]; ok {
		return l
	}
	return labelSets["ko"]
}

// DateOf writes a date of the form 2026-11-25 (or an RFC 3339 time) in the
// handout's language: "2026. 11. 25." or "25 November 2026". Anything else
// is printed as it is.
func (l Labels) DateOf(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.DateOnly, time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return l.FormatDate(t)
		}
	}
	return s
}
