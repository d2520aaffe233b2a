package importer

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Plain text has no markup, so structure is recognised the way a reader
// would: a heading is a short line that does not end a sentence and is
// followed by body text; the first such line of a file is its title.
const (
	maxHeadingColumns  = 80 // about 40 Hangul syllables
	maxQuestionColumns = 50 // question-style headings ("Why now?")
	wrappedMinColumns  = 40 // lines shorter than this are not hard-wrapped text
)

// readText builds an article from plain text.
func readText(text string) *builder {
	units := textUnits(splitLines(text))
	b := &builder{}
	start := 0
	if len(units) > 1 && units[0].heading {
		b.a.Title = units[0].text
		start = 1
	}
	for i := start; i < len(units); i++ {
		u := units[i]
		if i < start+3 && b.byline(u.text) {
			continue
		}
		if u.heading && i+1 < len(units) && !units[i+1].heading {
			b.heading(u.text)
			continue
		}
		b.paragraph(u.text)
	}
	return b
}

// bylineSeparators split a byline into its parts: "연합뉴스 · 2026-11-20",
// "김철수 기자 | 2026.11.20 09:30", "By Jane Doe / Reuters / Nov. 20, 2026".
var bylineSeparators = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s*[·|/│ㆍ]\s*|\s{2,}`) })

// dateLabel is a word news sites put before a date: 입력, 수정, 등록,
// Published, Updated.
var dateLabel = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(입력|수정|등록|송고|기사입력|최종수정|published|updated|posted)\s*:?\s*`)
})

// byline reads a line near the top of a plain-text article that names its
// site, author and date ("연합뉴스 · 2026-11-20") into the article, and
// reports whether it was one. A byline has a date and only short parts;
// a sentence is never one.
func (b *builder) byline(t string) bool {
	if columns(t) > maxHeadingColumns || endsSentence(t) {
		return false
	}
	var date, author, site string
	for _, part := range bylineSeparators().Split(strings.TrimSpace(t), -1) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if columns(part) > 40 {
			return false
		}
		if d := pureDate(dateLabel().ReplaceAllString(part, "")); d != "" {
			if date == "" { // the first date is the publication; later ones updates
				date = d
			}
			continue
		}
		lower := strings.ToLower(part)
		switch {
		case author == "" && (strings.HasSuffix(part, "기자") || strings.HasSuffix(part, "특파원") || strings.HasPrefix(lower, "by ")):
			author = strings.TrimSpace(part)
			if strings.HasPrefix(lower, "by ") {
				author = strings.TrimSpace(part[3:])
			}
		case site == "":
			site = part
		default:
			return false // more than a byline holds
		}
	}
	if date == "" {
		return false
	}
	a := &b.a
	if a.Published == "" {
		a.Published = date
	}
	if a.Author == "" {
		a.Author = author
	}
	if a.Site == "" {
		a.Site = site
	}
	return true
}

// dateWords are what a written date may hold besides digits and
// punctuation.
var dateWords = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)년|월|일|시|분|초|오전|오후|요일|[월화수목금토일]|kst|utc|gmt|am|pm|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?`)
})

// pureDate returns the date a text is, as YYYY-MM-DD, or "" when the text is
// not only a date (and a time): "2026.11.20 09:30", "Nov. 20, 2026", but not
// "2026년 11월 20일 회의 결과".
func pureDate(t string) string {
	rest := dateWords().ReplaceAllString(t, "")
	for _, r := range rest {
		if unicode.IsLetter(r) {
			return ""
		}
	}
	return normaliseDate(t)
}

type unit struct {
	text    string
	heading bool
}

func splitLines(text string) []string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return lines
}

// textUnits groups lines into headings and paragraphs. When the text is
// hard-wrapped (lines broken mid-sentence at a fixed width), the lines of a
// block separated by blank lines form one paragraph; otherwise every line is
// a paragraph of its own, as in text copied from a web page.
func textUnits(lines []string) []unit {
	wrapped := isHardWrapped(lines)
	var units []unit
	var block []string
	flush := func() {
		if len(block) == 0 {
			return
		}
		units = append(units, blockUnits(block, wrapped)...)
		block = nil
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		block = append(block, l)
	}
	flush()
	return units
}

func blockUnits(block []string, wrapped bool) []unit {
	var units []unit
	if !wrapped {
		for _, l := range block {
			t, h := markdownHeading(l)
			units = append(units, unit{text: t, heading: h || headingLike(t)})
		}
		return units
	}
	// A short first line of a wrapped block is a heading sitting directly on
	// its paragraph.
	if len(block) > 1 {
		if t, h := markdownHeading(block[0]); h || (headingLike(t) && columns(t) < columns(block[1])*6/10) {
			units = append(units, unit{text: t, heading: true})
			block = block[1:]
		}
	}
	if len(block) == 1 {
		t, h := markdownHeading(block[0])
		return append(units, unit{text: t, heading: h || headingLike(t)})
	}
	return append(units, unit{text: joinWrapped(block)})
}

// joinWrapped joins hard-wrapped lines, with a space between words.
func joinWrapped(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(l))
	}
	return b.String()
}

// isHardWrapped reports whether the text's lines look broken at a fixed
// width: many long lines run on into the next line without ending a sentence.
func isHardWrapped(lines []string) bool {
	runOn, long := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if columns(l) < wrappedMinColumns {
			continue
		}
		long++
		if strings.TrimSpace(lines[i+1]) != "" && !endsSentence(l) {
			runOn++
		}
	}
	return runOn >= 2 && runOn*3 >= long
}

// markdownHeading recognises "# Heading" lines in plain text.
func markdownHeading(l string) (string, bool) {
	t := strings.TrimSpace(l)
	if strings.HasPrefix(t, "#") {
		h := strings.TrimSpace(strings.TrimLeft(t, "#"))
		if h != "" && len(t)-len(strings.TrimLeft(t, "#")) <= 6 {
			return h, true
		}
	}
	return t, false
}

// headingLike reports whether a line could be a heading on its own: short,
// and not ending a sentence (a short question is allowed).
func headingLike(t string) bool {
	c := columns(t)
	if c == 0 || c > maxHeadingColumns {
		return false
	}
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") {
		return c <= maxQuestionColumns
	}
	return !endsSentence(t) && !strings.HasSuffix(t, ",") && !strings.HasSuffix(t, ":")
}

// endsSentence reports whether t ends with sentence-ending punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(t string) bool {
	t = strings.TrimRightFunc(t, func(r rune) bool {
		return strings.ContainsRune("\"'”’」』)]）》〉", r)
	})
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?。！？…;；", r)
}

// columns is the display width of s: wide (CJK) characters count two.
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
