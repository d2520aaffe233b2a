package handout

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// EmptyTopic reports whether a topic has nothing to print.
func EmptyTopic(t briefing.Topic) bool {
	return len(t.Excerpts) == 0 && strings.TrimSpace(t.Commentary) == ""
}

// ShownTopics returns the indices of the topics a handout prints: all of
// them, or those with something in them when the user leaves empty topics
// out.
func ShownTopics(b *briefing.Briefing) []int {
	var out []int
	for i, t := range b.Topics {
		if b.Details.EmptyTopics == briefing.EmptyTopicOmit && EmptyTopic(t) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// TopicNumber is the printed number of the n-th topic shown (from 1): "3."
// in a briefing, "Ⅲ." in a report.
func TopicNumber(n int, report bool) string {
	if report {
		return RomanNumeral(n) + "."
	}
	return strconv.Itoa(n) + "."
}

// RomanNumeral writes n (1 to 39) in the Roman numerals Korean reports number
// their chapters with (Ⅰ, Ⅱ, ... Ⅻ, then letters).
func RomanNumeral(n int) string {
	if n >= 1 && n <= 12 {
		return string(rune('Ⅰ' + n - 1))
	}
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// ReportNumber numbers the headings of a report's commentary: 1., 2. under
// a topic (level 1), and 가., 나. under those (level 2).
func ReportNumber(level, n int) string {
	const letters = "가나다라마바사아자차카타파하"
	if level == 2 && n >= 1 && n <= utf8.RuneCountInString(letters) {
		return string([]rune(letters)[n-1]) + "."
	}
	return strconv.Itoa(n) + "."
}

// ExcerptParagraphs returns the paragraphs of an excerpt's text; an edited
// excerpt may hold several, apart by blank lines. There is always one.
func ExcerptParagraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// SourceFacts are the facts of an article a source line gives: its site,
// author and publication date, those that are known.
func (l Labels) SourceFacts(a *briefing.Article) []string {
	return NonEmpty(a.Site, a.Author, l.DateOf(a.Published))
}

// NonEmpty returns the values that are not blank, trimmed.
func NonEmpty(vals ...string) []string {
	var out []string
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			out = append(out, strings.TrimSpace(v))
		}
	}
	return out
}

// Subject is what a handout's document properties give as its subject:
// the subtitle, or else the topics' titles.
func Subject(b *briefing.Briefing) string {
	if b.Details.Subtitle != "" {
		return b.Details.Subtitle
	}
	return strings.Join(topicTitles(b), " · ")
}

// Keywords are a handout's keywords in its document properties: the
// marking, the topics' titles and the declassification notice.
func Keywords(b *briefing.Briefing) []string {
	var out []string
	if b.Details.Marking != "" {
		out = append(out, b.Details.Marking)
	}
	out = append(out, topicTitles(b)...)
	if b.Details.Declassify != "" {
		out = append(out, b.Details.Declassify)
	}
	return out
}

func topicTitles(b *briefing.Briefing) []string {
	var out []string
	for _, t := range b.Topics {
		out = append(out, t.Title)
	}
	return out
}

// Citations numbers the articles a briefing cites, by id, as its source
// list does: [1], [2], ... in the order of briefing.Cited.
func Citations(b *briefing.Briefing) map[string]int {
	cites := map[string]int{}
	for i, a := range b.Cited() {
		cites[a.ID] = i + 1
	}
	return cites
}

// Options adjust a handout a writer makes; zero values take the
// briefing's own settings.
type Options struct {
	Paper string // briefing.PaperA4 or briefing.PaperLetter; "" for the briefing's paper
	Style string // briefing.StyleBriefing or briefing.StyleReport; "" for the briefing's style
}

// Resolve returns the paper and the style of b's handout under o.
func (o Options) Resolve(b *briefing.Briefing) (paper, style string) {
	paper, style = o.Paper, o.Style
	if paper == "" {
		paper = b.Details.Paper
	}
	if style == "" {
		style = b.Details.Style
	}
	return paper, style
}
