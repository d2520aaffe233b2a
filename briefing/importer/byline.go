package importer

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The reporters a byline names, in Korean ("정하늘 기자"), English ("By Jane
// Doe") and, through cjkReporters, Chinese and Japanese bylines.

// Korean bylines: one or more names of two to four syllables, then a role.
const (
	koreanNames  = `[가-힣]{2,4}(?:\s*[·ㆍ,、]\s*[가-힣]{2,4})*`
	koreanRoles  = `(?:(?:선임|수석|전문|객원|인턴|수습|사진|영상|취재|시니어)\s*)?(?:기자|특파원|논설위원|논설실장|편집위원|통신원|칼럼니스트|앵커|에디터|대기자)`
	emailPattern = `[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`
)

var (
	koreanReporter = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(` + koreanNames + `)\s*` + koreanRoles) })
	nameSeparator  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s*[·ㆍ,、]\s*`) })
	emailAddress   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(emailPattern) })
	webAddress     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)\bhttps?://\S+|\bwww\.\S+`) })
	handle         = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(^|\s)@\w+`) })
	// "By", "Written by", "Story by" and the like before English names.
	englishBy = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(?:(?:additional |further |with )?(?:written|story|words|text|reported|reporting|posted|compiled|interview)\s+)?by\s*:?\s+`)
	})
	// Credits that name people who did not report: "; Editing by …".
	editingCredit = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)[;,.]?\s*(?:\band\s+)?(?:editing|edited|produced|graphics|translated|translation) by\b.*$`)
	})
	// A second reporting credit joins the first: "; additional reporting by".
	moreReporting = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)[;,]?\s*(?:\band\s+)?(?:additional|further|with|and) reporting by\s+`)
	})
	// Where an English byline's names end or part: "Jane Doe and John
	// Roe, Reuters", "Jane Doe - 11/18/19", "Jane Doe for The Times".
	bylineParts = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\s+[-–—|•·]\s+|\s*[|•·;]\s*|,\s*|\s+(?:and|&)\s+|\s+(?:on|at|in|for|from|updated|published)\s+`)
	})
)

// notKoreanName are words that stand where a name does in a Korean byline
// without being one: "사진 기자", "본지 기자", "중앙일보 기자".
var notKoreanName = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:사진|영상|취재|본지|본사|인턴|수습|객원|선임|수석|전문|온라인|디지털|뉴스|종합|편집|기획|특별|담당|현장|전체|다른|해당|모든|각사|외신|국내|일선|현직|전직|여성|남성|젊은|\S*(?:일보|신문|뉴스|방송|통신|미디어|경제|타임스|데일리|팀|데스크))$`)
})

// reporterFrom reads the reporters' names from a byline: "정하늘 기자" →
// "정하늘", "김소연 기자 soyeon@…" → "김소연", "워싱턴=김동현 특파원" → "김동현",
// "김철수·이영희 기자" → "김철수, 이영희", "By Jane Doe and John Roe,
// Reuters" → "Jane Doe, John Roe", "By JANE DOE" → "Jane Doe" (names written
// all in capitals are title-cased; others are kept as written). Several
// names are joined by ", ". A byline naming no person ("중앙일보",
// "Reuters", "By Staff") gives "".
func reporterFrom(byline string) string {
	s := squash(byline)
	s = emailAddress().ReplaceAllString(s, " ")
	s = webAddress().ReplaceAllString(s, " ")
	s = strings.TrimSpace(handle().ReplaceAllString(s, "$1"))
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "("), ")"))
	if names := koreanReporters(s); len(names) > 0 {
		return strings.Join(names, ", ")
	}
	if names := cjkReporters(s); len(names) > 0 {
		return strings.Join(names, ", ")
	}
	return strings.Join(englishReporters(s), ", ")
}

// koreanReporters returns the names before a reporter's role, in order,
// each once.
func koreanReporters(s string) []string {
	var names []string
	for _, m := range koreanReporter().FindAllStringSubmatchIndex(s, -1) {
		if before, _ := utf8.DecodeLastRuneInString(s[:m[2]]); isHangul(before) {
			continue // the end of a longer word
		}
		if after, _ := utf8.DecodeRuneInString(s[m[1]:]); isHangul(after) && after != '의' {
			continue // "기자는", "기자회견"
		}
		for _, n := range nameSeparator().Split(s[m[2]:m[3]], -1) {
			if !notKoreanName().MatchString(n) && !contains(names, n) {
				names = append(names, n)
			}
		}
	}
	return names
}

func isHangul(r rune) bool { return r >= '가' && r <= '힣' }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// englishReporters returns the people an English byline names. Without
// "By", the whole text must be names, as in an author field.
func englishReporters(s string) []string {
	by := englishBy().FindString(s)
	s = strings.TrimSpace(s[len(by):])
	if by != "" {
		s = moreReporting().ReplaceAllString(editingCredit().ReplaceAllString(s, ""), ", ")
	}
	dated := false
	if d, ok := firstWrittenDate(s); ok && by != "" {
		s, dated = s[:d.start], true
	}
	var names []string
	for i, part := range bylineParts().Split(s, -1) {
		part = strings.Trim(part, " .,:;()[]")
		switch {
		case part == "":
		case isPersonName(part) || (dated && i == 0 && isSingleName(part)):
			if n := titleIfShouted(part); !contains(names, n) {
				names = append(names, n)
			}
		case by == "" || i == 0:
			return nil // not a byline, or not one that starts with a name
		}
	}
	return names
}

// isSingleName reports whether s is one capitalised word that may be a
// person's name in a dated byline ("By Regan, September 15, 2014"): not a
// day, a month or an agency.
func isSingleName(s string) bool {
	if strings.ContainsAny(s, " \t") || !nameWord(s) || calendarWords().MatchString(s) || outletWords().MatchString(s) {
		return false
	}
	return !notSingleNames[s]
}

var notSingleNames = map[string]bool{"Reuters": true, "AP": true, "AFP": true, "Bloomberg": true, "CNN": true, "BBC": true,
	"NPR": true, "Yonhap": true, "Xinhua": true, "Staff": true, "Admin": true, "Administrator": true, "Editor": true}

// outletWords mark a name as an organisation's, not a person's.
var outletWords = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:the|press|news|times|post|journal|herald|tribune|daily|agency|media|network|magazine|gazette|telegraph|wire|service|services|bureau|desk|team|staff|editors?|editorial|inc|ltd|llc|corp|group|broadcasting|radio|television|tv|online|weekly|chronicle|insider|writer|reporter|correspondent|columnist|contributor|producer|photographer|journalist|analyst|anchor|chief|senior|special|freelance|intern|critic)\b`)
})

// calendarWords begin sentences that start like bylines: "By Monday, …".
var calendarWords = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|^` + monthNames + `\b|^(?:noon|midnight|now|then|contrast|comparison|far|law|design|default|night|day|dawn|morning|evening)\b`)
})

// isPersonName reports whether s looks like a person's name: two to five
// capitalised words (particles such as "van" and initials allowed), no
// organisation or role word.
func isPersonName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 || outletWords().MatchString(s) || calendarWords().MatchString(s) {
		return false
	}
	for _, w := range words {
		if !nameWord(w) {
			return false
		}
	}
	return true
}

var nameParticles = map[string]bool{"de": true, "van": true, "von": true, "der": true, "den": true, "da": true,
	"di": true, "del": true, "la": true, "le": true, "bin": true, "al": true, "el": true, "du": true, "dos": true}

func nameWord(w string) bool {
	if nameParticles[w] {
		return true
	}
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// titleIfShouted writes a name given all in capitals ("JANE O'DOE") the way
// it is spoken of ("Jane O'Doe"); a name with any small letter is kept.
func titleIfShouted(s string) string {
	if strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	var b strings.Builder
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r)
	}
	return b.String()
}
