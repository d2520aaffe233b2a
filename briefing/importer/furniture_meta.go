package importer

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Metadata lines: a date, a byline and an outlet's name on one line, in
// any order, as news pages print them under a headline.

var (
	// metaLineParts split a line of metadata: "정하늘 기자 | 입력 2025.10.14",
	// "By Jane Doe - Nov. 19, 2019".
	metaLineParts = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s*[|｜│·ㆍ•]\s*|\s+[-–—/]\s+|\s{2,}`) })
	relativeTime  = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b\d+\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\s+ago\b|\d+\s*(?:시간|분|일)\s*전|\d+\s*(?:小时|小時|分钟|分鐘|時間|分|天|日)\s*前|^(?:just now|방금\s*전?|刚刚|剛剛)$`)
	})
	clockTime = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\d{1,2}[:.]\d{2}`) })
)

// metadataLineKind returns "date" or "byline" for a line made only of dates
// (with their labels: 입력, 수정, Published, Updated…), bylines, e-mail
// addresses and at most one short other part (the outlet's name), with a
// date among them; "" for anything else.
func metadataLineKind(s string) string {
	if strings.IndexFunc(s, isASCIIDigit) < 0 {
		return "" // every date written has a digit
	}
	var date, byline, labelled bool
	others, dates := 0, 0
	parts := []string{s}
	if strings.ContainsAny(s, "|｜│·ㆍ•-–—/") {
		parts = metaLineParts().Split(s, -1)
	}
	for _, part := range parts {
		part = strings.Trim(part, " ,;()[]")
		switch {
		case part == "" || emailAddress().FindString(part) == part:
		case isDatePart(part):
			date = true
			dates++
			labelled = labelled || visibleDateLabel.MatchString(part)
		case clockTime().MatchString(part) && onlyDateWords(part):
			// a time beside the date: "November 20, 2019 - 11:28 AMT"
		case isBylinePart(part):
			byline = true
		case others == 0 && isOutletPart(part):
			others++
		default:
			return ""
		}
	}
	switch {
	case dates > 1 && !labelled && !byline:
		return "" // "29 November 2018 | 20 January 2019": when something runs
	case date && byline:
		return furnitureByline
	case date:
		return furnitureDate
	}
	return ""
}

// isDatePart reports whether s is a date or time and nothing else, labels
// aside: "입력 2018.08.25 09:00 수정 2018.08.26", "Updated Nov 19, 6:55 AM",
// "November 19, 2019 at 6:55 a.m. ET", "2019-11-19T06:55:00Z", "3 hours ago".
func isDatePart(s string) bool {
	if strings.IndexFunc(s, isASCIIDigit) < 0 || !onlyDateWords(s) {
		return false
	}
	if _, ok := firstWrittenDate(s); ok {
		return true
	}
	return relativeTime().MatchString(s) || (visibleDateLabel.MatchString(s) && clockTime().MatchString(s))
}

// koreanDateRunes are the syllables of Korean date lines: 년 월 일 시 분,
// 오전/오후, weekdays, and the labels (기사입력, 최종수정, 업데이트, 승인, 등록,
// 게재 일자, 송고 시간, 발행, 작성, 기사원문, 1시간 전, 방금).
const koreanDateRunes = "년월일시분초오전후요화수목금토기사입력최초종정업데이트갱신승인등록게재자송고간발행작성원문보방날짜"

// timeZone is a time zone's abbreviation: EST, KST, AEDT, AMT.
var timeZone = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Z]{1,3}[SD]?T$`) })

// englishDateWords are the words of English date lines besides numbers.
var englishDateWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`jan january feb february mar march apr april may jun june jul july aug august
		sep sept september oct october nov november dec december mon monday tue tues tuesday wed wednesday thu thur
		thurs thursday fri friday sat saturday sun sunday a p m am pm noon midnight at on of the st nd rd th utc gmt
		kst jst cet cest bst et est edt ct cst cdt mt mst mdt pt pst pdt z t published updated update posted first
		last modified created revised date ago just now hour hours hr hrs minute minutes min mins day days week
		weeks month months second seconds sec secs yesterday today`) {
		englishDateWords[w] = true
	}
}

// onlyDateWords reports whether every word of s belongs to a written date
// or its label: "기사입력 2025.10.14. 오후 4:20", "Updated Nov 19, 6:55 AM",
// "2025年10月15日 16時20分".
func onlyDateWords(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); isHangul(r) {
			for _, r := range w {
				if !strings.ContainsRune(koreanDateRunes, r) {
					return false
				}
			}
		} else if !englishDateWords[strings.ToLower(w)] && !timeZone().MatchString(w) && !isCJKDateWord(w) {
			return false
		}
	}
	return true
}

// koreanBylinePart is a byline among the parts of a metadata line.
var koreanBylinePart = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[\[(]\s*[^\[\]()]{1,20}\s*[\])]\s*)?(?:[가-힣A-Za-z]{1,10}\s*=\s*)?(?:[가-힣A-Za-z0-9]{2,12}\s+)?` + koreanNames + `\s*` + koreanRoles + `(?:\s*` + emailPattern + `)?$`)
})

func isBylinePart(s string) bool {
	return koreanBylinePart().MatchString(s) || isEnglishByline(s)
}

// isOutletPart reports whether s could be an outlet's name beside a date:
// short, no digits, no sentence.
func isOutletPart(s string) bool {
	if utf8.RuneCountInString(s) > 20 || len(strings.Fields(s)) > 3 || strings.ContainsAny(s, ".!?") {
		return false
	}
	return strings.IndexFunc(s, unicode.IsDigit) < 0
}

// isEnglishByline reports whether s is "By" and names: "By Jane Doe", "By
// Jane Doe and John Roe, Reuters", "By JANE DOE - 11/18/19 11:04 PM EST",
// "Reporting by Jane Doe; Editing by John Roe", but not "By the end of the
// year, …" or "By Monday, …".
func isEnglishByline(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	by := englishBy().FindString(s)
	if by == "" {
		return false
	}
	s = emailAddress().ReplaceAllString(s[len(by):], " ")
	s = handle().ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, "; Editing by ", "; ")
	s = strings.ReplaceAll(s, "; editing by ", "; ")
	dated := false
	if d, ok := firstWrittenDate(s); ok && onlyDateWords(s[d.start:]) {
		s, dated = s[:d.start], true // "By Jane Doe on Monday, November 18th, 2019 at 11:08 a.m."
	}
	parts := bylineParts().Split(strings.TrimSpace(s), -1)
	for i, part := range parts {
		part = strings.Trim(part, " .,:;()[]")
		switch {
		case part == "":
		case i == 0:
			// A single name ("By Regan") is a byline only with its date.
			single := dated && len(strings.Fields(part)) == 1 && capitalised(part) && !calendarWords().MatchString(part)
			if !isPersonName(part) && !isOrganisation(part) && !single {
				return false
			}
		case capitalised(part) || isDatePart(part):
		default:
			return false
		}
	}
	return true
}

// bylineAgencies are the names a byline may give alone: "By Reuters".
var bylineAgencies = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:` + englishAgencies + `|CNN|BBC|NPR|CBS|NBC|ABC|AP|UPI|Yonhap)$`)
})

// isOrganisation reports whether s names a news organisation in a byline:
// "The Associated Press", "Staff", "Reuters"; not "The Numbers".
func isOrganisation(s string) bool {
	if bylineAgencies().MatchString(s) {
		return true
	}
	if !capitalised(s) || len(strings.Fields(s)) > 5 {
		return false
	}
	for _, w := range outletWords().FindAllString(s, -1) {
		if !strings.EqualFold(w, "the") {
			return true
		}
	}
	return false
}

// capitalised reports whether every word of s starts with a capital letter,
// a digit or is a name particle: a name, an outlet, a title.
func capitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !nameParticles[w] {
			return false
		}
	}
	return s != ""
}
