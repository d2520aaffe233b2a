package importer

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A page often shows what its markup leaves out: a date line under the
// headline, a byline naming the reporter, the paper's name in its logo or
// its copyright line. The functions here (dates), in byline.go (reporters)
// and outlet.go (the outlet) read those from the text a reader sees. They
// are pure and cheap enough to run on every line of a page.

// writtenDate is a calendar date found in text; year is 0 when the text
// does not write one ("Updated Nov 19, 6:55 AM").
type writtenDate struct {
	year, month, day int
	start            int // where it was found, in bytes
}

const monthNames = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	// 2025.10.14, 2025-10-14, 2025/10/14, 2025. 10. 14., 2025년 3월 1일,
	// 2025年3月1日.
	ymdDate = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(\d{4})\s*(?:[년年]\s*|[./-]\s*)(\d{1,2})\s*(?:[월月]\s*|[./-]\s*)(\d{1,2})`)
	})
	// Oct. 15, 2025; November 19, 2019; Nov 19 (no year).
	mdyDate = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b` + monthNames + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	})
	// 15 October 2025; Tuesday 19 November 2019; 1st of May, 2024.
	dmyDate = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthNames + `\.?,?\s+(\d{4})\b`)
	})
	// 11/18/19 and 11/18/2019 (month first unless the first number cannot be a month).
	slashDate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})`) })
	// 19.11.2019 (day first).
	dotDate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d{1,2})\.(\d{1,2})\.(\d{4})`) })
)

// monthNumber reads an English month name or abbreviation.
func monthNumber(name string) int {
	if len(name) < 3 {
		return 0
	}
	i := strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", strings.ToLower(name[:3]))
	if i < 0 || i%3 != 0 {
		return 0
	}
	return i/3 + 1
}

// digitAround reports whether s has a digit just before start or just after
// end, which makes a match part of a longer number.
func digitAround(s string, start, end int) bool {
	return (start > 0 && isDigit(s[start-1])) || (end < len(s) && isDigit(s[end]))
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// hasDigitRun reports whether s has n digits in a row.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// firstWrittenDate returns the date written first in s, in any of the forms
// news pages use, or false when s holds none.
func firstWrittenDate(s string) (writtenDate, bool) {
	best := writtenDate{start: -1}
	consider := func(w writtenDate) {
		if best.start < 0 || w.start < best.start {
			best = w
		}
	}
	atoi := func(m []int, i int) int {
		if m[2*i] < 0 {
			return 0
		}
		n, _ := strconv.Atoi(s[m[2*i]:m[2*i+1]])
		return n
	}
	if !hasDigitRun(s, 1) {
		return best, false
	}
	long := hasDigitRun(s, 4) // a year, which most forms need
	for _, m := range ymdDate().FindAllStringSubmatchIndex(s, -1) {
		if !long {
			break
		}
		if !digitAround(s, m[0], m[1]) {
			consider(writtenDate{atoi(m, 1), atoi(m, 2), atoi(m, 3), m[0]})
			break
		}
	}
	if m := mdyDate().FindStringSubmatchIndex(s); m != nil {
		consider(writtenDate{atoi(m, 3), monthNumber(s[m[2]:m[3]]), atoi(m, 2), m[0]})
	}
	if m := dmyDate().FindStringSubmatchIndex(s); long && m != nil {
		consider(writtenDate{atoi(m, 3), monthNumber(s[m[4]:m[5]]), atoi(m, 1), m[0]})
	}
	for _, m := range slashDate().FindAllStringSubmatchIndex(s, -1) {
		if digitAround(s, m[0], m[1]) || (m[0] > 0 && s[m[0]-1] == '/') || (m[1] < len(s) && s[m[1]] == '/') {
			continue
		}
		mo, d, y := atoi(m, 1), atoi(m, 2), atoi(m, 3)
		if mo > 12 {
			mo, d = d, mo
		}
		consider(writtenDate{fullYear(y), mo, d, m[0]})
		break
	}
	for _, m := range dotDate().FindAllStringSubmatchIndex(s, -1) {
		if !long {
			break
		}
		if !digitAround(s, m[0], m[1]) && !(m[0] > 0 && s[m[0]-1] == '.') {
			consider(writtenDate{atoi(m, 3), atoi(m, 2), atoi(m, 1), m[0]})
			break
		}
	}
	return best, best.start >= 0
}

// fullYear reads a two-digit year as the nearest one not far in the future.
func fullYear(y int) int {
	if y >= 100 {
		return y
	}
	y += 2000
	if y > time.Now().Year()+1 {
		y -= 100
	}
	return y
}

// plausibleDate returns year-month-day as YYYY-MM-DD when it is a real
// calendar date a news page could carry: from 1990 to a year from now.
// Anything else, a missing year included, gives "".
func plausibleDate(year, month, day int) string {
	if year < 1990 {
		return ""
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Year() != year || t.Month() != time.Month(month) || t.Day() != day {
		return ""
	}
	if t.After(time.Now().AddDate(1, 0, 0)) {
		return ""
	}
	return t.Format(time.DateOnly)
}

// visibleDateLabel finds the words pages put before a date (or, in Chinese
// and Japanese, after it). The Korean, Chinese and Japanese ones are not
// words on their own in running text, so they need no boundaries.
var visibleDateLabel = regexp.MustCompile(`(?i)(기사\s*입력|최초\s*입력|입력|최종\s*수정|수정|최종\s*업데이트|업데이트|갱신|승인|등록|게재|송고|발행|작성)(?:\s*(?:일자|일시|날짜))?|\b(first\s+published|published|posted|created|last\s+updated|updated|last\s+modified|modified|revised)\b|` +
	cjkUpdateLabels + `|` + cjkDateLabels)

// gluedYear is a year run into the next word, as pages that drop the space
// between two elements print it.
var gluedYear = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\b\d{4})(\pL)`) })

// isUpdateLabel tells an update's label from a publication's.
func isUpdateLabel(label string) bool {
	l := strings.ToLower(label)
	for _, w := range []string{"수정", "업데이트", "갱신", "updated", "modified", "revised", "更新", "修改", "修订"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// visibleDates reads the publication and update dates from a date line as
// a page shows it: "기사입력 2025.10.14. 오후 4:20", "입력 2018.08.25 09:00 |
// 수정 2018.08.26", "승인 2025.03.01", "Published Oct. 15, 2025", "Updated
// Nov 19, 6:55 AM", "November 19, 2019 at 6:55 a.m. ET", "发布时间：2018-08-25
// 09:00", "来源：新华网 2018年08月25日", "2025年10月15日 16時20分 更新". Both
// come as YYYY-MM-DD in the date's own time zone. published is the date
// after an input or publication label (입력, 등록, 승인, 게재, Published,
// Posted, 发布时间, 公開日…) or, without one, the first date written;
// updated the one after 수정, Updated, 更新时间 or 更新日, its year taken
// from published when it writes none. A line that ends in its labels
// ("…16:20 公開", "…9:00 更新") has each follow its date. Either is "" when
// absent, unclear, before 1990 or more than a year from now.
func visibleDates(text string) (published, updated string) {
	text = cjkDigits(text)
	text = gluedYear().ReplaceAllString(text, "$1 $2") // "Nov. 20, 2019Updated: …"
	var pub, upd writtenDate
	var havePub, haveUpd bool
	labels := visibleDateLabel.FindAllStringIndex(text, -1)
	suffixed := labelsFollowDates(text, labels)
	if !suffixed && (len(labels) == 0 || labels[0][0] > 0) {
		head := text
		if len(labels) > 0 {
			head = text[:labels[0][0]]
		}
		pub, havePub = firstWrittenDate(head)
	}
	for i, l := range labels {
		start, end := l[1], len(text)
		if suffixed {
			start, end = 0, l[0]
			if i > 0 {
				start = labels[i-1][1]
			}
		} else if i+1 < len(labels) {
			end = labels[i+1][0]
		}
		w, ok := firstWrittenDate(text[start:end])
		if !ok {
			continue
		}
		if isUpdateLabel(text[l[0]:l[1]]) {
			if !haveUpd {
				upd, haveUpd = w, true
			}
		} else if !havePub {
			pub, havePub = w, true
		}
	}
	if havePub {
		published = plausibleDate(pub.year, pub.month, pub.day)
	}
	if haveUpd {
		if upd.year == 0 && havePub && published != "" {
			upd.year = pub.year
			if upd.month < pub.month {
				upd.year++ // updated in January what was published in December
			}
		}
		updated = plausibleDate(upd.year, upd.month, upd.day)
	}
	return published, updated
}

// labelsFollowDates reports whether a date line writes its labels after its
// dates, as Chinese and Japanese pages may ("2025年10月15日 16:20 公開"): it
// starts with a date and nothing but punctuation follows its last label.
func labelsFollowDates(text string, labels [][]int) bool {
	if len(labels) == 0 || labels[0][0] == 0 {
		return false
	}
	if strings.IndexFunc(text[labels[len(labels)-1][1]:], isLetterOrDigit) >= 0 {
		return false
	}
	_, ok := firstWrittenDate(text[:labels[0][0]])
	return ok
}
