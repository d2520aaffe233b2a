package pdf

// labels are the words the handout prints around the user's text, in the
// briefing's language.
type labels struct {
	summary, contents, sources, noExcerpts, edited string
	pageOf                                         func(page, total string) string
	author, organization, date                     string
}

var labelSets = map[string]labels{
	"ko": {
		summary: "핵심 요약", contents: "목차", sources: "출처", noExcerpts: "발췌한 기사가 없습니다.",
		edited: "발췌문 편집됨", author: "작성", organization: "소속", date: "일자",
		pageOf: func(p, t string) string { return p + " / " + t + " 쪽" },
	},
	"en": {
		summary: "Executive summary", contents: "Contents", sources: "Sources", noExcerpts: "No excerpts.",
		edited: "excerpt edited", author: "Author", organization: "Organization", date: "Date",
		pageOf: func(p, t string) string { return "page " + p + " of " + t },
	},
}

func labelsFor(lang string) labels {
	if l, ok := labelSets[lang]; ok {
		return l
	}
	return labelSets["ko"]
}
