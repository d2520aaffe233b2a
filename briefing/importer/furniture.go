package importer

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// News pages put furniture inside the article: photo credits, bylines and
// date lines, reporters' addresses, copyright notices, promotions, related
// links, advertisements and share buttons. furnitureKind recognises one
// paragraph of it by its text alone, so that it works whatever the markup.
//
// It errs towards body text. A pattern is anchored at the start or the end
// of the paragraph or must make up all of it (only a few phrases no body
// sentence uses, "click here" or an affiliate disclosure, may stand
// anywhere), and applies only to paragraphs short enough that the pattern
// is most of what they say: a body sentence that mentions a reporter, a
// photo, a subscription or a copyright dispute is long, and its words are
// not where furniture puts them.

// Kinds of furniture, as furnitureKind names them.
const (
	furnitureSeparator = "separator" // no letters or digits: "* * *", zero-width spaces
	furnitureCredit    = "credit"    // photo and graphic credits, captions ending in one
	furnitureByline    = "byline"    // reporters' names, with or without a date
	furnitureDate      = "date"      // date lines: 입력/수정, Published/Updated, a bare date
	furnitureContact   = "contact"   // e-mail, telephone, news-tip lines
	furnitureCopyright = "copyright" // copyright and reuse notices
	furnitureRelated   = "related"   // related-article headings and links
	furniturePromo     = "promo"     // subscription, newsletter, app and ▶ link prompts
	furnitureAd        = "ad"        // advertisement labels and sponsored notes
	furnitureShare     = "share"     // share, reaction, comment, print and gallery widgets
	furnitureNotice    = "notice"    // site notices: cookies, comment rules, affiliate links
)

// maxFurnitureRunes bounds the paragraphs that can be furniture at all: the
// longest notices (a copyright line with its AI clause, a caption) are well
// under it, and body paragraphs over it skip every test.
const maxFurnitureRunes = 400

var (
	// edgeSymbols are bullets and brackets around a heading-like paragraph.
	edgeSymbols = "■□◆◇●○◎▶▷►◀◁▲△▼▽※#*-–—•·|[](){}<>【】「」『』:：=+ "
	// invisibleText drops the characters that show nothing.
	invisibleText = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "", "\u00ad", "")
)

// furnitureKind names the kind of page furniture one paragraph of article
// text is (one of the furniture… constants: "credit", "byline", "date",
// "contact", "copyright", "related", "promo", "ad", "share", "notice",
// "separator"), or returns "" when it is body text.
func furnitureKind(text string) string {
	if len(text) > 8*maxFurnitureRunes && strings.IndexFunc(text, isLetterOrDigit) >= 0 {
		return "" // long body text: nothing to normalise or test
	}
	s := text
	if !plainSpaced(s) {
		s = strings.Join(strings.Fields(invisibleText.Replace(s)), " ")
	}
	n := utf8.RuneCountInString(s)
	if strings.IndexFunc(s, isLetterOrDigit) < 0 {
		return furnitureSeparator
	}
	if n > maxFurnitureRunes {
		return ""
	}
	if k := wholeFurniture[strings.ToLower(strings.TrimRight(strings.Trim(s, edgeSymbols), ".!"))]; k != "" {
		return k
	}
	if n <= 120 && isShareWidget(s) {
		return furnitureShare
	}
	if n <= 150 && containsAny(s, tipWords...) && tipLine().MatchString(s) && isContactLine(s) {
		return furnitureContact
	}
	for _, r := range furnitureRules() {
		if r.matches(s, n) {
			return r.kind
		}
	}
	if n <= 150 {
		if k := metadataLineKind(s); k != "" {
			return k
		}
		if k := cjkLineKind(s); k != "" {
			return k
		}
		if n <= 100 && isContactLine(s) {
			return furnitureContact
		}
		if n <= 120 && isEnglishByline(s) {
			return furnitureByline
		}
		if n <= 30 && isSupplierCredit(s) {
			return furnitureCredit
		}
	}
	return ""
}

// plainSpaced reports whether s is trimmed, its only white space single
// spaces and it has no invisible characters, as squash leaves text: such
// text needs no normalising.
func plainSpaced(s string) bool {
	prev := true // a leading space is not plain
	for _, r := range s {
		switch {
		case r == ' ':
			if prev {
				return false
			}
			prev = true
		case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff', r == '\u00ad', unicode.IsSpace(r):
			return false
		default:
			prev = false
		}
	}
	return !prev || s == ""
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isASCIIDigit(r rune) bool { return '0' <= r && r <= '9' }

// notWidgetRune separates the words of a widget: "Comments (24)", "댓글 3",
// "Facebook | X"; "e-mail" and "A+" stay whole.
func notWidgetRune(r rune) bool { return !unicode.IsLetter(r) && r != '+' && r != '-' }

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isShareWidget reports whether s is made only of widget words and counts,
// at least one of them a widget's own ("공유하기", "Share", "Facebook").
func isShareWidget(s string) bool {
	if last, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(".!?。", last) && len(strings.Fields(s)) <= 2 {
		return false // "좋아요." is someone speaking
	}
	strong := false
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWidgetRune) {
		switch {
		case shareWords[w]:
			strong = true
		case !shareFillers[w]:
			return false
		}
	}
	return strong
}

var (
	contactWords = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)이메일|메일|문의|연락처|제보|전화|팩스|카카오톡|카톡|기자|:|\b(?:e-?mail|contact|tel|phone|fax|twitter|reach|write to|at|the|author|reporter|me|us|him|her|them)\b`)
	})
	phoneNumber = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\+?\d{2,4}[-.)\s]\d{3,4}[-.\s]\d{4}`) })
	tipWords    = []string{"제보", "문의", "카카오톡", "카톡", "메일", "전화", "☎"}
	tipLine     = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:제보|문의).*(?:카카오톡|카톡|이메일|메일|@|전화|☎|홈페이지|https?://|\d{2,4}-\d{3,4}-\d{4})|(?:카카오톡|카톡|이메일|메일|전화|☎).*(?:제보|문의|@|\d{2,4}-\d{3,4}-\d{4})`)
	})
	requestEnds = []string{"바랍니다", "주세요", "주십시오", "기다립니다", "환영합니다"}
)

// isContactLine reports whether s is a reporter's or newsroom's contact
// details: an e-mail address or telephone number with at most a few words
// of label, or a news-tip line ("제보는 카카오톡 hanbitjebo").
func isContactLine(s string) bool {
	if !strings.Contains(s, "@") && !containsAny(s, tipWords...) && strings.IndexFunc(s, isASCIIDigit) < 0 {
		return false
	}
	if endsKoreanSentence(s) && !endsRequest(s) {
		return false
	}
	if containsAny(s, tipWords...) && tipLine().MatchString(s) {
		return true
	}
	if !emailAddress().MatchString(s) && !phoneNumber().MatchString(s) {
		return false
	}
	if fields := strings.Fields(s); strings.ContainsAny(s[len(s)-1:], ".!?") && len(fields) > 2 {
		last := strings.TrimRight(fields[len(fields)-1], ".!?")
		if !emailAddress().MatchString(last) && !phoneNumber().MatchString(last) {
			return false // a sentence that gives an address
		}
	}
	rest := emailAddress().ReplaceAllString(s, " ")
	rest = phoneNumber().ReplaceAllString(rest, " ")
	rest = webAddress().ReplaceAllString(rest, " ")
	rest = contactWords().ReplaceAllString(rest, " ")
	words, runes := 0, 0
	for _, w := range strings.Fields(rest) {
		if strings.IndexFunc(w, isLetterOrDigit) >= 0 {
			words++
			runes += utf8.RuneCountInString(w)
		}
	}
	return runes <= 20 && words <= 3
}

// endsKoreanSentence reports whether s ends as a Korean sentence does
// ("…했다.", "…인가요?"), quotes and one stop aside.
func endsKoreanSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’")
	s = strings.TrimRight(s, ".!?")
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("다요까죠음", last)
}

// endsRequest reports whether s ends asking the reader for something
// ("…보내주시기 바랍니다."), as contact lines do.
func endsRequest(s string) bool {
	s = strings.TrimRight(s, ".!")
	for _, e := range requestEnds {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// supplierCredit is a credit naming who supplied a picture: "삼성전자 제공",
// "(독자 제공)", "/국방부 제공"; servedThings are what a heading such as
// "무료 셔틀버스 제공" offers instead.
var supplierCredit = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[\[(<]?\s*(?:사진\s*)?/?\s*([^\s\[\]()<>]{1,15}(?:\s[^\s\[\]()<>]{1,15}){0,2})\s*제공\s*[\])>]?$`)
})
var servedThings = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:서비스|정보|혜택|무료|지원|기회|편의|교육|제품|할인|콘텐츠|셔틀|버스|식사|숙박|음료|간식|주차|쿠폰|상품|데이터|자료|시설|공간|일자리|교통|급식)$`)
})

// isSupplierCredit reports whether s is a photo credit naming who supplied
// the picture, not a heading about something provided.
func isSupplierCredit(s string) bool {
	m := supplierCredit().FindStringSubmatch(s)
	return m != nil && !servedThings().MatchString(m[1])
}
