package importer

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// What is left of a Chinese or Japanese metadata line once its fields are
// read: dates, times, addresses and counts are part of it; one short word
// more (an outlet's name, a nickname) may be; anything else makes the line
// text, not metadata.

var (
	cjkFullDate = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*[日号號]?|\d{1,2}/\d{1,2}/\d{2,4}`)
	})
	cjkClock = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\d{1,2}\s*[:時时点點]\s*\d{1,2}(?:\s*[:分]\s*\d{1,2}\s*秒?)?\s*分?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[時时点點]`)
	})
	cjkDatePart = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\d+\s*[年月日号號]|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|[（(]\s*[月火水木金土日]\s*(?:曜日?)?\s*[)）]|[月火水木金土日]曜日|上午|下午|晚上|凌晨|早上|中午|午前|午後|\b[ap]m\b`)
	})
	cjkCounts   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[（(]\s*\d+\s*[)）]|\d+\s*次`) })
	cjkDateline = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:发自|發自)\p{Han}{1,8}|\p{Han}{1,8}(?:报道|報道)`)
	})
	unknownLabel = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\pL\s*[:：]`) })
	hostName     = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|jp|tw|hk|gov|edu|info|co)(?:\.[a-z]{2})?\b`)
	})
	functionHans = "的了是在将被把"
)

// words returns the words of text that are not a date, a time, an address,
// a count or a dateline's place, and notes a whole date in l.
func (l *cjkLine) words(text string) []string {
	if strings.IndexFunc(text, isLetterOrDigit) < 0 {
		return nil
	}
	if _, ok := firstWrittenDate(text); ok {
		l.date = true
	}
	text = emailAddress().ReplaceAllString(text, " ")
	text = webAddress().ReplaceAllString(text, " ")
	text = hostName().ReplaceAllString(text, " ")
	text = cjkFullDate().ReplaceAllString(text, " ")
	text = cjkClock().ReplaceAllString(text, " ")
	text = cjkDatePart().ReplaceAllString(text, " ")
	text = cjkCounts().ReplaceAllString(text, " ")
	text = cjkDateline().ReplaceAllString(text, " ")
	if unknownLabel().MatchString(text) {
		l.unlabelled = true
	}
	var out []string
	for _, w := range cjkWord().FindAllString(text, -1) {
		if strings.IndexFunc(w, isLetterOrDigit) >= 0 {
			out = append(out, w)
		}
	}
	return out
}

// fits reports whether the line is metadata and nothing else: at most one
// word is left over, an outlet's name or a nickname, or two outlets' names.
func (l cjkLine) fits() bool {
	switch {
	case l.sentence || l.unlabelled || len(l.rest) > 2:
		return false
	case len(l.rest) == 2:
		// "南方网—江南晚报": two outlets, one republishing the other
		return isOutletWord(l.rest[0]) && isOutletWord(l.rest[1])
	}
	return len(l.rest) == 0 || isOutletWord(l.rest[0]) || isNameWord(l.rest[0])
}

// isOutletWord reports whether w can be an outlet's name: "江南网",
// "江南日报客户端", "Reuters"; not a phrase.
func isOutletWord(w string) bool {
	n := utf8.RuneCountInString(w)
	if strings.IndexFunc(w, isHanOrKana) < 0 {
		return n <= 20
	}
	if isPhrase(w) {
		return false
	}
	for _, e := range append(outletEnds, "客户端", "频道", "报道") {
		if strings.HasSuffix(w, e) {
			return n <= 12
		}
	}
	return false
}

// isNameWord reports whether w can be a nickname, a place or a short name
// beside a date: "晴天小雨", "北京", "楼主".
func isNameWord(w string) bool {
	return utf8.RuneCountInString(w) <= 6 && !isPhrase(w)
}

// isPhrase reports whether w holds what names do not: hiragana (particles
// and endings) or the commonest Chinese function words.
func isPhrase(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return unicode.Is(unicode.Hiragana, r) || strings.ContainsRune(functionHans, r) }) >= 0
}
